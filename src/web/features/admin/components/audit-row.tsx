import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { AuditEntry } from "../../../../domain/audit-views.js";
import { describeAction, describeChanges, describeEntityType } from "../../../../domain/audit/describe.js";
import { formatCompactDateTime } from "../../../components/format.js";

/** One event: when, who (a link that filters by them), what (a link to it), the action, and the changed fields. */
export function AuditRow({
  entry,
  filterHref,
}: {
  entry: AuditEntry;
  filterHref: (filter: Record<string, string>) => string;
}) {
  const { t } = useTranslation(["translation", "admin"]);
  const language = currentLanguage();
  const lines = describeChanges(entry.entity, entry.before, entry.after, language);
  const kind = describeEntityType(entry.entity, language);
  const hasBefore = lines.some((line) => line.before !== "");
  const actorName = entry.actor ? (entry.actor.name ?? entry.actor.email) : null;
  return (
    <tr>
      <td className="nowrap">{formatCompactDateTime(entry.at, language)}</td>
      <td>
        {entry.actor && actorName ? (
          <Link to={filterHref({ actorId: entry.actor.id })}>
            {actorName}
            <span className="sr-only"> – {t("admin:audit.filterActor", { name: actorName })}</span>
          </Link>
        ) : (
          <span className="text-muted">{t("admin:audit.system")}</span>
        )}
      </td>
      <td>
        <span className="audit-kind">{kind}</span>
        {entry.subject ? (
          <>
            {": "}
            <Link to={entry.subject.href}>{entry.subject.label}</Link>
          </>
        ) : entry.isSubjectHidden ? (
          <span className="text-muted">: {t("admin:audit.hidden")}</span>
        ) : null}
        <br />
        <Link className="audit-history-link" to={filterHref({ entity: entry.entity, entityId: entry.entityId })}>
          {t("admin:audit.history")}
          <span className="sr-only">
            {" – "}
            {t("admin:audit.historyOf", { name: entry.subject ? `${kind}: ${entry.subject.label}` : kind })}
          </span>
        </Link>
      </td>
      <td>{describeAction(entry.entity, entry.action, language)}</td>
      <td>
        {lines.length > 0 ? (
          <details className="details audit-details">
            <summary className="details-summary">{t("admin:audit.showChanges", { count: lines.length })}</summary>
            <div className="details-text">
              <table className="table table--compact audit-diff">
                <caption className="sr-only">{t("admin:audit.diffCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("admin:audit.field")}</th>
                    {hasBefore ? <th scope="col">{t("admin:audit.before")}</th> : null}
                    <th scope="col">{hasBefore ? t("admin:audit.after") : t("admin:audit.value")}</th>
                  </tr>
                </thead>
                <tbody>
                  {lines.map((line) => (
                    <tr key={line.field}>
                      <th scope="row">{line.label}</th>
                      {hasBefore ? <td className="diff-before">{line.before}</td> : null}
                      <td className="diff-after">{line.after}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        ) : (
          <span className="text-muted">{t("admin:audit.noChanges")}</span>
        )}
      </td>
    </tr>
  );
}
