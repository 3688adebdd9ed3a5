import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemoData } from "../seed/demo.js";
import { createUser } from "../test-support/harness.js";
import { openTestDatabase } from "../test-support/test-database.js";
import { fingerprintDatabase, restoreBackup, writeBackup } from "./backup.js";
import { migrateToLatest, openDatabase, type Database } from "./database.js";
import { loadReferenceData } from "../seed/reference.js";

/**
 * Backup and restore (docs/decisions/0016). The source is always embedded PGlite with the demo data and a
 * binary file; the target is this project's engine, so on the PostgreSQL project this is the move from the
 * embedded database to a PostgreSQL server.
 */
let source: Database;
let folder: string;
const binary = Buffer.from([0, 1, 2, 255, 254, 0, 92, 120, 39, 34, 10, 13]);

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), "samspil-backup-"));
  source = await openDatabase({});
  await migrateToLatest(source.db);
  await loadReferenceData(source.db);
  await loadDemoData(source.db);
  const user = await createUser(source.db, { role: "admin" });
  const processRow = await source.db
    .insertInto("processes")
    .values({ title: "Backup «æøå» \u{1F600}", kind: "individual", created_by: user.id })
    .returning("id")
    .executeTakeFirstOrThrow();
  await source.db
    .insertInto("process_documents")
    .values({
      process_id: processRow.id,
      filename: "binær.bin",
      content_type: "application/octet-stream",
      size_bytes: binary.length,
      content: binary,
      uploaded_by: user.id,
    })
    .execute();
}, 300_000);
afterAll(async () => {
  await source.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("restores every table with the same row count and checksum, files included, while writes go on", async () => {
    const file = path.join(folder, "round-trip.samspil-backup.gz");
    // Writes while the backup runs: the backup is one snapshot, so its header and rows agree.
    const writer = (async () => {
      for (let index = 0; index < 20; index += 1) {
        await createUser(source.db, { role: "agent" });
      }
    })();
    const header = await writeBackup(source.db, file, "pglite");
    await writer;
    expect(header.tables.find((table) => table.name === "process_documents")?.rows).toBe(1);
    expect(header.tables.find((table) => table.name === "organisations")?.rows).toBeGreaterThan(10);

    const target = await openTestDatabase({ referenceData: false });
    try {
      await restoreBackup(target.db, file);
      const restored = await fingerprintDatabase(target.db);
      expect(restored).toEqual(header.tables);
      const document = await target.db.selectFrom("process_documents").select("content").executeTakeFirstOrThrow();
      expect(Buffer.from(document.content).equals(binary)).toBe(true);
      // Serial ids continue after the restored rows.
      const before = await target.db
        .selectFrom("audit_log")
        .select((eb) => eb.fn.max("id").as("id"))
        .executeTakeFirst();
      await target.db
        .insertInto("audit_log")
        .values({ entity: "test", entity_id: "x", action: "restore", actor_id: null })
        .execute();
      const after = await target.db
        .selectFrom("audit_log")
        .select((eb) => eb.fn.max("id").as("id"))
        .executeTakeFirst();
      expect(Number(after?.id)).toBeGreaterThan(Number(before?.id ?? 0));
    } finally {
      await target.close();
    }
  });

  it("refuses to restore over data, and keeps nothing of a refused restore", async () => {
    const file = path.join(folder, "refused.samspil-backup.gz");
    await writeBackup(source.db, file, "pglite");
    const target = await openTestDatabase();
    try {
      const before = await fingerprintDatabase(target.db);
      await expect(restoreBackup(target.db, file)).rejects.toThrow(/empty database/);
      expect(await fingerprintDatabase(target.db)).toEqual(before);
    } finally {
      await target.close();
    }
  });
});
