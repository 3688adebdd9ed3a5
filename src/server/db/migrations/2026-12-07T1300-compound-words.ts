import { sql, type Kysely } from "kysely";

/**
 * The parts of Danish compounds in an organisation's and a need's text ("servicerobotter" →
 * "service robotter"), computed in TypeScript (domain/text/compounds.ts) and indexed beside the
 * whole words. Rows that exist now get null, "not computed yet": the start-up backfill fills them
 * once; new rows default to '' until their service writes the words.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ["organisations", "needs"]) {
    await sql`alter table ${sql.table(table)} add column search_extra text`.execute(db);
    await sql`alter table ${sql.table(table)} alter column search_extra set default ''`.execute(db);
  }
}
