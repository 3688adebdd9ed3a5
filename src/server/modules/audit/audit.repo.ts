import type { Db } from "../../db/database.js";

export interface AuditEntry {
  actorId: string | null;
  entity: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

/** The one way every feature records a change: who, when, what entity, before and after. */
export async function writeAudit(db: Db, entry: AuditEntry): Promise<void> {
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
