import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { AssessmentDetail } from "../../../../domain/assessment/views.js";
import { AssessmentStatusBadge } from "./assessment-status-badge.js";

export function AssessmentFacts({ detail }: { detail: AssessmentDetail }) {
  const { t } = useTranslation("assessments");
  const language = currentLanguage();
  return (
    <dl className="assessment-facts">
      <div>
        <dt>{t("overview.organisation")}</dt>
        <dd>
          <Link to={`/organisationer/${detail.organisationId}`}>{detail.organisationName}</Link>
        </dd>
      </div>
      <div>
        <dt>{t("overview.template")}</dt>
        <dd>{t("overview.templateValue", { title: detail.template.title, version: detail.template.version })}</dd>
      </div>
      <div>
        <dt>{t("overview.status")}</dt>
        <dd>
          <AssessmentStatusBadge status={detail.status} />
        </dd>
      </div>
      <div>
        <dt>{t("overview.period")}</dt>
        <dd>
          {detail.closedAt
            ? t("overview.periodClosed", {
                from: formatDate(detail.openedAt, language),
                to: formatDate(detail.closedAt, language),
              })
            : t("overview.periodOpen", { from: formatDate(detail.openedAt, language) })}
        </dd>
      </div>
    </dl>
  );
}
