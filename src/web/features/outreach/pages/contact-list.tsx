import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { OutreachContact } from "../../../../domain/outreach/views.js";

/** Logged contacts as a list: date and kind, the organisations, the follow-up. */
export function ContactList({ items }: { items: OutreachContact[] }) {
  const { t } = useTranslation("outreach");
  return (
    <ul className="nobullet-list outreach-list">
      {items.map((contact) => (
        <li key={contact.id} className="outreach-item">
          <h3 className="h5 mb-2 mt-0">
            <Link to={`/kontaktlog/${contact.id}`}>
              {contact.organisations.map((organisation) => organisation.name).join(", ")}
            </Link>
          </h3>
          <p className="mt-0 mb-2">
            {t(`kinds.${contact.kind}`)} · {contact.occurredOn}
            {contact.recordedBy ? ` · ${contact.recordedBy.name}` : ""}
          </p>
          {contact.followUpOn ? (
            <p className="mt-0 mb-0">
              {contact.followUpDone ? (
                t("followUpDone", { date: contact.followUpOn })
              ) : contact.followUpDue ? (
                <strong>{t("followUpDue", { date: contact.followUpOn })}</strong>
              ) : (
                t("followUpOn", { date: contact.followUpOn })
              )}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
