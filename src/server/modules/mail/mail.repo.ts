import type { Db } from "../../db/database.js";
import type { MailAttachment } from "../../db/schema.js";

export async function insertOutboxMail(
  db: Db,
  mail: { recipient: string; subject: string; bodyText: string; attachments?: MailAttachment[] },
): Promise<string> {
  const row = await db
    .insertInto("outbox")
    .values({
      recipient: mail.recipient,
      subject: mail.subject,
      body_text: mail.bodyText,
      attachments: JSON.stringify(mail.attachments ?? []),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function markOutboxMailSent(db: Db, id: string): Promise<void> {
  await db.updateTable("outbox").set({ sent_at: new Date() }).where("id", "=", id).execute();
}

export function listOutbox(db: Db, limit: number) {
  return db.selectFrom("outbox").selectAll().orderBy("created_at", "desc").limit(limit).execute();
}

const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

/** Erasure (GDPR Art. 17): the mails to a person, by recipient address in any case. */
export async function deleteOutboxTo(db: Db, email: string): Promise<void> {
  await db
    .deleteFrom("outbox")
    .where((eb) => eb(eb.fn("lower", ["recipient"]), "=", email.toLowerCase()))
    .execute();
}

/** Other people's mails that mention any of the texts (a name or an e-mail) in subject or body. */
export function findOutboxMentioning(db: Db, needles: string[]) {
  return db
    .selectFrom("outbox")
    .select(["id", "subject", "body_text"])
    .where((eb) =>
      eb.or(
        needles.flatMap((needle) => [
          eb("subject", "ilike", likePattern(needle)),
          eb("body_text", "ilike", likePattern(needle)),
        ]),
      ),
    )
    .execute();
}

export async function updateOutboxText(db: Db, id: string, subject: string, bodyText: string): Promise<void> {
  await db.updateTable("outbox").set({ subject, body_text: bodyText }).where("id", "=", id).execute();
}
