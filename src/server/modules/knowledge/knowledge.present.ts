import type { EntryFacts, EntryKind, EditorialState } from "../../../domain/knowledge/entries.js";
import { factsForReader, type Approval, type Reader } from "../../../domain/knowledge/publication.js";
import type { KnowledgeSummary } from "../../../domain/knowledge/views.js";
import type { ApprovalRow, EntryRow } from "./knowledge.repo.js";

export function approvalsOf(rows: readonly ApprovalRow[], entryId: string): Approval[] {
  return rows
    .filter((row) => row.entry_id === entryId)
    .map((row) => ({
      organisationId: row.organisation_id,
      version: row.version,
      sharesConfidential: row.shares_confidential,
    }));
}

/** An entry as this reader may read it: a company's unreleased figures are left out of the facts. */
export function presentSummary(
  row: EntryRow,
  reader: Reader,
  approvals: Approval[],
  adoptedByMunicipalities: number,
): KnowledgeSummary {
  const kind = row.kind as EntryKind;
  return {
    id: row.id,
    kind,
    state: row.state as EditorialState,
    title: row.title,
    titleEn: row.title_en,
    summary: row.summary,
    summaryEn: row.summary_en,
    facts: factsForReader(kind, row.facts as EntryFacts, reader, approvals, row.version),
    publishedAt: row.published_at?.toISOString() ?? null,
    updatedAt: row.updated_at.toISOString(),
    adoptedByMunicipalities,
  };
}
