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
