import { useTranslation } from "react-i18next";
import { useApi } from "../../../api/use-api.js";
import type { ItemList } from "../../../../domain/list-views.js";
import type { OutboxMail } from "../../../../domain/mail-views.js";
import { AdminTabs } from "../components/admin-tabs.js";
import { ErrorState } from "../../../components/error-state.js";
import { formatDateTime } from "../../../components/format.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { currentLanguage } from "../../../i18n/i18n.js";

/**
 * Links in a plain-text mail become links. A personal link (an invitation, a respondent's or feedback
 * link) is masked by the server (•••) and stays plain text: only its recipient can open it.
 */
function MailText({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/\S+)/g);
  return (
    <pre className="mail-text">
      {parts.map((part, index) =>
        /^https?:\/\//.test(part) && !part.includes("•••") ? (
          <a key={index} href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}

export function AdminOutboxPage() {
  const { t } = useTranslation(["translation", "admin"]);
  const outbox = useApi<ItemList<OutboxMail>>("/api/outbox");
  const language = currentLanguage();

  return (
    <>
      <PageHeading title={t("admin:outbox.title")} />
      <AdminTabs />
      <p className="font-lead">{t("admin:outbox.intro")}</p>
      {outbox.error ? <ErrorState error={outbox.error} onRetry={outbox.reload} /> : null}
      {outbox.isLoading && !outbox.data ? <Loading /> : null}
      {outbox.data && outbox.data.items.length === 0 ? <p>{t("admin:outbox.empty")}</p> : null}
      {outbox.data && outbox.data.items.length > 0 ? (
        <ul className="nobullet-list outbox-list">
          {outbox.data.items.map((mail) => (
            <li key={mail.id} className="outbox-mail">
              <article aria-labelledby={`mail-${mail.id}`}>
                <h2 className="h4" id={`mail-${mail.id}`}>
                  {mail.subject}
                </h2>
                <p className="mail-meta">
                  {t("admin:outbox.to")}: <strong>{mail.to}</strong> · {formatDateTime(mail.createdAt, language)} ·{" "}
                  {mail.sentAt ? t("admin:outbox.sent") : t("admin:outbox.notSent")}
                </p>
                <MailText text={mail.text} />
              </article>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
