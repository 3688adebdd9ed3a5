import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { inject } from "vitest";
import { migrateToLatest, openDatabase, type Database } from "../db/database.js";
import { loadReferenceData } from "../seed/reference.js";
import type { DatabaseTemplates } from "./database-templates.js";

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a new database on the
 * PostgreSQL server in TEST_DATABASE_URL (dropped again on close). Never mocked. It is a copy of the
 * run's migrated template (database-templates.ts), so each file does not pay for the migrations again.
 */
export async function openTestDatabase(options: { referenceData?: boolean } = {}): Promise<Database> {
  return (await openTestDatabaseWithUrl(options.referenceData ?? true)).database;
}

/**
 * Two connections to one fresh test database, as two app instances have: on PostgreSQL two pools on the
 * same database; on PGlite (one process, one engine) the same database twice. Closing `first` drops it.
 */
export async function openTestDatabasePair(): Promise<{ first: Database; second: Database }> {
  const { database, url } = await openTestDatabaseWithUrl();
  if (!url) {
    return { first: database, second: { ...database, close: async () => undefined } };
  }
  return { first: database, second: await openDatabase({ databaseUrl: url, poolSize: 5 }) };
}

/**
 * An empty, unmigrated test database (a migration test runs the migrations on it); same engines and
 * clean-up as openTestDatabase.
 */
export async function openEmptyTestDatabase(): Promise<Database> {
  return (await openTestDatabaseWithUrl(true, "empty")).database;
}

/**
 * The migrated templates made once per run by database-templates.ts (Vitest global setup); absent when a
 * file runs under a config without that setup (e.g. Stryker's), then the file migrates its own database.
 */
function templates(): DatabaseTemplates | null {
  try {
    return inject("samspilDatabaseTemplates") ?? null;
  } catch {
    return null;
  }
}

async function openTestDatabaseWithUrl(
  referenceData = true,
  start: "template" | "empty" = "template",
): Promise<{ database: Database; url?: string }> {
  const kind = process.env.SAMSPIL_TEST_DB ?? "pglite";
  const template = start === "template" ? templates() : null;
  if (kind === "pglite") {
    if (template?.kind === "pglite") {
      const dump = readFileSync(referenceData ? template.reference : template.migrated);
      return { database: await openDatabase({ loadDataDir: new Blob([dump]) }) };
    }
    const database = await openDatabase({});
    if (start === "template") {
      await migrateToLatest(database.db);
      if (referenceData) {
        await loadReferenceData(database.db);
      }
    }
    return { database };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    throw new Error(
      "SAMSPIL_TEST_DB=postgres needs TEST_DATABASE_URL: run the suite with `npm test`, which " +
        "starts a PostgreSQL server on loopback",
    );
  }
  const name = `samspil_test_${randomBytes(6).toString("hex")}`;
  const copyOf = template?.kind === "postgres" ? (referenceData ? template.reference : template.migrated) : null;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(copyOf ? `create database ${name} template ${copyOf}` : `create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  if (start === "template" && !copyOf) {
    await migrateToLatest(database.db);
    if (referenceData) {
      await loadReferenceData(database.db);
    }
  }
  return {
    url: url.toString(),
    database: {
      ...database,
      close: async () => {
        await database.close();
        const cleanup = new pg.Client({ connectionString: adminUrl });
        await cleanup.connect();
        await cleanup.query(`drop database if exists ${name} with (force)`);
        await cleanup.end();
      },
    },
  };
}
