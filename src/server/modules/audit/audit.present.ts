import type { AuditEntry } from "../../../domain/audit-views.js";
import type { Actor } from "../../platform/actor.js";
import type { AuditPageRow } from "./audit.repo.js";
import type { NamedSubjects } from "./audit.subjects.js";

/**
 * One row as the reader may see it: the entity's name and link when they may see it. A reader who may not
 * (or an entity that is gone) gets a neutral label, and only the programme manager keeps the snapshots then.
 */
export function presentAuditEntry(row: AuditPageRow, names: NamedSubjects, actor: Actor): AuditEntry {
  const subject = names.get(row.entity, row.entity_id) ?? null;
  const showSnapshots = subject !== null || actor.role === "admin";
  return {
    id: String(row.id),
    at: row.at.toISOString(),
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    before: showSnapshots ? row.before : null,
    after: showSnapshots ? row.after : null,
    requestId: row.request_id,
    actor: row.actor_id && row.actor_email ? { id: row.actor_id, name: row.actor_name, email: row.actor_email } : null,
    subject,
    isSubjectHidden: subject === null && names.isNameable(row.entity),
  };
}
