import { sql } from "kysely";
import type { Db } from "../../db/database.js";

/** Needs with what decides who sees them: owner, owner's parent, co-owners and their parents. */
export function listNeedNames(db: Db, ids: string[]) {
  return db
    .selectFrom("needs as n")
    .innerJoin("organisations as o", "o.id", "n.owner_organisation_id")
    .select([
      "n.id",
      "n.title",
      "n.owner_organisation_id",
      "o.parent_id as owner_parent_id",
      sql<string[]>`array(
        select unnest(array[c.id, c.parent_id]) from need_co_owners nco
        join organisations c on c.id = nco.organisation_id
        where nco.need_id = n.id
      )`.as("co_owner_ids"),
    ])
    .where("n.id", "in", ids)
    .execute();
}
