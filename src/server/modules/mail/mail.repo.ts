import type { Db } from "../../db/database.js";
import type { MailAttachment } from "../../db/schema.js";

export async function insertOutboxMail(
  db: Db,
  mail: {
    recipient: string;
    subject: string;
    bodyText: string;
    nextAttemptAt: Date | null;
    attachments?: MailAttachment[];
  },
): Promise<string> {
  const row = await db
    .insertInto("outbox")
    .values({
      recipient: mail.recipient,
      subject: mail.subject,
      body_text: mail.bodyText,
      next_attempt_at: mail.nextAttemptAt,
      attachments: JSON.stringify(mail.attachments ?? []),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Claims up to `limit` mails due for delivery by moving their next attempt to `leaseUntil` and counting
 * the attempt, in one statement: rows another instance is claiming are skipped (SKIP LOCKED), and a row
 * whose claim committed first no longer matches. A claim left by a crashed instance expires with its lease.
 */
export function claimDueMail(db: Db, now: Date, leaseUntil: Date, limit: number) {
  return db
    .updateTable("outbox")
    .set((eb) => ({ next_attempt_at: leaseUntil, attempts: eb("attempts", "+", 1) }))
    .where("id", "in", (eb) =>
      eb
        .selectFrom("outbox")
        .select("id")
        .where("next_attempt_at", "<=", now)
        .orderBy("next_attempt_at")
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .where("next_attempt_at", "<=", now)
    .returning(["id", "recipient", "subject", "body_text", "attachments", "attempts"])
    .execute();
}

export async function markOutboxMailSent(db: Db, id: string, now: Date): Promise<void> {
  await db
    .updateTable("outbox")
    .set({ sent_at: now, next_attempt_at: null, last_error: null })
    .where("id", "=", id)
    .execute();
}

export async function markOutboxMailFailed(db: Db, id: string, nextAttemptAt: Date | null, error: string) {
  await db
    .updateTable("outbox")
    .set({ next_attempt_at: nextAttemptAt, last_error: error })
    .where("id", "=", id)
    .execute();
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
