import { useTranslation } from "react-i18next";
import type { ApiState } from "../../../api/use-api.js";
import type { ItemList } from "../../../../domain/list-views.js";
import { ErrorState } from "../../../components/error-state.js";
import { formatDateTime } from "../../../components/format.js";
import { Loading } from "../../../components/loading.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { DialogueEntry } from "../../../../domain/calls-views.js";

/** The market-dialogue log as a table, oldest first, so it reads as the record it is. */
export function DialogueLog({ dialogue }: { dialogue: ApiState<ItemList<DialogueEntry>> }) {
  const { t } = useTranslation("needs");
  const language = currentLanguage();
  const items = dialogue.data
    ? [...dialogue.data.items].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))
    : undefined;
  if (dialogue.error) {
    return <ErrorState error={dialogue.error} onRetry={dialogue.reload} />;
  }
  if (!items) {
    return <Loading label={t("dialogue.loading")} />;
  }
  if (items.length === 0) {
    return <p className="empty-state">{t("dialogue.empty")}</p>;
  }
  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="dialogue-heading">
      <table className="table table--zebra dialogue-table">
        <caption className="sr-only">{t("dialogue.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dialogue.when")}</th>
            <th scope="col">{t("dialogue.company")}</th>
            <th scope="col">{t("dialogue.kind")}</th>
            <th scope="col">{t("dialogue.summary")}</th>
            <th scope="col">{t("dialogue.recordedBy")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((entry) => (
            <tr key={entry.id}>
              <td className="nowrap">{formatDateTime(entry.occurredAt, language)}</td>
              <td>{entry.companyName ?? <span className="text-muted">{t("dialogue.allCompanies")}</span>}</td>
              <td>{t(`dialogue.kinds.${entry.kind}`, { defaultValue: entry.kind })}</td>
              <td className="pre-line">{entry.summary}</td>
              <td>{entry.recordedBy ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
