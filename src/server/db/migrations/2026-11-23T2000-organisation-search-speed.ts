import { sql, type Kysely } from "kysely";

/**
 * Counting a filtered list (kind, region through the municipality, municipality, SME band) reads
 * this small index alone (index-only scan) instead of the wide organisation rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index organisations_active_place_idx
    on organisations (municipality_code, kind, employee_band) where archived_at is null`.execute(db);
}
