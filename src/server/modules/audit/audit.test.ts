import { Writable } from "node:stream";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.js";
import { readConfig } from "../../config.js";
import { createTestApp, signIn, type Client, type TestApp } from "../../test-support/harness.js";
import { purgeExpiredAudit, writeAudit } from "./audit.service.js";

let test: TestApp;
let admin: Client;

const DAY_MS = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  test = await createTestApp();
  admin = await signIn(test, "admin");
  await writeAudit(test.db, {
    actorId: admin.userId,
    entity: "organisation",
    entityId: "x",
    action: "update",
    after: { name: "Før" },
  });
});
afterAll(async () => {
  await test.close();
});

async function insertAuditAt(entityId: string, at: Date): Promise<void> {
  await test.db.insertInto("audit_log").values({ at, entity: "test", entity_id: entityId, action: "create" }).execute();
}

const countRows = async (entityId: string) =>
  Number(
    (
      await test.db
        .selectFrom("audit_log")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("entity_id", "=", entityId)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("the audit log is append-only for the app's own connection", () => {
  it("refuses UPDATE, DELETE and TRUNCATE of audit rows", async () => {
    const before = await countRows("x");
    expect(before).toBe(1);
    await expect(
      test.db.updateTable("audit_log").set({ action: "forged" }).where("entity_id", "=", "x").execute(),
    ).rejects.toThrow(/append-only/);
    await expect(test.db.deleteFrom("audit_log").where("entity_id", "=", "x").execute()).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(test.db)).rejects.toThrow(/append-only/);
    expect(await countRows("x")).toBe(1);
    const row = await test.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", "x")
      .executeTakeFirstOrThrow();
    expect(row.action).toBe("update");
  });

  it("keeps refusing after a purge: the permission is local to the purge's transaction", async () => {
    await purgeExpiredAudit(test.db, 30);
    await expect(test.db.deleteFrom("audit_log").where("entity_id", "=", "x").execute()).rejects.toThrow(/append-only/);
    expect(await countRows("x")).toBe(1);
  });

  it("lets an erasure change snapshots only, never who did what or when", async () => {
    const attempt = test.db.transaction().execute(async (trx) => {
      await sql`select set_config('samspil.audit_erasure', 'on', true)`.execute(trx);
      await trx.updateTable("audit_log").set({ action: "forged" }).where("entity_id", "=", "x").execute();
    });
    await expect(attempt).rejects.toThrow(/append-only/);
    await test.db.transaction().execute(async (trx) => {
      await sql`select set_config('samspil.audit_erasure', 'on', true)`.execute(trx);
      await trx
        .updateTable("audit_log")
        .set({ after: JSON.stringify({ name: "Pseudonym" }) })
        .where("entity_id", "=", "x")
        .execute();
    });
    const row = await test.db
      .selectFrom("audit_log")
      .select(["action", "after"])
      .where("entity_id", "=", "x")
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ action: "update", after: { name: "Pseudonym" } });
  });
});

describe("the retention purge", () => {
  it("deletes only rows older than the retention period", async () => {
    const now = new Date();
    await insertAuditAt("purge-old", new Date(now.getTime() - 400 * DAY_MS));
    await insertAuditAt("purge-edge", new Date(now.getTime() - 364 * DAY_MS));
    await insertAuditAt("purge-new", new Date(now.getTime() - DAY_MS));
    const deleted = await purgeExpiredAudit(test.db, 365, now);
    expect(deleted).toBe(1);
    expect([
      await countRows("purge-old"),
      await countRows("purge-edge"),
      await countRows("purge-new"),
      await countRows("x"),
    ]).toEqual([0, 1, 1, 1]);
    expect(await purgeExpiredAudit(test.db, 365, now)).toBe(0);
  });

  it("runs as a background job when the app starts with jobs on", async () => {
    await insertAuditAt("job-old", new Date(Date.now() - 40 * DAY_MS));
    await insertAuditAt("job-new", new Date(Date.now() - 20 * DAY_MS));
    const config = {
      ...readConfig({ NODE_ENV: "test", DEMO_DATA: "false", WEB_ROOT: "/nonexistent", AUDIT_RETENTION_DAYS: "30" }),
    };
    const app = await buildApp({ config, database: test.database, logger: false, runJobs: true });
    await app.ready();
    try {
      for (let attempt = 0; attempt < 50 && (await countRows("job-old")) > 0; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect([await countRows("job-old"), await countRows("job-new")]).toEqual([0, 1]);
    } finally {
      await app.close();
    }
  });

  it("refuses a retention setting that is not a number of days", () => {
    expect(() => readConfig({ AUDIT_RETENTION_DAYS: "5 years" })).toThrow(/AUDIT_RETENTION_DAYS/);
    expect(() => readConfig({ AUDIT_RETENTION_DAYS: "1" })).toThrow(/AUDIT_RETENTION_DAYS/);
    expect(readConfig({}).auditRetentionDays).toBe(1826);
  });
});

describe("CR and LF in logged values stay on one line", () => {
  const forged = "Ærlig Aps\r\n2026-01-01 admin deleted everything";

  it("stores the value exactly and answers it JSON-escaped, with no raw line break", async () => {
    await writeAudit(test.db, {
      actorId: admin.userId,
      entity: "organisation",
      entityId: "crlf",
      action: "update",
      after: { name: forged },
    });
    const response = await admin.request({ method: "GET", url: "/api/audit?entity=organisation&entityId=crlf" });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toMatch(/[\r\n]/);
    expect(response.body).toContain("\\r\\n");
    expect(response.json().items[0].after.name).toBe(forged);
  });

  it("writes each request to the text log as exactly one JSON line, even with CR/LF in a logged value", async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString("utf8"));
        done();
      },
    });
    const config = readConfig({ NODE_ENV: "test", DEMO_DATA: "false", WEB_ROOT: "/nonexistent" });
    // A route that logs what the caller sent, as a service logs a rejected value.
    const app = await buildApp({
      config,
      database: test.database,
      logger: { level: "info", stream },
      extend: (instance) => {
        instance.post("/echo-log", async (request) => {
          request.log.warn({ value: (request.body as { value: string }).value }, "value refused");
          return { ok: true };
        });
      },
    });
    try {
      await app.ready();
      const response = await app.inject({
        method: "POST",
        url: "/echo-log",
        payload: { value: `a\r\n{"level":30,"msg":"forged"}` },
      });
      expect(response.statusCode).toBe(200);
      const records = lines
        .join("")
        .split("\n")
        .filter((line) => line !== "");
      const refused = records
        .map((line) => JSON.parse(line) as { msg?: string; value?: string })
        .find((record) => record.msg === "value refused");
      expect(refused?.value).toBe(`a\r\n{"level":30,"msg":"forged"}`);
      expect(records.every((line) => !line.includes("\r"))).toBe(true);
      expect(records.some((line) => line.startsWith('{"level":30,"msg":"forged"'))).toBe(false);
    } finally {
      await app.close();
    }
  });
});
