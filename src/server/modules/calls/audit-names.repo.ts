import type { Db } from "../../db/database.js";

export function listCallNames(db: Db, ids: string[]) {
  return db.selectFrom("open_calls").select(["id", "title"]).where("id", "in", ids).execute();
}

/** Offers with their call, company and the call's owner (who may see an offer). */
export function listOfferNames(db: Db, ids: string[]) {
  return db
    .selectFrom("offers as f")
    .innerJoin("open_calls as c", "c.id", "f.call_id")
    .innerJoin("needs as n", "n.id", "c.need_id")
    .innerJoin("organisations as owner", "owner.id", "n.owner_organisation_id")
    .innerJoin("organisations as company", "company.id", "f.company_id")
    .select([
      "f.id",
      "f.call_id",
      "f.company_id",
      "c.title as call_title",
      "company.name as company_name",
      "n.owner_organisation_id",
      "owner.parent_id as owner_parent_id",
    ])
    .where("f.id", "in", ids)
    .execute();
}
