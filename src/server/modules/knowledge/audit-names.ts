import type { EditorialState } from "../../../domain/knowledge/entries.js";
import { canViewEntry } from "../../../domain/knowledge/publication.js";
import type { AuditSubject } from "../../platform/audit-subjects.js";
import { listEntryNames } from "./audit-names.repo.js";
import { readerOf } from "./knowledge.policy.js";

export const knowledgeAuditSubject: AuditSubject = {
  entity: "knowledge_entry",
  async names(db, actor, ids) {
    const rows = await listEntryNames(db, ids);
    return new Map(
      rows
        .filter((row) => canViewEntry(readerOf(actor), row.state as EditorialState, row.organisation_ids))
        .map((row) => [row.id, { label: row.title, href: `/viden/${row.id}` }]),
    );
  },
};
