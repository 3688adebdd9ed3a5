import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../app.js";
import { readConfig } from "../../config.js";
import type { Database } from "../../db/database.js";
import { openTestDatabase } from "../../test-support/test-database.js";

let database: Database;
let app: FastifyInstance;

/** Keeps the event loop busy, as a flood of requests would. */
function blockEventLoop(ms: number): void {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    // busy: nothing else may run
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `url` every 100 ms for up to 10 s until it answers `status`; returns the last status. */
async function waitForStatus(url: string, status: number): Promise<number> {
  const started = Date.now();
  let last = 0;
  while (Date.now() - started < 10_000) {
    last = (await app.inject({ method: "GET", url })).statusCode;
    if (last === status) {
      break;
    }
    await sleep(100);
  }
  return last;
}

beforeAll(async () => {
  database = await openTestDatabase();
  const config = readConfig({
    NODE_ENV: "test",
    DEMO_DATA: "false",
    WEB_ROOT: "/nonexistent",
    OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: "50",
    OVERLOAD_SAMPLE_INTERVAL_MS: "100",
    OVERLOAD_RETRY_AFTER_S: "7",
  });
  app = await buildApp({ config, database, logger: false });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe("overload shedding (RELIABILITY L3)", () => {
  it("answers 503 with Retry-After while the event loop lags, keeps liveness up, recovers within 10 s", async () => {
    // Start from a calm loop (opening the database and the app kept it busy for a moment).
    expect(await waitForStatus("/ready", 200)).toBe(200);

    // Sustained overload: the loop is blocked 150 ms out of every ~170 ms, as under a flood of requests.
    const hog = setInterval(() => blockEventLoop(150), 20);
    await sleep(500);
    // As a browser asks: the 503 must come through response compression intact.
    const api = await app.inject({
      method: "GET",
      url: "/api/me",
      headers: { "accept-encoding": "gzip, deflate, br" },
    });
    expect(api.statusCode).toBe(503);
    expect(api.headers["retry-after"]).toBe("7");
    expect(api.json()).toMatchObject({ error: "overloaded" });
    expect(api.json().message).toMatch(/travlt/);
    const ready = await app.inject({ method: "GET", url: "/ready" });
    expect(ready.statusCode).toBe(503);
    expect(ready.headers["retry-after"]).toBe("7");
    expect((await app.inject({ method: "GET", url: "/health" })).statusCode).toBe(200);
    clearInterval(hog);

    const started = Date.now();
    expect(await waitForStatus("/api/me", 401)).toBe(401);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((await app.inject({ method: "GET", url: "/ready" })).statusCode).toBe(200);
  });

  it("is off under NODE_ENV=test unless configured, and refuses nonsense settings", () => {
    expect(readConfig({ NODE_ENV: "test" }).overload.maxEventLoopDelayMs).toBe(0);
    expect(readConfig({}).overload).toMatchObject({ maxEventLoopDelayMs: 500, retryAfterSeconds: 10 });
    expect(() => readConfig({ OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: "fast" })).toThrow(/OVERLOAD_MAX_EVENT_LOOP_DELAY_MS/);
    expect(() => readConfig({ OVERLOAD_MAX_EVENT_LOOP_UTILIZATION: "2" })).toThrow(
      /OVERLOAD_MAX_EVENT_LOOP_UTILIZATION/,
    );
  });
});

describe("overload shedding on the database queue (RELIABILITY L3)", () => {
  it("answers 503 with Retry-After while too many requests wait for a connection, serves once they drain", async () => {
    const queued = await openTestDatabase();
    const config = readConfig({
      NODE_ENV: "test",
      DEMO_DATA: "false",
      WEB_ROOT: "/nonexistent",
      OVERLOAD_MAX_DB_QUEUE: "2",
      OVERLOAD_RETRY_AFTER_S: "3",
    });
    const busy = await buildApp({ config, database: queued, logger: false });
    await busy.ready();
    try {
      expect((await busy.inject({ method: "GET", url: "/api/me" })).statusCode).toBe(401);
      // Ten transactions that hold their connection until released: more than any pool here has,
      // so the rest wait in the queue (PGlite has one connection, the test pool five).
      let release!: () => void;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const holders = Array.from({ length: 10 }, () => queued.db.transaction().execute(async () => gate));
      await expect.poll(() => queued.waiting()).toBeGreaterThan(2);

      const shed = await busy.inject({ method: "GET", url: "/api/me" });
      expect(shed.statusCode).toBe(503);
      expect(shed.headers["retry-after"]).toBe("3");
      expect(shed.json()).toMatchObject({ error: "overloaded" });
      expect((await busy.inject({ method: "GET", url: "/health" })).statusCode).toBe(200);

      release();
      await Promise.all(holders);
      expect(queued.waiting()).toBe(0);
      expect((await busy.inject({ method: "GET", url: "/api/me" })).statusCode).toBe(401);
    } finally {
      await busy.close();
      await queued.close();
    }
  });

  it("is off under NODE_ENV=test unless configured, 100 waiting by default", () => {
    expect(readConfig({ NODE_ENV: "test" }).overload.maxDatabaseQueue).toBe(0);
    expect(readConfig({}).overload.maxDatabaseQueue).toBe(100);
    expect(() => readConfig({ OVERLOAD_MAX_DB_QUEUE: "-1" })).toThrow(/OVERLOAD_MAX_DB_QUEUE/);
  });
});
