import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import {
  deleteAuditRowsBefore,
  findAuditRowsMentioning,
  insertAuditRow,
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
