import { parseFacts, type EditorialState, type EntryKind } from "../../../domain/knowledge/entries.js";
import { canApprove, publicationBlockers } from "../../../domain/knowledge/publication.js";
import type { KnowledgeEntry } from "../../../domain/knowledge/views.js";
import type { Db } from "../../db/database.js";
import type { Actor } from "../../platform/actor.js";
import { loadVisibleProcess } from "../processes/processes.service.js";
import { describeSpread } from "./adoptions.service.js";
import { canEditKnowledge, readerOf } from "./knowledge.policy.js";
import { approvalsOf } from "./knowledge.present.js";
import {
  listApprovals,
  listFiles,
  listLinkedEntries,
  listLinkedProcessIds,
  listLinkingEntries,
  listVersions,
} from "./knowledge.repo.js";
import { loadVisibleEntry, presentRows } from "./knowledge.service.js";

/**
 * One entry for its reader: facts without what they may not see, the methods/tools it used and the cases
 * that used it, files, spread; approvals, versions and blockers only for staff and the case's organisations.
 */
export async function describeEntry(db: Db, actor: Actor | null, id: string): Promise<KnowledgeEntry> {
  const { row, organisations } = await loadVisibleEntry(db, actor, id);
  const reader = readerOf(actor);
  const participantIds = organisations.map((organisation) => organisation.id);
  const isInsider =
    reader.isStaff || (reader.organisationId !== null && participantIds.includes(reader.organisationId));
  const [approvalRows, files, uses, usedBy, versions, spread] = await Promise.all([
    listApprovals(db, [id]),
    listFiles(db, id),
    listLinkedEntries(db, id),
    listLinkingEntries(db, id),
    listVersions(db, id),
    describeSpread(db, id),
  ]);
  const approvals = approvalsOf(approvalRows, id);
  const [summary] = await presentRows(db, actor, [row]);
  const visible = <T extends { state: string }>(items: T[]) =>
    items.filter((item) => item.state === "published" || reader.isStaff);
  const usedInProcesses: { id: string; title: string }[] = [];
  if (actor && row.kind === "tool") {
    const viaCases = usedBy.flatMap((item) => (item.process_id ? [item.process_id] : []));
    for (const processId of await listLinkedProcessIds(db, id, viaCases)) {
      try {
        const { process } = await loadVisibleProcess(db, actor, processId);
        usedInProcesses.push({ id: process.id, title: process.title });
      } catch {
        // A process the reader may not see is left out.
      }
    }
  }
  const facts = parseFacts(row.kind as EntryKind, row.facts);
  return {
    ...summary,
    version: row.version,
    processId: isInsider ? row.process_id : null,
    uses: visible(uses).map((item) => ({ id: item.id, kind: item.kind as EntryKind, title: item.title })),
    usedBy: visible(usedBy).map((item) => ({ id: item.id, kind: item.kind as EntryKind, title: item.title })),
    usedInProcesses,
    files: files.map((file) => ({
      id: file.id,
      filename: file.filename,
      mediaType: file.media_type,
      sizeBytes: file.size_bytes,
    })),
    adoptions: spread.adoptions,
    spread: spread.spread,
    approvals: isInsider
      ? organisations.map((organisation) => {
          const found = approvalRows.find(
            (item) => item.organisation_id === organisation.id && item.version === row.version,
          );
          return {
            organisationId: organisation.id,
            organisationName: organisation.name,
            approved: found !== undefined,
            approvedAt: found?.approved_at.toISOString() ?? null,
            approvedBy: found?.approved_by_name ?? null,
            recordedByAgent: found?.recorded_by_agent ?? false,
            sharesConfidential: found?.shares_confidential ?? false,
          };
        })
      : [],
    versions: isInsider
      ? versions.map((version) => ({
          version: version.version,
          comment: version.comment,
          author: version.author,
          createdAt: version.created_at.toISOString(),
        }))
      : [],
    blockers: reader.isStaff
      ? publicationBlockers({
          kind: row.kind as EntryKind,
          state: row.state as EditorialState,
          facts,
          version: row.version,
          approvals,
        }).filter((blocker) => row.state !== "draft" || blocker.field !== "state")
      : [],
    canEdit: actor !== null && canEditKnowledge(actor),
    canApproveFor:
      actor && (row.state === "draft" || row.state === "in_review")
        ? participantIds.filter((organisationId) => canApprove(reader, organisationId, participantIds))
        : [],
  };
}
