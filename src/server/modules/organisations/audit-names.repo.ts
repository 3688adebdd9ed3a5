import type { Db } from "../../db/database.js";

export function listOrganisationNames(db: Db, ids: string[]) {
  return db.selectFrom("organisations").select(["id", "name"]).where("id", "in", ids).execute();
}
