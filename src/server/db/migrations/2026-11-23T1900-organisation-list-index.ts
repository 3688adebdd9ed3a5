import { sql, type Kysely } from "kysely";

/** The default list (active organisations by name) reads the first page from an index instead of sorting them all. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index organisations_active_name_idx on organisations (name, id) where archived_at is null`.execute(
    db,
  );
}
