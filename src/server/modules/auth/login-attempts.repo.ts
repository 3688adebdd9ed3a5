import { sql } from "kysely";
import type { Db } from "../../db/database.js";

export type AttemptKind = "account" | "address";

export function listLoginAttempts(db: Db, keys: { kind: AttemptKind; key: string }[], since: Date) {
  return db
    .selectFrom("login_attempts")
    .select(["kind", "key", "failures", "window_start"])
    .where((eb) => eb.or(keys.map(({ kind, key }) => eb.and([eb("kind", "=", kind), eb("key", "=", key)]))))
    .where("window_start", ">", since)
    .execute();
}

/** Counts one failure; a window older than `windowStartedAfter` starts again at 1. */
export async function recordLoginFailure(
  db: Db,
  kind: AttemptKind,
  key: string,
  now: Date,
  windowStartedAfter: Date,
): Promise<void> {
  await db
    .insertInto("login_attempts")
    .values({ kind, key, failures: 1, window_start: now })
    .onConflict((oc) =>
      oc.columns(["kind", "key"]).doUpdateSet({
        failures: sql`case when login_attempts.window_start > ${windowStartedAfter}
          then login_attempts.failures + 1 else 1 end`,
        window_start: sql`case when login_attempts.window_start > ${windowStartedAfter}
          then login_attempts.window_start else ${now} end`,
      }),
    )
    .execute();
}

export async function clearLoginFailures(db: Db, kind: AttemptKind, key: string): Promise<void> {
  await db.deleteFrom("login_attempts").where("kind", "=", kind).where("key", "=", key).execute();
}

/** Rows whose window has passed count for nothing: deleted so the table stays small. */
export async function deleteExpiredLoginAttempts(db: Db, windowStartedBefore: Date): Promise<void> {
  await db.deleteFrom("login_attempts").where("window_start", "<=", windowStartedBefore).execute();
}
