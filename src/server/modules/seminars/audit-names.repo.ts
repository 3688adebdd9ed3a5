import type { Db } from "../../db/database.js";

export function listSeminarNames(db: Db, ids: string[]) {
  return db.selectFrom("seminars").select(["id", "title", "status"]).where("id", "in", ids).execute();
}
