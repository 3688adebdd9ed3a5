/**
 * The embedded database (PGlite) serves one machine's programme well up to a measured size (ADR 0021); past it
 * searches, matching and lists slow down and a PostgreSQL server is the answer. The programme manager is told so.
 */

/** What the programme manager's notice says: how large the data is now and the size the embedded database suits. */
export interface EmbeddedSizeNotice {
  organisations: number;
  limit: number;
}

/** The size is counted at most this often (a count of the organisations, not on every request). */
export const SIZE_CHECK_INTERVAL_MS = 5 * 60_000;

/** The notice, or null: only on PGlite, only past the limit (at the limit it still serves well). */
export function embeddedSizeNotice(
  engine: "pglite" | "postgres",
  organisations: number,
  limit: number,
): EmbeddedSizeNotice | null {
  if (engine !== "pglite" || organisations <= limit) {
    return null;
  }
  return { organisations, limit };
}

/** Whether the size is to be counted again: never counted yet, or the last count is an interval old. */
export function sizeCheckDue(lastCheckedAtMs: number | undefined, nowMs: number, intervalMs: number): boolean {
  return lastCheckedAtMs === undefined || nowMs - lastCheckedAtMs >= intervalMs || nowMs < lastCheckedAtMs;
}
