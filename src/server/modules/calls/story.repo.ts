import type { Db } from "../../db/database.js";

/** Offers an organisation made, or received on the calls of its needs (and its units' needs), newest first. */
export function listOffersInvolving(db: Db, organisationId: string, limit: number) {
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
      "f.updated_at",
      "c.title as call_title",
      "c.status as call_status",
      "company.name as company_name",
      "owner.name as owner_name",
      "n.owner_organisation_id",
      "owner.parent_id as owner_parent_id",
    ])
    .where((eb) =>
      eb.or([
        eb("f.company_id", "=", organisationId),
        eb("n.owner_organisation_id", "=", organisationId),
        eb("owner.parent_id", "=", organisationId),
      ]),
    )
    .orderBy("f.updated_at", "desc")
    .limit(limit)
    .execute();
}
