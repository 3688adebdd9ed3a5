import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { openEmptyTestDatabase, openTestDatabase } from "../test-support/test-database.js";
import { migrateToLatest, openDatabase } from "./database.js";
import { migrations } from "./migrations/index.js";

const folders: string[] = [];
afterAll(() => {
  folders.forEach((folder) => rmSync(folder, { recursive: true, force: true }));
});

describe("connections", () => {
  it("never JIT-compile a statement: off on a PostgreSQL server, not built into PGlite", async () => {
    const database = await openTestDatabase();
    try {
      const { rows } = await sql<{ jit: string; available: boolean }>`
        select current_setting('jit') as jit, pg_jit_available() as available`.execute(database.db);
      if (database.kind === "postgres") {
        expect(rows[0].jit).toBe("off");
      } else {
        expect(rows[0].available).toBe(false);
      }
    } finally {
      await database.close();
    }
  });
});

describe("migrations", () => {
  // The other test files copy a database migrated once per run; here the migrations run from empty.
  it("migrate an empty database, each one successfully, and a second run is a no-op", async () => {
    const database = await openEmptyTestDatabase();
    try {
      const first = await migrateToLatest(database.db);
      const ran = (first.results ?? []).map((result) => [result.migrationName, result.status]);
      expect(ran.sort()).toEqual(
        Object.keys(migrations)
          .map((name) => [name, "Success"])
          .sort(),
      );
      const again = await migrateToLatest(database.db);
      expect(again.results).toEqual([]);
    } finally {
      await database.close();
    }
  }, 60_000);

  it("the template copy each test file starts from is fully migrated", async () => {
    const database = await openTestDatabase();
    try {
      const again = await migrateToLatest(database.db);
      expect(again.results).toEqual([]);
    } finally {
      await database.close();
    }
  });
});

describe("PGlite data folder", () => {
  it("refuses a second opener of the same folder with a clear message, and keeps the data", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "samspil-lock-"));
    folders.push(folder);
    const first = await openDatabase({ dataDir: folder });
    await migrateToLatest(first.db);
    await first.db.insertInto("regions").values({ code: "1081", name: "Region Nordjylland" }).execute();
    await expect(openDatabase({ dataDir: folder })).rejects.toThrow(/already in use by process \d+/);
    await first.close();

    const reopened = await openDatabase({ dataDir: folder });
    const rows = await reopened.db.selectFrom("regions").selectAll().execute();
    expect(rows).toEqual([{ code: "1081", name: "Region Nordjylland" }]);
    await reopened.close();
  }, 60_000);

  it("takes over a lock left by a process that is gone", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "samspil-stale-"));
    folders.push(folder);
    const child = spawn(process.execPath, ["-e", "0"]);
    const deadPid = await new Promise<number>((resolve) => child.on("exit", () => resolve(child.pid as number)));
    writeFileSync(path.join(folder, "samspil.lock"), String(deadPid));
    const database = await openDatabase({ dataDir: folder });
    await database.close();
  }, 60_000);
});
