import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.js";
import { readConfig } from "../config.js";
import { createTestApp, signIn, type Client, type TestApp } from "../test-support/harness.js";
import { openDatabase } from "./database.js";

/** Faults only a PostgreSQL server has (RELIABILITY F2, F3). Runs in the api-postgres project only. */
let test: TestApp;
let agent: Client;

beforeAll(async () => {
  test = await createTestApp();
  agent = await signIn(test, "agent");
});
afterAll(async () => {
  await test.close();
});

describe("PostgreSQL faults", () => {
  it("survives its connections being terminated: a generic error at most, then answers again", async () => {
    expect((await agent.request({ method: "GET", url: "/api/organisations" })).statusCode).toBe(200);
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    const database = (
      await test.db.selectNoFrom((eb) => eb.fn<string>("current_database", []).as("name")).executeTakeFirstOrThrow()
    ).name;
    // Requests in flight while the server ends every connection: some clients are checked out
    // between two queries, the case where a missing listener used to crash the whole process.
    const inFlight = Array.from({ length: 20 }, () =>
      agent.request({ method: "GET", url: "/api/organisations?q=robot" }),
    );
    await admin.query(
      "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
      [database],
    );
    await admin.end();
    for (const response of await Promise.all(inFlight)) {
      expect([200, 401, 500]).toContain(response.statusCode);
    }

    const first = await agent.request({ method: "GET", url: "/api/organisations" });
    expect([200, 401, 500]).toContain(first.statusCode);
    if (first.statusCode === 500) {
      expect(first.body).not.toMatch(/terminat|postgres|SQL/i);
    }
    const deadline = Date.now() + 5_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await agent.request({ method: "GET", url: "/api/organisations" })).statusCode;
    }
    expect(status).toBe(200);
  });

  it("reports not ready, fast, when the database is down", async () => {
    const down = await openDatabase({ databaseUrl: "postgres://samspil@127.0.0.1:1/none", poolSize: 1 });
    const app = await buildApp({
      config: readConfig({ NODE_ENV: "test", WEB_ROOT: "/nonexistent" }),
      database: down,
      logger: false,
    });
    const started = Date.now();
    const ready = await app.inject({ method: "GET", url: "/ready" });
    expect(ready.statusCode).toBe(503);
    expect(ready.headers["retry-after"]).toBe("5");
    expect(Date.now() - started).toBeLessThan(3_000);
    expect((await app.inject({ method: "GET", url: "/health" })).statusCode).toBe(200);
    await app.close();
    await down.close();
  });
});
