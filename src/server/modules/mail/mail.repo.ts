import type { Db } from "../../db/database.js";

export async function insertOutboxMail(
  db: Db,
  mail: { recipient: string; subject: string; bodyText: string },
): Promise<string> {
  const row = await db
    .insertInto("outbox")
    .values({ recipient: mail.recipient, subject: mail.subject, body_text: mail.bodyText })
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
