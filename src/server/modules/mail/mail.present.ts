import type { Selectable } from "kysely";
import type { OutboxMail } from "../../../domain/mail-views.js";
import { maskSecrets } from "../../../domain/privacy/secrets.js";
import type { OutboxTable } from "../../db/schema.js";

/** A mail as the outbox page shows it: personal links masked (the recipient's mail keeps them). */
export function presentOutboxMail(row: Selectable<OutboxTable>): OutboxMail {
  return {
    id: row.id,
    to: row.recipient,
    subject: maskSecrets(row.subject),
    text: maskSecrets(row.body_text),
    createdAt: row.created_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
    attachments: row.attachments.map((attachment) => attachment.filename),
  };
}
