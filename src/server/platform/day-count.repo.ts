import { sql, type Expression } from "kysely";
import type { Db } from "../db/database.js";
import type { DayCount } from "./measures.js";

/**
 * A measure's figure-only query: the rows of `rows` (a query with a timestamptz column `at`) counted
 * by their UTC day, the day their evidence rows show (`toISOString().slice(0, 10)`). The rows stay in
 * the database; only one small row per day comes back.
 */
export async function countByUtcDay(db: Db, rows: Expression<{ at: Date }>): Promise<DayCount[]> {
  const result = await sql<DayCount>`
    select to_char(r.at at time zone 'UTC', 'YYYY-MM-DD') as at, count(*)::int as count
    from (${rows}) r
    group by 1
    order by 1`.execute(db);
  return result.rows;
}
