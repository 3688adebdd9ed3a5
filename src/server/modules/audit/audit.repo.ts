import { sql, type SqlBool, type Transaction } from "kysely";
import type { Db } from "../../db/database.js";
import type { DB } from "../../db/schema.js";

export interface AuditEntry {
  actorId: string | null;
  entity: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
  /** When it happened, where that is not now: only the demo seed, which writes a year of history. */
  at?: Date;
}

function auditRow(entry: AuditEntry) {
  return {
    actor_id: entry.actorId,
    entity: entry.entity,
    entity_id: entry.entityId,
    action: entry.action,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    request_id: entry.requestId ?? null,
    ...(entry.at ? { at: entry.at } : {}),
  };
}

export async function insertAuditRow(db: Db, entry: AuditEntry): Promise<void> {
  await db.insertInto("audit_log").values(auditRow(entry)).execute();
}

/** Many audit rows in one statement (a bulk import). */
export async function insertAuditRows(db: Db, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) {
    return;
  }
  await db.insertInto("audit_log").values(entries.map(auditRow)).execute();
}

export interface AuditListQuery {
  actorId?: string;
  entity?: string;
  entityId?: string;
  /** First and last day (ISO dates, both inclusive), in Danish time. */
  from?: string;
  to?: string;
  /** Rows strictly older than this (time to the microsecond, then id): keyset paging. */
  after?: { at: string; id: string };
  limit: number;
}

/**
 * One page of the log, newest first, by keyset (never OFFSET: page 40,000 of 2 million rows costs what page 1
 * does). Each filter has an index that leads with it and ends (at desc, id desc); see the 0700 migration.
 */
export function listAuditPage(db: Db, query: AuditListQuery) {
  return auditPageQuery(db, query).execute();
}

/** The page's query, unexecuted: `bench/audit-log.ts` asks it for its plan. */
export function auditPageQuery(db: Db, query: AuditListQuery) {
  let base = db
    .selectFrom("audit_log as a")
    .leftJoin("users as u", "u.id", "a.actor_id")
    .select([
      "a.id",
      "a.at",
      sql<string>`to_char(a.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as("at_key"),
      "a.entity",
      "a.entity_id",
      "a.action",
      "a.before",
      "a.after",
      "a.request_id",
      "a.actor_id",
      "u.name as actor_name",
      "u.email as actor_email",
    ]);
  if (query.actorId) {
    base = base.where("a.actor_id", "=", query.actorId);
  }
  if (query.entity) {
    base = base.where("a.entity", "=", query.entity);
  }
  if (query.entityId) {
    base = base.where("a.entity_id", "=", query.entityId);
  }
  if (query.from) {
    base = base.where(sql<SqlBool>`a.at >= (${query.from}::date::timestamp at time zone 'Europe/Copenhagen')`);
  }
  if (query.to) {
    base = base.where(sql<SqlBool>`a.at < ((${query.to}::date + 1)::timestamp at time zone 'Europe/Copenhagen')`);
  }
  if (query.after) {
    base = base.where(sql<SqlBool>`(a.at, a.id) < (${query.after.at}::timestamptz, ${query.after.id}::bigint)`);
  }
  return base.orderBy("a.at", "desc").orderBy("a.id", "desc").limit(query.limit);
}

export type AuditPageRow = Awaited<ReturnType<typeof listAuditPage>>[number];

/**
 * Deletes audit rows older than `cutoff`. The append-only trigger lets a DELETE through only when
 * the transaction has set `samspil.audit_purge`; `set_config(..., true)` is local to `trx`.
 */
export async function deleteAuditRowsBefore(trx: Transaction<DB>, cutoff: Date): Promise<number> {
  await sql`select set_config('samspil.audit_purge', 'on', true)`.execute(trx);
  const result = await trx.deleteFrom("audit_log").where("at", "<", cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}

const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

/** Audit rows whose snapshots mention any of `needles` (case-insensitive). */
export function findAuditRowsMentioning(trx: Transaction<DB>, needles: string[]) {
  return trx
    .selectFrom("audit_log")
    .select(["id", "before", "after"])
    .where((eb) =>
      eb.or(
        needles.flatMap((needle) => [
          eb(sql<string>`coalesce(audit_log.before::text, '')`, "ilike", likePattern(needle)),
          eb(sql<string>`coalesce(audit_log.after::text, '')`, "ilike", likePattern(needle)),
        ]),
      ),
    )
    .execute();
}

/** Rewrites one row's snapshots during an erasure (the trigger allows it only under `samspil.audit_erasure`). */
export async function replaceAuditSnapshots(
  trx: Transaction<DB>,
  id: string,
  before: unknown,
  after: unknown,
): Promise<void> {
  await sql`select set_config('samspil.audit_erasure', 'on', true)`.execute(trx);
  await trx
    .updateTable("audit_log")
    .set({
      before: before === null ? null : JSON.stringify(before),
      after: after === null ? null : JSON.stringify(after),
    })
    .where("id", "=", id)
    .execute();
}

/** What a person did (rows where they are the actor), newest first; snapshots left out. */
export function listAuditByActor(db: Db, userId: string) {
  return db
    .selectFrom("audit_log")
    .select(["id", "at", "entity", "entity_id", "action", "request_id"])
    .where("actor_id", "=", userId)
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .execute();
}

/** The lookup log: rows where someone read or changed the person's account, with the actor's role only. */
export function listAuditAboutUser(db: Db, userId: string) {
  return db
    .selectFrom("audit_log")
    .leftJoin("users as actor", "actor.id", "audit_log.actor_id")
    .select([
      "audit_log.id",
      "audit_log.at",
      "audit_log.action",
      "audit_log.before",
      "audit_log.after",
      "audit_log.actor_id",
      "actor.role as actor_role",
    ])
    .where("audit_log.entity", "=", "user")
    .where("audit_log.entity_id", "=", userId)
    .orderBy("audit_log.at", "desc")
    .orderBy("audit_log.id", "desc")
    .execute();
}

/** The newest `limit` entries about one entity, with the actor's name. */
export function listAuditOfEntity(db: Db, entity: string, entityId: string, limit: number) {
  return db
    .selectFrom("audit_log as a")
    .leftJoin("users as u", "u.id", "a.actor_id")
    .select(["a.id", "a.at", "a.action", "a.after", "u.name as actor_name"])
    .where("a.entity", "=", entity)
    .where("a.entity_id", "=", entityId)
    .orderBy("a.at", "desc")
    .orderBy("a.id", "desc")
    .limit(limit)
    .execute();
}
