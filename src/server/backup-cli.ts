import { mkdirSync } from "node:fs";
import path from "node:path";
import { requestBackupFromServer } from "./backup-signal.js";
import { readConfig } from "./config.js";
import { restoreBackup, writeBackup } from "./db/backup.js";
import { migrateToLatest, openDatabase } from "./db/database.js";
import { dataDirHolder } from "./db/data-dir-lock.js";

/**
 * `npm run backup [-- file]` and `npm run restore -- file` (README «Backup and restore»). The database is the
 * app's: DATABASE_URL when set, else the PGlite folder DATA_DIR. A backup of a PGlite folder in use by a
 * running server is written by that server (`backup-signal.ts`). A restore goes into an empty database:
 * restoring a PGlite backup with DATABASE_URL set moves Samspil to that PostgreSQL server.
 */
async function main(): Promise<void> {
  const [command, argument] = process.argv.slice(2);
  const config = readConfig();
  const where = config.databaseUrl ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${config.dataDir}`;
  if (command === "backup") {
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const file = path.resolve(argument ?? path.join("backups", `samspil-${stamp}.samspil-backup.gz`));
    mkdirSync(path.dirname(file), { recursive: true });
    const holder = config.databaseUrl ? null : dataDirHolder(config.dataDir);
    if (holder !== null) {
      await requestBackupFromServer(holder, config.dataDir, file);
    } else {
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
      try {
        await writeBackup(database.db, file, database.kind);
      } finally {
        await database.close();
      }
    }
    process.stdout.write(`Backup of ${where} written to ${file}\n`);
    return;
  }
  if (command === "restore" && argument) {
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
    try {
      await migrateToLatest(database.db);
      const header = await restoreBackup(database.db, path.resolve(argument));
      const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
      process.stdout.write(
        `Restored ${argument} (${header.engine}, ${header.createdAt}) into ${where}: ` +
          `${header.tables.length} tables, ${rows} rows, counts and checksums identical\n`,
      );
    } finally {
      await database.close();
    }
    return;
  }
  process.stderr.write("usage: npm run backup [-- file]  |  npm run restore -- file\n");
  process.exit(2);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
