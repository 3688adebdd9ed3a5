import { sql } from "kysely";
import type { Db } from "../../db/database.js";

/** Organisations whose compound parts were never computed (rows from before the column), a batch at a time. */
export function listOrganisationsWithoutSearchExtra(db: Db, limit: number) {
  return db
    .selectFrom("organisations")
    .select(["id", "name", "description"])
    .where("search_extra", "is", null)
    .orderBy("id")
    .limit(limit)
    .execute();
}

/** Stores the compound parts of many organisations in one statement (the start-up backfill's batches). */
export async function setOrganisationSearchExtras(db: Db, rows: { id: string; searchExtra: string }[]): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  await sql`
    update organisations o set search_extra = v.extra
    from unnest(${rows.map((row) => row.id)}::uuid[], ${rows.map((row) => row.searchExtra)}::text[]) as v(id, extra)
    where o.id = v.id`.execute(db);
}
