import type { AuditFilter, AuditPage, AuditQuery } from "../../../domain/audit-views.js";
import { decodeKeysetCursor, encodeKeysetCursor } from "../../../domain/keyset-cursor.js";
import type { Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { Actor } from "../../platform/actor.js";
import { auditCsvHeader, auditCsvLine } from "./audit.csv.js";
import { presentAuditEntry } from "./audit.present.js";
import { nameSubjects } from "./audit.subjects.js";
import {
  listAuditPage,
  deleteAuditRowsBefore,
  findAuditRowsMentioning,
  insertAuditRow,
  insertAuditRows,
  listAuditAboutUser,
  listAuditByActor,
  listAuditOfEntity,
  replaceAuditSnapshots,
  type AuditEntry,
} from "./audit.repo.js";

export type { AuditEntry };

/**
 * The one way every feature records a change: who, when, what entity, before and after. Call it
 * inside the transaction of the change (pass `trx`), so the record and its audit row land together.
 */
export async function writeAudit(db: Db, entry: AuditEntry): Promise<void> {
  await insertAuditRow(db, entry);
}

/** writeAudit for many changes of one bulk operation (an import of thousands of rows), in one statement. */
export async function writeAuditMany(db: Db, entries: AuditEntry[]): Promise<void> {
  await insertAuditRows(db, entries);
}

/** One page of the log with each entity's name and link, as far as the reader may see it. */
export async function readAuditLog(db: Db, actor: Actor, query: AuditQuery): Promise<AuditPage> {
  const rows = await listAuditPage(db, {
    ...query,
    after: query.cursor ? decodeKeysetCursor(query.cursor) : undefined,
    limit: query.pageSize + 1,
  });
  const page = rows.slice(0, query.pageSize);
  const names = await nameSubjects(db, actor, page);
  const last = page.at(-1);
  return {
    items: page.map((row) => presentAuditEntry(row, names, actor)),
    pageSize: query.pageSize,
    nextCursor: rows.length > query.pageSize && last ? encodeKeysetCursor(last.at_key, String(last.id)) : null,
  };
}

const EXPORT_BATCH = 500;

/**
 * The filtered log as CSV, produced batch by batch (keyset), so two million rows stream out in constant
 * memory; names are resolved per batch, one query per entity type.
 */
export async function* exportAuditLog(
  db: Db,
  actor: Actor,
  filter: AuditFilter,
  language: Language,
): AsyncGenerator<string> {
  yield `\uFEFF${auditCsvHeader(language)}`;
  let cursor: string | undefined;
  do {
    const page = await readAuditLog(db, actor, { ...filter, cursor, pageSize: EXPORT_BATCH });
    yield page.items.map((entry) => auditCsvLine(entry, language)).join("");
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** An entity's history for its own page (a process's activity log): newest first, with actor names. */
export function entityHistory(db: Db, entity: string, entityId: string, limit = 100) {
  return listAuditOfEntity(db, entity, entityId, limit);
}

/** A person's audit trail for «Mine data»: what they did, and what was done to their account. */
export async function auditTrailOfUser(db: Db, userId: string) {
  const [byActor, aboutUser] = await Promise.all([listAuditByActor(db, userId), listAuditAboutUser(db, userId)]);
  return { byActor, aboutUser };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The retention purge: deletes audit rows older than `retentionDays`, and nothing else. */
export async function purgeExpiredAudit(db: Db, retentionDays: number, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  return inTransaction(db, (trx) => deleteAuditRowsBefore(trx, cutoff));
}

/** One string to replace: `find` matches case-insensitively anywhere in a string value. */
export interface Replacement {
  find: string;
  replaceWith: string;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Replaces every occurrence of each `find` in the string values (and keys) of a JSON snapshot. */
export function replaceInSnapshot(value: unknown, replacements: Replacement[]): unknown {
  if (typeof value === "string") {
    return replacements.reduce(
      (text, { find, replaceWith }) => text.replace(new RegExp(escapeRegExp(find), "gi"), () => replaceWith),
      value,
    );
  }
  if (Array.isArray(value)) {
    return value.map((item) => replaceInSnapshot(item, replacements));
  }
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        replaceInSnapshot(key, replacements) as string,
        replaceInSnapshot(item, replacements),
      ]),
    );
  }
  return value;
}

/**
 * Erasure in the audit log: the rows keep who did what and when, but a person's name and e-mail
 * in the before/after snapshots become their pseudonym. Runs inside the erasing transaction.
 */
export async function pseudonymiseAudit(db: Db, replacements: Replacement[]): Promise<number> {
  const needles = replacements.map((replacement) => replacement.find).filter((needle) => needle.length > 0);
  if (needles.length === 0) {
    return 0;
  }
  return inTransaction(db, async (trx) => {
    const rows = await findAuditRowsMentioning(trx, needles);
    for (const row of rows) {
      await replaceAuditSnapshots(
        trx,
        row.id,
        replaceInSnapshot(row.before, replacements),
        replaceInSnapshot(row.after, replacements),
      );
    }
    return rows.length;
  });
}
