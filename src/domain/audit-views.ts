import type { Page } from "./list-views.js";

/** The API's answers about the audit log (src/server/modules/audit), shared with the browser. */
export interface AuditEntry {
  id: string;
  at: string;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  actor: { name: string | null; email: string } | null;
}

export type AuditPage = Page<AuditEntry>;
