import type { Db } from "../../db/database.js";

export async function insertNotifications(
  db: Db,
  rows: { userId: string; kind: string; title: string; body: string; link: string }[],
): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  await db
    .insertInto("notifications")
    .values(
      rows.map((row) => ({ user_id: row.userId, kind: row.kind, title: row.title, body: row.body, link: row.link })),
    )
    .execute();
}

export function listNotificationsOfUser(db: Db, userId: string, limit: number) {
  return db
    .selectFrom("notifications")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .limit(limit)
    .execute();
}

export async function countUnreadOfUser(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom("notifications")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks one (id) or all (null) of the user's unread notifications read; returns how many changed. */
export async function markNotificationsRead(db: Db, userId: string, id: string | null): Promise<number> {
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

const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

export async function deleteNotificationsOf(db: Db, userId: string): Promise<void> {
  await db.deleteFrom("notifications").where("user_id", "=", userId).execute();
}

/** Other people's notifications that mention any of the texts (a name or an e-mail). */
export function findNotificationsMentioning(db: Db, needles: string[]) {
  return db
    .selectFrom("notifications")
    .select(["id", "title", "body"])
    .where((eb) =>
      eb.or(
        needles.flatMap((needle) => [
          eb("title", "ilike", likePattern(needle)),
          eb("body", "ilike", likePattern(needle)),
        ]),
      ),
    )
    .execute();
}

export async function updateNotificationText(db: Db, id: string, title: string, body: string): Promise<void> {
  await db.updateTable("notifications").set({ title, body }).where("id", "=", id).execute();
}
