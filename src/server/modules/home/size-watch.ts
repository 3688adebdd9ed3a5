import {
  embeddedSizeNotice,
  sizeCheckDue,
  SIZE_CHECK_INTERVAL_MS,
  type EmbeddedSizeNotice,
} from "../../../domain/home/embedded-size.js";
import type { Db } from "../../db/database.js";
import type { Clock } from "../../platform/clock.js";
import { countAllOrganisations } from "./home.repo.js";

/** The programme manager's notice when the embedded database has grown past what it serves well. */
export type SizeWatch = () => Promise<EmbeddedSizeNotice | null>;

/**
 * One per app: counts the organisations at most once per interval (the first manager's home after start,
 * then when the count is older), never on PostgreSQL. Concurrent callers share one count.
 */
export function createSizeWatch(options: {
  db: Db;
  engine: "pglite" | "postgres";
  limit: number;
  clock: Clock;
  intervalMs?: number;
}): SizeWatch {
  const { db, engine, limit, clock } = options;
  const intervalMs = options.intervalMs ?? SIZE_CHECK_INTERVAL_MS;
  let checkedAtMs: number | undefined;
  let counting: Promise<number> | undefined;
  return async () => {
    if (engine !== "pglite") {
      return null;
    }
    const nowMs = clock.now().getTime();
    if (sizeCheckDue(checkedAtMs, nowMs, intervalMs)) {
      checkedAtMs = nowMs;
      counting = countAllOrganisations(db);
      // A failed count is tried again at the next request, not kept for an interval.
      void counting.catch(() => {
        checkedAtMs = undefined;
      });
    }
    return embeddedSizeNotice(engine, await (counting as Promise<number>), limit);
  };
}
