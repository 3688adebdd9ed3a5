import type { Db } from "../../db/database.js";
import type { Actor } from "../../platform/actor.js";
import type { AuditSubject, AuditSubjectName } from "../../platform/audit-subjects.js";
import { serverModules } from "../index.js";

/**
 * Every module's namers, by entity type. Read when asked (not at import: the module list imports this
 * module too), so a module merged later names its entities by itself.
 */
function providedSubjects(): Map<string, AuditSubject> {
  const subjects = new Map<string, AuditSubject>();
  for (const module of serverModules) {
    for (const subject of module.auditSubjects ?? []) {
      subjects.set(subject.entity, subject);
    }
  }
  return subjects;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface NamedSubjects {
  /** The name and link of `entity:id`, when the reader may see it. */
  get: (entity: string, id: string) => AuditSubjectName | undefined;
  /** Whether the log knows how to name this entity type (so a missing name means «not for you»). */
  isNameable: (entity: string) => boolean;
}

/** Names for the rows of one page: one query per entity type on the page, never one per row. */
export async function nameSubjects(
  db: Db,
  actor: Actor,
  rows: { entity: string; entity_id: string }[],
): Promise<NamedSubjects> {
  const subjects = providedSubjects();
  const idsByEntity = new Map<string, Set<string>>();
  for (const row of rows) {
    if (subjects.has(row.entity) && UUID.test(row.entity_id)) {
      const ids = idsByEntity.get(row.entity) ?? new Set<string>();
      ids.add(row.entity_id.toLowerCase());
      idsByEntity.set(row.entity, ids);
    }
  }
  const names = new Map<string, AuditSubjectName>();
  for (const [entity, ids] of idsByEntity) {
    const subject = subjects.get(entity);
    const found = subject ? await subject.names(db, actor, [...ids]) : new Map<string, AuditSubjectName>();
    for (const [id, name] of found) {
      names.set(`${entity}:${id}`, name);
    }
  }
  return {
    get: (entity, id) => names.get(`${entity}:${id.toLowerCase()}`),
    isNameable: (entity) => subjects.has(entity),
  };
}
