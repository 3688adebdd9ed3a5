import type { Db } from "../../db/database.js";

/** What an import resolves names against: competences, existing organisations and DB07 codes. */
export function readTransferLookups(db: Db) {
  return Promise.all([
    db.selectFrom("competences").select(["id", "slug", "name_da", "name_en"]).execute(),
    db.selectFrom("organisations").select(["id", "cvr", "name", "kind", "municipality_code"]).execute(),
    db.selectFrom("db07_codes").select("code").execute(),
  ]);
}

export function listOrganisationCvrs(db: Db, ids: string[]) {
  return db.selectFrom("organisations").select(["id", "cvr", "name"]).where("id", "in", ids).execute();
}
