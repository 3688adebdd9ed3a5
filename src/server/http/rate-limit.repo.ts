import { sql } from "kysely";
import type { Db } from "../db/database.js";

/** Counts one hit in the bucket's window (a window older than `windowMs` starts again at 1). */
export async function countRateLimitHit(db: Db, bucket: string, now: Date, windowMs: number) {
  const windowStartedAfter = new Date(now.getTime() - windowMs);
  return db
    .insertInto("rate_limit_hits")
    .values({ bucket, hits: 1, window_start: now })
    .onConflict((oc) =>
      oc.column("bucket").doUpdateSet({
        hits: sql`case when rate_limit_hits.window_start > ${windowStartedAfter}
          then rate_limit_hits.hits + 1 else 1 end`,
        window_start: sql`case when rate_limit_hits.window_start > ${windowStartedAfter}
          then rate_limit_hits.window_start else ${now} end`,
      }),
    )
    .returning(["hits", "window_start"])
    .executeTakeFirstOrThrow();
}

export async function deleteRateLimitHitsBefore(db: Db, before: Date): Promise<void> {
  await db.deleteFrom("rate_limit_hits").where("window_start", "<", before).execute();
}
