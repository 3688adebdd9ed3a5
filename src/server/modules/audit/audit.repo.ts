import { sql, type Transaction } from "kysely";
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
}

export async function insertAuditRow(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      actor_id: entry.actorId,
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      request_id: entry.requestId ?? null,
    })
    .execute();
}

export interface AuditQuery {
  entity?: string;
  entityId?: string;
  page: number;
  pageSize: number;
}

export async function listAudit(db: Db, query: AuditQuery) {
  let base = db.selectFrom("audit_log").leftJoin("users", "users.id", "audit_log.actor_id");
  if (query.entity) {
    base = base.where("audit_log.entity", "=", query.entity);
  }
  if (query.entityId) {
    base = base.where("audit_log.entity_id", "=", query.entityId);
  }
  const [rows, count] = await Promise.all([
    base
      .select([
        "audit_log.id",
        "audit_log.at",
        "audit_log.entity",
        "audit_log.entity_id",
        "audit_log.action",
        "audit_log.before",
        "audit_log.after",
        "audit_log.request_id",
        "users.name as actor_name",
        "users.email as actor_email",
      ])
      .orderBy("audit_log.at", "desc")
      .orderBy("audit_log.id", "desc")
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as("count")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.count) };
}

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
