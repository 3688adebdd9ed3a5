import { createReadStream, createWriteStream, renameSync, rmSync } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { createGunzip, createGzip } from "node:zlib";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import type { Db } from "./database.js";
import {
  beginSnapshot,
  countRows,
  fingerprintTable,
  insertTableRows,
  listAppliedMigrations,
  listTableShapes,
  readTableRows,
  resetSequences,
  restoreAsReplica,
  useStableTextForms,
  type TableShape,
} from "./backup.repo.js";

/**
 * Backup and restore through SQL that PGlite and PostgreSQL both run (docs/decisions/0016): every table's
 * rows as JSON lines in a gzip file, read in one repeatable-read, read-only transaction (a consistent
 * snapshot while the app writes), with each table's row count and checksum in the header. Files are in the
 * database (bytea), so they are in the backup. A restore writes into an empty, migrated database in one
 * transaction and compares the counts and checksums before it commits.
 */
const FORMAT = "samspil-backup";
const VERSION = 1;
const CHUNK_ROWS = 500;
const CHUNK_CHARS = 8 * 1024 * 1024;

export interface TableFingerprint {
  name: string;
  columns: string[];
  rows: number;
  checksum: string;
}

export interface BackupHeader {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  engine: string;
  migrations: string[];
  tables: TableFingerprint[];
}

/** Every table's row count and content checksum (the same text forms on both engines). */
export async function fingerprintDatabase(db: Db): Promise<TableFingerprint[]> {
  return db.transaction().execute(async (trx) => {
    await beginSnapshot(trx);
    await useStableTextForms(trx);
    return fingerprintTables(trx, await listTableShapes(trx));
  });
}

async function fingerprintTables(trx: Db, shapes: TableShape[]): Promise<TableFingerprint[]> {
  const result: TableFingerprint[] = [];
  for (const shape of shapes) {
    result.push({ name: shape.name, columns: shape.columns, ...(await fingerprintTable(trx, shape.name)) });
  }
  return result;
}

/** Writes a backup of `db` to `file` (written beside it first, then renamed: never a half file). */
export async function writeBackup(db: Db, file: string, engine: string): Promise<BackupHeader> {
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const done = pipeline(gzip, createWriteStream(partial));
  const write = async (line: string): Promise<void> => {
    if (!gzip.write(`${line}\n`)) {
      await once(gzip, "drain");
    }
  };
  try {
    const header = await db.transaction().execute(async (trx) => {
      await beginSnapshot(trx);
      await useStableTextForms(trx);
      const shapes = await listTableShapes(trx);
      const header: BackupHeader = {
        format: FORMAT,
        version: VERSION,
        createdAt: new Date().toISOString(),
        engine,
        migrations: await listAppliedMigrations(trx),
        tables: await fingerprintTables(trx, shapes),
      };
      await write(JSON.stringify(header));
      for (const shape of shapes) {
        let chunk: string[] = [];
        let chars = 0;
        const flush = async (): Promise<void> => {
          if (chunk.length > 0) {
            await write(`{"table":${JSON.stringify(shape.name)},"rows":[${chunk.join(",")}]}`);
          }
          chunk = [];
          chars = 0;
        };
        for (const row of await readTableRows(trx, shape.name)) {
          chunk.push(row);
          chars += row.length;
          if (chunk.length >= CHUNK_ROWS || chars >= CHUNK_CHARS) {
            await flush();
          }
        }
        await flush();
      }
      return header;
    });
    gzip.end();
    await done;
    renameSync(partial, file);
    return header;
  } catch (error) {
    gzip.destroy();
    await done.catch(() => undefined);
    rmSync(partial, { force: true });
    throw error;
  }
}

async function* readLines(file: string): AsyncGenerator<string> {
  const source = createReadStream(file).pipe(createGunzip());
  const lines = createInterface({ input: Readable.from(source), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line !== "") {
      yield line;
    }
  }
}

export class RestoreError extends Error {
  override name = "RestoreError";
}

/**
 * Restores `file` into `db`, which must be migrated and empty. One transaction: on any error, or when a
 * table's count or checksum differs from the backup's, nothing is kept.
 */
export async function restoreBackup(db: Db, file: string): Promise<BackupHeader> {
  const lines = readLines(file);
  const first = await lines.next();
  const header = (first.done ? null : JSON.parse(first.value)) as BackupHeader | null;
  if (header?.format !== FORMAT || header.version !== VERSION) {
    throw new RestoreError(`${file} is not a Samspil backup (format ${FORMAT} ${VERSION})`);
  }
  await db.transaction().execute(async (trx) => {
    await useStableTextForms(trx);
    // Foreign keys form cycles (offers, open calls, attachments; organisations and their parent), so rows go
    // in as a replica's would, without the foreign-key triggers; the snapshot they come from was consistent,
    // and the counts and checksums are compared before commit.
    await restoreAsReplica(trx);
    const applied = await listAppliedMigrations(trx);
    const unknown = header.migrations.filter((name) => !applied.includes(name));
    if (unknown.length > 0) {
      throw new RestoreError(`the backup comes from a newer Samspil (migrations ${unknown.join(", ")}): update first`);
    }
    const shapes = new Map((await listTableShapes(trx)).map((shape) => [shape.name, shape]));
    for (const table of shapes.keys()) {
      if ((await countRows(trx, table)) > 0) {
        throw new RestoreError(`restore needs an empty database, but table ${table} has rows`);
      }
    }
    const columnsOf = (table: string): string[] => {
      const shape = shapes.get(table);
      const saved = header.tables.find((entry) => entry.name === table);
      if (!shape || !saved) {
        throw new RestoreError(`the backup has rows for table ${table}, which this version does not have`);
      }
      return saved.columns.filter((column) => shape.columns.includes(column));
    };
    for await (const line of lines) {
      const chunk = JSON.parse(line) as { table: string; rows: unknown[] };
      await insertTableRows(trx, chunk.table, columnsOf(chunk.table), JSON.stringify(chunk.rows));
    }
    for (const table of shapes.keys()) {
      await resetSequences(trx, table);
    }
    const sameSchema = applied.length === header.migrations.length;
    const after = await fingerprintTables(trx, [...shapes.values()]);
    for (const saved of header.tables) {
      const now = after.find((entry) => entry.name === saved.name);
      const differs = now?.rows !== saved.rows || (sameSchema && now.checksum !== saved.checksum);
      if (differs) {
        throw new RestoreError(`table ${saved.name} differs after restore: nothing was restored`);
      }
    }
  });
  return header;
}
