import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { AuditEntry } from "../../../../domain/audit-views.js";
import { diffSnapshots } from "./audit-diff.js";
import { formatDateTime } from "../../../components/format.js";

const ENTITIES = ["organisation", "user", "competence"] as const;
const ACTIONS = [
  "create",
  "update",
  "archive",
  "restore",
  "import",
  "invite",
  "reinvite",
  "accept_invitation",
  "erase",
  "erase_contact_person",
  "export_data",
  "export_own_data",
] as const;

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** The name (or e-mail) in an audit snapshot, so the log says which organisation or user changed. */
function snapshotName(entry: AuditEntry): string | null {
  for (const snapshot of [entry.after, entry.before]) {
    if (typeof snapshot === "object" && snapshot !== null) {
      const record = snapshot as Record<string, unknown>;
      const value = record.name ?? record.nameDa ?? record.email;
      if (typeof value === "string" && value) {
        return value;
      }
    }
  }
  return null;
}

export function AuditRow({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation(["translation", "admin"]);
  const lines = diffSnapshots(entry.before, entry.after);
  const kind = isOneOf(ENTITIES, entry.entity) ? t(`admin:audit.entities.${entry.entity}`) : entry.entity;
  const name = snapshotName(entry);
  const entityLabel = name ? `${kind}: ${name}` : kind;
  const hasBefore = lines.some((line) => line.before !== "");
  const actionLabel = isOneOf(ACTIONS, entry.action) ? t(`admin:audit.actions.${entry.action}`) : entry.action;
  return (
    <tr>
      <td className="nowrap">{formatDateTime(entry.at, currentLanguage())}</td>
      <td>
        {entry.actor ? (
          (entry.actor.name ?? entry.actor.email)
        ) : (
          <span className="text-muted">{t("admin:audit.system")}</span>
        )}
      </td>
      <td>
        {entry.entity === "organisation" ? (
          <Link to={`/organisationer/${entry.entityId}`}>{entityLabel}</Link>
        ) : (
          entityLabel
        )}
      </td>
      <td>{actionLabel}</td>
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
                      <th scope="row">{line.field}</th>
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
