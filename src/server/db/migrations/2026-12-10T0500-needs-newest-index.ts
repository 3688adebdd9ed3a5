import { sql, type Kysely } from "kysely";

/**
 * The needs list's order (newest first) as an index: the list reads one page from it, and a broad search
 * takes its bounded set of candidates from it instead of sorting every match (issue 16, ADR 0020).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index if not exists needs_created_idx on needs (created_at desc, id)`.execute(db);
}
