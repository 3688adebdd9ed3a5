import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { AssessmentSummary } from "../../../../domain/assessment/views.js";
import { formatPercent } from "../model/format.js";
import { AssessmentStatusBadge } from "./assessment-status-badge.js";

const rateOf = (item: AssessmentSummary): number | null =>
  item.invited === 0 ? null : Math.round((item.submitted / item.invited) * 100);

export function AssessmentTable({ items, labelledBy }: { items: readonly AssessmentSummary[]; labelledBy: string }) {
  const { t } = useTranslation("assessments");
  const language = currentLanguage();
  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      <table className="table table--zebra assessment-table">
        <caption className="sr-only">{t("list.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("list.organisation")}</th>
            <th scope="col">{t("list.assessment")}</th>
            <th scope="col">{t("list.template")}</th>
            <th scope="col">{t("list.status")}</th>
            <th scope="col" className="text-right">
              {t("list.responseRate")}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>{item.organisationName}</td>
              <td>
                <Link to={`/vurderinger/${item.id}`}>{item.title}</Link>
                <span className="table-subtext">{t("list.opened", { date: formatDate(item.openedAt, language) })}</span>
              </td>
              <td className="nowrap">
                {t("list.templateVersion", { key: item.templateKey, version: item.templateVersion })}
              </td>
              <td>
                <AssessmentStatusBadge status={item.status} />
              </td>
              <td className="text-right nowrap">
                {item.invited === 0 ? (
                  t("list.noneInvited")
                ) : (
                  <>
                    <strong>{formatPercent(rateOf(item), language)}</strong>
                    <span className="table-subtext">
                      {t("list.submittedOf", { submitted: item.submitted, invited: item.invited })}
                    </span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
