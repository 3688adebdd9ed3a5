import { useTranslation } from "react-i18next";
import type { DialogueEntry } from "../../../../domain/calls-views.js";
import type { ItemList } from "../../../../domain/list-views.js";
import { useApi } from "../../../api/use-api.js";
import { ErrorState } from "../../../components/error-state.js";
import { formatDateTime } from "../../../components/format.js";
import { Loading } from "../../../components/loading.js";
import { currentLanguage } from "../../../i18n/i18n.js";

/**
 * For a company on the call: the questions and answers given to all (equal treatment) and what was said
 * to this company alone. The server leaves out every other company's entries.
 */
export function BidderDialogue({ callId }: { callId: string }) {
  const { t } = useTranslation("needs");
  const language = currentLanguage();
  const dialogue = useApi<ItemList<DialogueEntry>>(`/api/calls/${callId}/dialogue`);
  const items = dialogue.data?.items
    .filter((entry) => entry.kind !== "offer" && entry.kind !== "closing")
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  return (
    <section className="bidder-dialogue" aria-labelledby="bidder-dialogue-heading">
      <h2 className="h3" id="bidder-dialogue-heading">
        {t("bidderDialogue.heading")}
      </h2>
      <p>{t("bidderDialogue.intro")}</p>
      {dialogue.error ? <ErrorState error={dialogue.error} onRetry={dialogue.reload} /> : null}
      {!items && !dialogue.error ? <Loading label={t("dialogue.loading")} /> : null}
      {items && items.length === 0 ? <p className="empty-state">{t("bidderDialogue.empty")}</p> : null}
      {items && items.length > 0 ? (
        <ul className="nobullet-list bidder-dialogue-list">
          {items.map((entry) => (
            <li key={entry.id}>
              <p className="text-muted bidder-dialogue-meta">
                {t(`dialogue.kinds.${entry.kind}`, { defaultValue: entry.kind })} ·{" "}
                {entry.companyId ? t("bidderDialogue.toYou") : t("bidderDialogue.toAll")} ·{" "}
                {formatDateTime(entry.occurredAt, language)}
              </p>
              <p className="pre-line">{entry.summary}</p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
