import { sql, type Kysely } from "kysely";

/**
 * The board reads processes a page at a time, newest change first, the id breaking ties (issue 16: the next page
 * starts after the last one's (updated_at, id)); the index holds both, so a page is one index range.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index if not exists processes_page_idx on processes (updated_at desc, id desc)`.execute(db);
  await sql`drop index if exists processes_updated_idx`.execute(db);
}
