import type { Db } from "../db/database.js";
import type { Actor } from "./actor.js";

/** What the audit log shows for an entity the reader may see: its name and where the web app shows it. */
export interface AuditSubjectName {
  label: string;
  href: string;
}

/**
 * How a module names the entities of one type in the audit log (`entity` is the type written by `writeAudit`).
 * `names` answers for many ids with one query, and leaves out every id the actor may not see (or that no longer
 * exists): the log shows a neutral label for those, never the name. The query lives in the module's repo, the
 * access rule in its policy.
 */
export interface AuditSubject {
  entity: string;
  names: (db: Db, actor: Actor, ids: string[]) => Promise<Map<string, AuditSubjectName>>;
}
