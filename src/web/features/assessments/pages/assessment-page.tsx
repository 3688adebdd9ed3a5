import { useState } from "react";
import { Link, useLocation, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { ApiError, api } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { Alert } from "../../../components/alert.js";
import { BackLink } from "../../../components/back-link.js";
import { ConfirmDialog } from "../../../components/confirm-dialog.js";
import { ErrorState } from "../../../components/error-state.js";
import { Icon } from "../../../components/icon.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import type { AssessmentDetail } from "../../../../domain/assessment/views.js";
import { AssessmentFacts } from "../components/assessment-facts.js";
import { RespondentsSection } from "../components/respondents-section.js";
import { ResponseRate } from "../components/response-rate.js";

type Notice = { variant: "success" | "error"; text: string };

/** One assessment: response rate per group; for agents also respondents, invitations and closing. */
export function AssessmentPage() {
  const { t } = useTranslation(["assessments", "translation"]);
  const { id = "" } = useParams();
  const location = useLocation();
  const { data, error, isLoading, reload } = useApi<AssessmentDetail>(`/api/assessments/${id}`);
  const [closed, setClosed] = useState<AssessmentDetail | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const [isClosing, setIsClosing] = useState(false);
  const arrivedWith = (location.state as { notice?: "created" } | null)?.notice;
  const [notice, setNotice] = useState<Notice | null>(
    arrivedWith === "created" ? { variant: "success", text: t("overview.createdNotice") } : null,
  );
  const detail = closed ?? data;

  const close = async () => {
    setIsClosing(true);
    try {
      setClosed(await api.post<AssessmentDetail>(`/api/assessments/${id}/close`));
      setNotice({ variant: "success", text: t("overview.closedNotice") });
    } catch (failure) {
      const message =
        failure instanceof ApiError
          ? (Object.values(failure.fields)[0] ?? failure.message)
          : t("translation:errors.saveFailed");
      setNotice({ variant: "error", text: message });
    } finally {
      setIsClosing(false);
      setIsConfirming(false);
    }
  };

  return (
    <>
      <BackLink to="/vurderinger" label={t("common.backToList")} />
      <PageHeading title={detail ? detail.title : t("overview.loadingTitle")} />
      {!detail && isLoading ? <Loading /> : null}
      {!detail && error ? <ErrorState error={error} onRetry={reload} thing="assessment" /> : null}
      {detail ? (
        <>
          {notice ? (
            <Alert variant={notice.variant} live>
              <p>{notice.text}</p>
            </Alert>
          ) : null}
          <AssessmentFacts detail={detail} />
          <div className="button-group page-actions">
            <Link to={`/vurderinger/${detail.id}/resultater`} className="button button-primary">
              <Icon name="analytics" />
              {t("overview.results")}
            </Link>
            {detail.canManage && detail.status === "open" ? (
              <button type="button" className="button button-secondary" onClick={() => setIsConfirming(true)}>
                <Icon name="lock" />
                {t("overview.close")}
              </button>
            ) : null}
          </div>

          <section className="assessment-section" aria-labelledby="rate-heading">
            <h2 id="rate-heading">{t("overview.rateHeading")}</h2>
            <p>{detail.status === "open" ? t("overview.rateIntroOpen") : t("overview.rateIntroClosed")}</p>
            <ResponseRate rate={detail.responseRate} />
          </section>

          {detail.canManage ? <RespondentsSection key={detail.status} detail={detail} onChanged={reload} /> : null}

          <ConfirmDialog
            isOpen={isConfirming}
            title={t("overview.closeTitle")}
            confirmLabel={t("overview.closeConfirm")}
            isDanger
            isBusy={isClosing}
            onConfirm={() => void close()}
            onCancel={() => setIsConfirming(false)}
          >
            <p>
              {t("overview.closeText", {
                submitted: detail.responseRate.submitted,
                invited: detail.responseRate.invited,
              })}
            </p>
            <p>{t("overview.closeIrreversible")}</p>
          </ConfirmDialog>
        </>
      ) : null}
    </>
  );
}
