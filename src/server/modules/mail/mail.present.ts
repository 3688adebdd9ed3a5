import type { Selectable } from "kysely";
import type { OutboxMail } from "../../../domain/mail-views.js";
import type { OutboxTable } from "../../db/schema.js";

export function presentOutboxMail(row: Selectable<OutboxTable>): OutboxMail {
  return {
    id: row.id,
    to: row.recipient,
    subject: row.subject,
    text: row.body_text,
    createdAt: row.created_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
    attachments: row.attachments.map((attachment) => attachment.filename),
  };
}
