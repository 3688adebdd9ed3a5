import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { NeedSummary } from "../../../../domain/needs.js";
import { careAreaLabel } from "../../../components/care-area-label.js";
import { formatDate, formatNumber } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { priorityLabel } from "../labels.js";
import { StatusBadge } from "./status-badge.js";

export function NeedTable({ items }: { items: readonly NeedSummary[] }) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const language = currentLanguage();
  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="needs-results-heading">
      <table className="table table--zebra needs-table">
        <caption className="sr-only">{t("list.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("list.colTitle")}</th>
            <th scope="col">{t("list.colOwner")}</th>
            <th scope="col">{t("list.colCareArea")}</th>
            <th scope="col">{t("list.colPriority")}</th>
            <th scope="col">{t("list.colStatus")}</th>
            <th scope="col" className="text-right">
              {t("list.colHours")}
            </th>
            <th scope="col">{t("list.colCreated")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((need) => (
            <tr key={need.id}>
              <td>
                <Link to={`/behov/${need.id}`}>{need.title}</Link>
              </td>
              <td>{need.ownerName}</td>
              <td>{careAreaLabel(tc, need.careArea)}</td>
              <td>{priorityLabel(t, need.priority)}</td>
              <td>
                <StatusBadge status={need.status} />
              </td>
              <td className="text-right">
                {need.staffHoursPerYear === null ? (
                  <>
                    <span aria-hidden="true">–</span>
                    <span className="sr-only">{tc("common.notGiven")}</span>
                  </>
                ) : (
                  formatNumber(need.staffHoursPerYear, language)
                )}
              </td>
              <td className="nowrap">{formatDate(need.createdAt, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
