import type { Db } from "../../db/database.js";

export function listUserNames(db: Db, ids: string[]) {
  return db.selectFrom("users").select(["id", "name", "email"]).where("id", "in", ids).execute();
}
