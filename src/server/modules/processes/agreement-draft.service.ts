import type { AgreementModel } from "../../../domain/process/agreement-model.js";
import { AGREEMENT_ITEMS, type AgreementStatus } from "../../../domain/process/phases.js";
import type { ParticipantRole } from "../../../domain/process/schemas.js";
import type { Db } from "../../db/database.js";
import type { Actor } from "../../platform/actor.js";
import { renderAgreementDraft, type AgreementDraft, type DraftSide } from "./agreement-draft.docx.js";
import { listAgreementParties } from "./agreement-draft.repo.js";
import { listVisibleDocuments } from "./documents.service.js";
import { listAgreements, listProcessNeeds } from "./processes.repo.js";
import { loadVisibleProcess } from "./processes.service.js";

const sideOf = (kind: string): DraftSide =>
  kind === "company"
    ? "company"
    : kind === "knowledge_institution"
      ? "knowledge"
      : kind === "other"
        ? "other"
        : "public";

/**
 * Gathers what the process's agreement checklist records, as the actor may see it, into a draft agreement.
 * A document that settles an item is named only when the actor may see it: a company's confidential
 * calculation never reaches another company's copy of the draft.
 */
export async function collectAgreementDraft(
  db: Db,
  actor: Actor,
  processId: string,
  model: AgreementModel,
  now = new Date(),
): Promise<AgreementDraft> {
  const { process } = await loadVisibleProcess(db, actor, processId);
  const [parties, agreements, needs, documents] = await Promise.all([
    listAgreementParties(db, processId),
    listAgreements(db, processId),
    listProcessNeeds(db, processId),
    listVisibleDocuments(db, actor, processId),
  ]);
  const visibleDocumentIds = new Set(documents.map((document) => document.id));
  const byItem = new Map(agreements.map((row) => [row.item, row]));
  return {
    title: process.title,
    description: process.description,
    model,
    generatedOn: now.toISOString().slice(0, 10),
    needs: needs.map((row) => ({ title: row.title, ownerName: row.owner_name })),
    parties: parties.map((row) => ({
      name: row.name,
      cvr: row.cvr ?? row.parent_cvr,
      legalEntity: row.cvr === null && row.parent_name !== null ? row.parent_name : null,
      address: row.address,
      side: sideOf(row.kind),
      role: row.role as ParticipantRole,
    })),
    items: Object.fromEntries(
      AGREEMENT_ITEMS.map((item) => {
        const row = byItem.get(item);
        const isVisible = row?.document_id != null && visibleDocumentIds.has(row.document_id);
        return [
          item,
          {
            status: (row?.status ?? "open") as AgreementStatus,
            note: row?.note ?? "",
            attachment: isVisible ? row.document_name : null,
          },
        ];
      }),
    ) as AgreementDraft["items"],
  };
}

/** The draft agreement as a DOCX file, for the parties' lawyers. */
export async function generateAgreementDraft(db: Db, actor: Actor, processId: string, model: AgreementModel) {
  const draft = await collectAgreementDraft(db, actor, processId, model);
  return { filename: `udkast-til-aftale-${model.replace(/_/g, "-")}.docx`, bytes: await renderAgreementDraft(draft) };
}
