import { sql, type RawBuilder } from "kysely";

/**
 * A timestamp column as JavaScript's `toISOString()` writes it, formatted by the database (UTC, milliseconds cut
 * as the driver's Date parsing cuts them): a list of a thousand rows then skips parsing and formatting a Date per
 * value, a large part of its time outside the database (issue 16).
 */
export function isoTime(column: string): RawBuilder<string> {
  return sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
