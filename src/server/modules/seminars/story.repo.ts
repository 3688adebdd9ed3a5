import { sql } from "kysely";
import type { Db } from "../../db/database.js";

/**
 * The seminars people from an organisation (or its units) signed up for, with how many and whether any of
 * them agreed to be on the public participant list; cancelled sign-ups left out. Newest first.
 */
export function listSeminarsOfOrganisation(db: Db, organisationId: string, limit: number) {
  return db
    .selectFrom("seminar_registrations as r")
    .innerJoin("seminars as s", "s.id", "r.seminar_id")
    .leftJoin("organisations as o", "o.id", "r.organisation_id")
    .select([
      "s.id",
      "s.title",
      "s.starts_at",
      "s.status",
      sql<number>`count(*)::int`.as("people"),
      sql<number>`count(*) filter (where r.status = 'attended')::int`.as("attended"),
      sql<boolean>`bool_or(r.consent_to_list and r.status in ('registered', 'attended'))`.as("is_listed"),
    ])
    .where((eb) => eb.or([eb("r.organisation_id", "=", organisationId), eb("o.parent_id", "=", organisationId)]))
    .where("r.status", "!=", "cancelled")
    .groupBy(["s.id", "s.title", "s.starts_at", "s.status"])
    .orderBy("s.starts_at", "desc")
    .limit(limit)
    .execute();
}
