import { sql, type Kysely } from "kysely";

/**
 * Lists at national scale (issue 16, ADR 0020): the process board's order (most recently changed first) as
 * an index the planner walks and stops after the page, instead of sorting every process; the seminar list's
 * places taken per side counted from the index alone (seminar, status, side, and whether invited).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index if not exists processes_updated_idx on processes (updated_at desc)`.execute(db);
  await sql`create index if not exists seminar_registrations_places
    on seminar_registrations (seminar_id, status, side) include (invitation_id)`.execute(db);
}
