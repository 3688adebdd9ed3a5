import { sql, type SqlBool } from "kysely";
import type { Db } from "../../db/database.js";

/** The cases an organisation (or a unit under it) is a party to, newest first, with their parties. */
export function listCasesOfParty(db: Db, organisationId: string, limit: number) {
  return db
    .selectFrom("business_cases as bc")
    .innerJoin("organisations as po", "po.id", "bc.public_organisation_id")
    .leftJoin("organisations as co", "co.id", "bc.company_organisation_id")
    .select([
      "bc.id",
      "bc.title",
      "bc.public_organisation_id",
      "po.name as public_organisation_name",
      "po.parent_id as public_parent_id",
      "bc.company_organisation_id",
      "co.name as company_organisation_name",
      "bc.company_shared_at",
      "bc.updated_at",
    ])
    .where(
      sql<SqlBool>`(bc.public_organisation_id = ${organisationId} or po.parent_id = ${organisationId}
        or bc.company_organisation_id = ${organisationId})`,
    )
    .orderBy("bc.updated_at", "desc")
    .orderBy("bc.id")
    .limit(limit)
    .execute();
}
