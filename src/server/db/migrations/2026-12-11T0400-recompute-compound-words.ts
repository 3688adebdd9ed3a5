import { sql, type Kysely } from "kysely";

/**
 * Compound splitting now follows the Danish word list's compound flags (domain/text/compounds.ts), so
 * the stored parts of organisations and needs are marked "not computed yet": the start-up backfill
 * (backfillOrganisationSearchExtra, backfillNeedSearchExtra) splits them again and refreshes their vectors.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ["organisations", "needs"]) {
    await sql`update ${sql.table(table)} set search_extra = null`.execute(db);
  }
}
