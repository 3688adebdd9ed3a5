import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { GroupRate, Respondent } from "../../../../domain/assessment/views.js";
import { RespondentStatusBadge } from "./respondent-status-badge.js";

/** Who was invited, how far each has come, a new link for those who lost theirs, and erasure of a person's details. */
export function RespondentsTable({
  items,
  groups,
  canRenew,
  onRenew,
  onErase,
}: {
  items: readonly Respondent[];
  groups: readonly GroupRate[];
  canRenew: boolean;
  onRenew: (respondent: Respondent) => void;
  onErase: (respondent: Respondent) => void;
}) {
  const { t } = useTranslation("assessments");
  const language = currentLanguage();
  const groupLabel = (key: string) => groups.find((group) => group.audience === key)?.label ?? key;
  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="respondents-heading">
      <table className="table table--zebra respondents-table">
        <caption className="sr-only">{t("respondents.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("respondents.name")}</th>
            <th scope="col">{t("respondents.group")}</th>
            <th scope="col">{t("respondents.status")}</th>
            <th scope="col">{t("respondents.activity")}</th>
            <th scope="col">{t("respondents.expires")}</th>
            <th scope="col">{t("respondents.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row" className="weight-normal">
                {item.erasedAt ? <em>{t("respondents.erased")}</em> : item.name}
                <span className="table-subtext">
                  {[item.email, item.language === "en" ? t("respondents.inEnglish") : null].filter(Boolean).join(" · ")}
                </span>
              </th>
              <td>{groupLabel(item.audience)}</td>
              <td>
                <RespondentStatusBadge status={item.status} />
              </td>
              <td className="nowrap">
                {item.submittedAt
                  ? t("respondents.submittedAt", { date: formatDateTime(item.submittedAt, language) })
                  : item.lastSavedAt
                    ? t("respondents.savedAt", { date: formatDateTime(item.lastSavedAt, language) })
                    : t("respondents.noActivity")}
              </td>
              <td className="nowrap">{item.submittedAt ? "" : formatDate(item.expiresAt, language)}</td>
              <td className="respondent-actions">
                {canRenew && item.status !== "submitted" && !item.erasedAt ? (
                  <button type="button" className="function-link" onClick={() => onRenew(item)}>
                    {t("respondents.renew")}
                    <span className="sr-only">: {item.name}</span>
                  </button>
                ) : null}
                {item.erasedAt ? null : (
                  <button type="button" className="function-link" onClick={() => onErase(item)}>
                    {t("respondents.erase")}
                    <span className="sr-only">: {item.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
