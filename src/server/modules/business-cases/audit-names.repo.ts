import type { Db } from "../../db/database.js";

/** Business cases with their parties (who may see a case). */
export function listBusinessCaseNames(db: Db, ids: string[]) {
  return db
    .selectFrom("business_cases as bc")
    .innerJoin("organisations as po", "po.id", "bc.public_organisation_id")
    .select([
      "bc.id",
      "bc.title",
      "bc.public_organisation_id",
      "po.parent_id as public_parent_id",
      "bc.company_organisation_id",
      "bc.company_shared_at",
    ])
    .where("bc.id", "in", ids)
    .execute();
}
