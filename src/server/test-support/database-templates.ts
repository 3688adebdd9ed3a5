import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { Kysely } from "kysely";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrateToLatest, openDatabase } from "../db/database.js";
import { PGliteDialect } from "../db/pglite-dialect.js";
import type { DB } from "../db/schema.js";
import { loadReferenceData } from "../seed/reference.js";

/**
 * Vitest global setup for the API projects: migrates one database per run (and one more with the reference
 * data) that every test file then copies, instead of migrating its own. On PGlite the copies are dumped data
 * folders (files); on PostgreSQL template databases for `CREATE DATABASE … TEMPLATE`. A failing migration
 * fails the whole project here; the migrations from an empty database are also tested in db/database.test.ts.
 */

export interface DatabaseTemplates {
  kind: "pglite" | "postgres";
  /** Migrated only: a dump file (PGlite) or a database name (PostgreSQL). */
  migrated: string;
  /** Migrated and with the reference data. */
  reference: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    samspilDatabaseTemplates: DatabaseTemplates | null;
  }
}

/** An in-memory PGlite like openDatabase's, whose data folder can be dumped (for `openDatabase({ loadDataDir })`). */
export async function openDumpablePglite(): Promise<{ db: Kysely<DB>; dump: () => Promise<Buffer> }> {
  const pglite = await PGlite.create({ extensions: { pg_trgm } });
  return {
    db: new Kysely<DB>({ dialect: new PGliteDialect(pglite) }),
    dump: async () => Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer()),
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const kind = project.config.env.SAMSPIL_TEST_DB === "postgres" ? "postgres" : "pglite";
  if (kind === "pglite") {
    const folder = mkdtempSync(path.join(tmpdir(), "samspil-test-template-"));
    const pglite = await openDumpablePglite();
    const dump = async (name: string): Promise<string> => {
      const file = path.join(folder, name);
      writeFileSync(file, await pglite.dump());
      return file;
    };
    try {
      await migrateToLatest(pglite.db);
      const migrated = await dump("migrated.tar");
      await loadReferenceData(pglite.db);
      const reference = await dump("reference.tar");
      project.provide("samspilDatabaseTemplates", { kind, migrated, reference });
    } finally {
      await pglite.db.destroy();
    }
    return async () => rmSync(folder, { recursive: true, force: true });
  }

  const adminUrl = project.config.env.TEST_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    // test-database.ts fails each file with the explanation; nothing to prepare here.
    project.provide("samspilDatabaseTemplates", null);
    return async () => undefined;
  }
  const prefix = `samspil_template_${randomBytes(6).toString("hex")}`;
  const names = { migrated: `${prefix}_migrated`, reference: `${prefix}_reference` };
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const urlOf = (name: string): string => {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
  try {
    await admin.query(`create database ${names.migrated}`);
    const migrated = await openDatabase({ databaseUrl: urlOf(names.migrated), poolSize: 1 });
    try {
      await migrateToLatest(migrated.db);
    } finally {
      await migrated.close();
    }
    await admin.query(`create database ${names.reference} template ${names.migrated}`);
    const reference = await openDatabase({ databaseUrl: urlOf(names.reference), poolSize: 1 });
    try {
      await loadReferenceData(reference.db);
    } finally {
      await reference.close();
    }
  } finally {
    await admin.end();
  }
  project.provide("samspilDatabaseTemplates", { kind, ...names });
  return async () => {
    const cleanup = new pg.Client({ connectionString: adminUrl });
    await cleanup.connect();
    for (const name of Object.values(names)) {
      await cleanup.query(`drop database if exists ${name} with (force)`);
    }
    await cleanup.end();
  };
}
