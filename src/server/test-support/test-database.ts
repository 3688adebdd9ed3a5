import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrateToLatest, openDatabase, type Database } from "../db/database.js";
import { loadReferenceData } from "../seed/reference.js";

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a new database on the
 * PostgreSQL server in TEST_DATABASE_URL (dropped again on close). Never mocked.
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

async function openTestDatabaseWithUrl(referenceData = true): Promise<{ database: Database; url?: string }> {
  const kind = process.env.SAMSPIL_TEST_DB ?? "pglite";
  if (kind === "pglite") {
    const database = await openDatabase({});
    await migrateToLatest(database.db);
    if (referenceData) {
      await loadReferenceData(database.db);
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
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  await migrateToLatest(database.db);
  if (referenceData) {
    await loadReferenceData(database.db);
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
