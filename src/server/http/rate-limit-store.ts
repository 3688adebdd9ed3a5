import type { Db } from "../db/database.js";
import { hashToken } from "../platform/tokens.js";
import { countRateLimitHit, deleteRateLimitHitsBefore } from "./rate-limit.repo.js";

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** Longer than any route's window; rows older than this count for nothing and are swept. */
const SWEEP_OLDER_THAN_MS = 24 * 60 * 60 * 1000;
const SWEEP_EVERY_MS = 10 * 60 * 1000;

/**
 * A store for @fastify/rate-limit that keeps the counters in the database (rate_limit_hits), so every
 * instance counts the same hits and a restart forgets none. One bucket per route and caller (the caller's
 * key, an address, is hashed: no address is stored). Fixed windows, as the plugin's own memory store.
 */
export function createDatabaseRateLimitStore(db: Db) {
  let lastSweep = 0;
  const sweep = (now: number): void => {
    if (now - lastSweep < SWEEP_EVERY_MS) {
      return;
    }
    lastSweep = now;
    // A failed sweep is tried again after the next interval; hits are counted either way.
    deleteRateLimitHitsBefore(db, new Date(now - SWEEP_OLDER_THAN_MS)).catch(() => undefined);
  };

  return class DatabaseRateLimitStore {
    private readonly route: string;

    constructor(_globalOptions?: unknown, route = "*") {
      this.route = route;
    }

    incr(key: string, callback: Callback, timeWindow: number): void {
      const now = new Date();
      countRateLimitHit(db, `${this.route} ${hashToken(key)}`, now, timeWindow).then(
        (row) => {
          const ttl = new Date(row.window_start).getTime() + timeWindow - now.getTime();
          callback(null, { current: row.hits, ttl: Math.max(0, ttl) });
          sweep(now.getTime());
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    // The plugin passes the route's merged limit options, the route itself under `routeInfo`.
    child(routeOptions: object): DatabaseRateLimitStore {
      const { routeInfo } = routeOptions as { routeInfo?: { method?: string | string[]; url?: string } };
      const method = [routeInfo?.method ?? ""].flat().join(",");
      return new DatabaseRateLimitStore(undefined, `${method} ${routeInfo?.url ?? "*"}`);
    }
  };
}
