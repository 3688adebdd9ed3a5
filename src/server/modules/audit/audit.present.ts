import type { AuditEntry } from "../../../domain/audit-views.js";
import type { listAudit } from "./audit.repo.js";

type AuditRow = Awaited<ReturnType<typeof listAudit>>["rows"][number];

export function presentAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: String(row.id),
    at: row.at.toISOString(),
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    before: row.before,
    after: row.after,
    requestId: row.request_id,
    actor: row.actor_email ? { name: row.actor_name, email: row.actor_email } : null,
  };
}
