import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { FastifyBaseLogger } from "fastify";
import type { Database } from "./db/database.js";
import { writeBackup } from "./db/backup.js";

/**
 * A running server owns its PGlite folder (no second process may open it), so `npm run backup` asks it: it
 * writes the wanted file name to DATA_DIR/backup-request and sends SIGUSR2; the server writes the backup
 * (one snapshot, while it keeps serving) and, on failure, `<file>.failed` with the reason.
 */
const requestFile = (dataDir: string): string => path.join(dataDir, "backup-request");

export function serveBackupRequests(database: Database, dataDir: string, log: FastifyBaseLogger): void {
  process.on("SIGUSR2", () => {
    let file: string;
    try {
      file = readFileSync(requestFile(dataDir), "utf8").trim();
      rmSync(requestFile(dataDir), { force: true });
    } catch {
      log.warn("SIGUSR2 without a backup request: ignored");
      return;
    }
    log.info({ file }, "backup requested");
    writeBackup(database.db, file, database.kind).then(
      (header) => log.info({ file, tables: header.tables.length }, "backup written"),
      (error: unknown) => {
        log.error({ err: error, file }, "backup failed");
        writeFileSync(`${file}.failed`, error instanceof Error ? error.message : String(error));
      },
    );
  });
}

/** Asks the server with `pid` for a backup to `file` and waits until it is written. */
export async function requestBackupFromServer(pid: number, dataDir: string, file: string): Promise<void> {
  rmSync(`${file}.failed`, { force: true });
  writeFileSync(requestFile(dataDir), file);
  process.kill(pid, "SIGUSR2");
  const deadline = Date.now() + 60 * 60 * 1000;
  while (Date.now() < deadline) {
    if (existsSync(file)) {
      return;
    }
    if (existsSync(`${file}.failed`)) {
      throw new Error(`the server could not write the backup: ${readFileSync(`${file}.failed`, "utf8")}`);
    }
    await sleep(200);
  }
  throw new Error(`no backup from the server (process ${pid}) within an hour`);
}
