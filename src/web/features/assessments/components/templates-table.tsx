import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { TemplateSummary } from "../../../../domain/assessment/views.js";
import { TemplateActions, type TemplateChange } from "./template-actions.js";
import { TemplateStatusBadge } from "./template-status-badge.js";

/** Every version of every template, newest first; the programme manager's actions per version. */
export function TemplatesTable({
  items,
  canEdit,
  onChanged,
}: {
  items: readonly TemplateSummary[];
  canEdit: boolean;
  onChanged: (change: TemplateChange) => void;
}) {
  const { t } = useTranslation("assessments");
  const language = currentLanguage();
  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="templates-heading">
      <table className="table table--zebra templates-table">
        <caption className="sr-only">{t("templates.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("templates.template")}</th>
            <th scope="col">{t("templates.status")}</th>
            <th scope="col" className="text-right">
              {t("templates.questions")}
            </th>
            <th scope="col">{t("templates.usage")}</th>
            {canEdit ? <th scope="col">{t("templates.actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <Link to={`/vurderinger/skabeloner/${item.id}`}>
                  {t("templates.versionName", { title: item.title[language], version: item.version })}
                </Link>
                <span className="table-subtext">{item.key}</span>
              </td>
              <td>
                <TemplateStatusBadge status={item.status} />
                <span className="table-subtext">
                  {item.publishedAt
                    ? t("templates.publishedAt", { date: formatDate(item.publishedAt, language) })
                    : t("templates.createdAt", { date: formatDate(item.createdAt, language) })}
                </span>
              </td>
              <td className="text-right">{item.questionCount}</td>
              <td>
                {item.assessmentCount === 0
                  ? t("templates.unused")
                  : t("templates.usedBy", { count: item.assessmentCount })}
              </td>
              {canEdit ? (
                <td>
                  <TemplateActions template={item} isCompact onChanged={onChanged} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
