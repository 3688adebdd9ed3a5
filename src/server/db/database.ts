import path from "node:path";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { Kysely, Migrator, PostgresDialect, sql, type MigrationResultSet } from "kysely";
import pg from "pg";
import type { Logger } from "pino";
import { PGliteDialect } from "./pglite-dialect.js";
import { acquireDataDirLock } from "./data-dir-lock.js";
import { migrations } from "./migrations/index.js";
import type { DB } from "./schema.js";

export type Db = Kysely<DB>;

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  /** Queries waiting for a free connection now: the overload signal when the database is the bottleneck. */
  waiting: () => number;
  close: () => Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  /** Folder for PGlite's files; undefined = in memory (tests). */
  dataDir?: string;
  logger?: Pick<Logger, "error">;
  poolSize?: number;
  /** PGlite in memory starting from a dumped data folder (tests: a migrated template instead of migrating again). */
  loadDataDir?: Blob;
}

// bigint (count(*)) as a JS number, as PGlite returns it.
pg.types.setTypeParser(20, (value) => Number(value));

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      // No JIT compiling: Samspil runs many short statements, and at national scale the row estimates of
      // matching's and the lists' statements passed the compiler's cost threshold, where compiling took longer
      // than running them (35–700 ms against 5–150 ms at 100,000 organisations; ADR 0020).
      options: "-c jit=off",
    });
    // Without a listener a dropped connection crashes the process. The pool listens only while a
    // client is idle; a client checked out between two queries when the server ends it (restart,
    // pg_terminate_backend) emits "error" on itself, so every client gets its own listener too.
    // The broken client is then refused by the pool on release and the next query gets a new one.
    const logDropped = (error: Error): void => options.logger?.error({ err: error }, "database connection failed");
    pool.on("error", logDropped);
    pool.on("connect", (client) => client.on("error", logDropped));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: "postgres", waiting: () => pool.waitingCount, close: () => db.destroy() };
  }

  let releaseLock = (): void => undefined;
  let pgliteDir: string | undefined;
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    releaseLock = acquireDataDirLock(options.dataDir);
    pgliteDir = path.join(options.dataDir, "pgdata");
  }
  try {
    const pglite = await PGlite.create(pgliteDir, { extensions: { pg_trgm }, loadDataDir: options.loadDataDir });
    const dialect = new PGliteDialect(pglite);
    const db = new Kysely<DB>({ dialect });
    return {
      db,
      kind: "pglite",
      waiting: () => dialect.waiting(),
      close: async () => {
        await db.destroy();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

export async function migrateToLatest(db: Db): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Features are built side by side; a migration named earlier than one already run is still run.
    allowUnorderedMigrations: true,
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    throw result.error instanceof Error ? result.error : new Error(String(result.error));
  }
  return result;
}

export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
