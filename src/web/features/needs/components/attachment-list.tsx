import { useTranslation } from "react-i18next";
import type { ItemList } from "../../../../domain/list-views.js";
import { useApi } from "../../../api/use-api.js";
import { ErrorState } from "../../../components/error-state.js";
import { Icon } from "../../../components/icon.js";
import { Loading } from "../../../components/loading.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { Attachment } from "../../../../domain/calls-views.js";
import { formatSize } from "../format-size.js";

/** An offer's attachments as download links (the server always sends them as downloads). */
export function AttachmentList({ offerId, companyName }: { offerId: string; companyName: string }) {
  const { t } = useTranslation("needs");
  const attachments = useApi<ItemList<Attachment>>(`/api/offers/${offerId}/attachments`);
  const items = attachments.data?.items;
  if (attachments.error) {
    return <ErrorState error={attachments.error} onRetry={attachments.reload} />;
  }
  if (!items) {
    return <Loading label={t("attachments.loading")} />;
  }
  if (items.length === 0) {
    return <p className="text-muted">{t("attachments.none")}</p>;
  }
  return (
    <ul className="attachment-list" aria-label={t("attachments.listLabel", { company: companyName })}>
      {items.map((item) => (
        <li key={item.id}>
          <a href={`/api/offers/${offerId}/attachments/${item.id}`} download={item.filename} className="function-link">
            <Icon name="attach-file" />
            <span className="sr-only">{t("attachments.download")} </span>
            {item.filename}
          </a>{" "}
          <span className="text-muted">({formatSize(item.sizeBytes, currentLanguage())})</span>
        </li>
      ))}
    </ul>
  );
}
