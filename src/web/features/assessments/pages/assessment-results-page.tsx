import { useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { useApi } from "../../../api/use-api.js";
import { useMe } from "../../../auth/auth-context.js";
import { isStaff } from "../../../auth/permissions.js";
import { BackLink } from "../../../components/back-link.js";
import { ErrorState } from "../../../components/error-state.js";
import { Icon } from "../../../components/icon.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import type { ResultsPayload } from "../../../../domain/assessment/views.js";
import { AnonymityNotice } from "../components/anonymity-notice.js";
import { ChoicesSection } from "../components/choices-section.js";
import { ComparisonSection } from "../components/comparison-section.js";
import { DisagreementSection } from "../components/disagreement-section.js";
import { FreeTextsSection } from "../components/free-texts-section.js";
import { GapsSection } from "../components/gaps-section.js";
import { ProfileSection } from "../components/profile-section.js";

/** The results: the profile, where the groups disagree, the gaps (→ needs), comparisons and comments. */
export function AssessmentResultsPage() {
  const { t } = useTranslation(["assessments", "translation"]);
  const me = useMe();
  const { id = "" } = useParams();
  const { data: results, error, isLoading, reload } = useApi<ResultsPayload>(`/api/assessments/${id}/results`);

  return (
    <>
      <BackLink to={`/vurderinger/${id}`} label={t("results.backToOverview")} />
      <PageHeading
        title={results ? t("results.title", { title: results.assessment.title }) : t("results.loadingTitle")}
      />
      {!results && isLoading ? <Loading /> : null}
      {!results && error ? <ErrorState error={error} onRetry={reload} /> : null}
      {results ? (
        <>
          <p className="font-lead">
            {t("results.lead", { organisation: results.assessment.organisationName, count: results.responses })}{" "}
            {results.groups
              .map((group) => t("results.groupCount", { group: group.label, count: group.responses }))
              .join(", ")}
            .
          </p>
          <div className="button-group page-actions">
            {results.canViewAnswers ? (
              <a className="button button-secondary" href={`/api/assessments/${id}/export.xlsx`} download>
                <Icon name="file-excel" />
                {t("results.exportXlsx")}
              </a>
            ) : null}
            <a
              className="button button-secondary"
              href={`/api/assessments/${id}/report`}
              target="_blank"
              rel="noopener"
            >
              <Icon name="print" />
              {t("results.printReport")}
              <span className="sr-only"> ({t("translation:common.opensInNewWindow")})</span>
            </a>
          </div>
          {results.responses === 0 ? (
            <div className="empty-state">
              <p>
                {results.assessment.status === "open" ? t("results.noResponsesOpen") : t("results.noResponsesClosed")}
              </p>
            </div>
          ) : (
            <>
              <AnonymityNotice anonymity={results.anonymity} />
              <ProfileSection results={results} />
              <GapsSection results={results} canCreate={isStaff(me)} />
              <DisagreementSection results={results} />
              <ComparisonSection results={results} />
              <ChoicesSection results={results} />
              <FreeTextsSection freeTexts={results.freeTexts} />
            </>
          )}
        </>
      ) : null}
    </>
  );
}
