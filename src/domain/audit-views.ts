import { z } from "zod";
import { keysetCursor } from "./keyset-cursor.js";
import { MAX_PAGE_SIZE } from "./paging.js";

/** The API's answers about the audit log (src/server/modules/audit), shared with the browser. */
export interface AuditEntry {
  id: string;
  at: string;
  entity: string;
  entityId: string;
  action: string;
  /** The snapshots; null for a reader who may not see the entity. */
  before: unknown;
  after: unknown;
  requestId: string | null;
  actor: { id: string; name: string | null; email: string } | null;
  /** The entity's name and page; null when the reader may not see it or it no longer exists (a neutral label). */
  subject: { label: string; href: string } | null;
  /** No name because the reader may not see the entity, or it is gone: the web shows a neutral label. */
  isSubjectHidden: boolean;
}

/** One page of the log, newest first; `nextCursor` asks for the next (older) page, null on the last. */
export interface AuditPage {
  items: AuditEntry[];
  pageSize: number;
  nextCursor: string | null;
}

const isoDay = z.iso.date();

/** The log's filters: who, entity type, one entity, a period (both days inclusive), and the page. */
export const AuditFilter = z
  .object({
    actorId: z.uuid().optional(),
    entity: z.string().max(50).optional(),
    entityId: z.string().max(100).optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
  })
  .strict();
export type AuditFilter = z.infer<typeof AuditFilter>;

export const AuditQuery = AuditFilter.extend({
  cursor: keysetCursor("\\d{1,19}").optional(),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .transform((value) => Math.min(value, MAX_PAGE_SIZE))
    .default(50),
}).strict();
export type AuditQuery = z.infer<typeof AuditQuery>;
