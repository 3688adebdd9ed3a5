import type { Db } from "../../db/database.js";
import type { Mailer } from "../mail/mail.service.js";

export interface NotificationMessage {
  kind: string;
  title: string;
  body: string;
  /** An in-app path such as /forloeb/<id>. */
  link: string;
}

export interface Notifier {
  notify: (db: Db, users: { id: string; email: string }[], message: NotificationMessage) => Promise<void>;
}

/** In-app notifications, each also sent as an e-mail (kept in the outbox, delivered when SMTP is set). */
export function createNotifier(mailer: Mailer, publicUrl: string): Notifier {
  return {
    async notify(db, users, message) {
      const unique = [...new Map(users.map((user) => [user.id, user])).values()];
      if (unique.length === 0) {
        return;
      }
      await db
        .insertInto("notifications")
        .values(
          unique.map((user) => ({
            user_id: user.id,
            kind: message.kind,
            title: message.title,
            body: message.body,
            link: message.link,
          })),
        )
        .execute();
      for (const user of unique) {
        await mailer.send(db, {
          to: user.email,
          subject: message.title,
          text: `${message.body}\n\n${publicUrl}${message.link}`,
        });
      }
    },
  };
}

export function listNotifications(db: Db, userId: string) {
  return db
    .selectFrom("notifications")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .limit(50)
    .execute();
}

export async function countUnread(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom("notifications")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function markRead(db: Db, userId: string, id: string | null): Promise<number> {
  let query = db
    .updateTable("notifications")
    .set({ read_at: new Date() })
    .where("user_id", "=", userId)
    .where("read_at", "is", null);
  if (id) {
    query = query.where("id", "=", id);
  }
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
