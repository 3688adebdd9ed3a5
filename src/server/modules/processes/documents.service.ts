import { recipientsOfProcessDocument } from "../../../domain/disclosures/rules.js";
import { isPublicKind } from "../../../domain/organisation.js";
import type { ProcessDocument } from "../../../domain/process/views.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError, notFound } from "../../http/errors.js";
import { checkAttachment } from "../../http/uploads.js";
import { writeAudit } from "../audit/audit.service.js";
import { recordAutomaticDisclosure } from "../disclosures/disclosure-hooks.service.js";
import type { Actor } from "../../platform/actor.js";
import { canViewDocument } from "./processes.policy.js";
import { findDocument, insertDocument, listDocuments, touchProcess, type ParticipantRow } from "./processes.repo.js";
import { presentDocument } from "./processes.present.js";
import { loadVisibleProcess } from "./processes.service.js";

/**
 * Stores a process document in the database (outside the web root) after checking its bytes.
 * `confidentialFor` marks a company's confidential material: only that company, the need owner,
 * agents and the programme manager may then see it. A company may only mark its own material.
 */
export async function uploadDocument(
  ctx: ServiceContext,
  processId: string,
  file: { filename: string; bytes: Buffer; confidentialFor: string | null },
) {
  const { process, participants } = await loadVisibleProcess(ctx.db, ctx.actor, processId);
  if (file.confidentialFor) {
    const isParticipant = participants.some(
      (row) => row.organisation_id === file.confidentialFor && row.kind === "company",
    );
    const isOwnOrStaff = ctx.actor.role !== "member" || ctx.actor.organisationId === file.confidentialFor;
    if (!isParticipant || !isOwnOrStaff) {
      throw fieldError(ctx.language, 400, "confidentialFor", "invalid");
    }
  }
  const { filename, contentType } = checkAttachment(file, ctx.language);
  return inTransaction(ctx.db, async (trx) => {
    const row = await insertDocument(trx, {
      process_id: processId,
      filename,
      content_type: contentType,
      size_bytes: file.bytes.length,
      content: file.bytes,
      confidential_for: file.confidentialFor,
      uploaded_by: ctx.actor.id,
    });
    await touchProcess(trx, processId);
    await recordDocumentShared(
      ctx,
      trx,
      { processTitle: process.title, participants, documentId: row.id },
      {
        ...file,
        filename,
        contentType,
      },
    );
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "process",
      entityId: processId,
      action: "document:upload",
      after: { id: row.id, filename, contentType, sizeBytes: file.bytes.length, confidentialFor: file.confidentialFor },
      requestId: ctx.requestId,
    });
    return {
      id: row.id,
      filename,
      contentType,
      sizeBytes: file.bytes.length,
      confidentialFor: file.confidentialFor,
      uploadedAt: row.uploaded_at.toISOString(),
    };
  });
}

/**
 * A document the public side (its members, agents, the programme manager) shares in the process is given to
 * every company taking part: it goes into the equal-treatment record, with a copy of the file.
 */
async function recordDocumentShared(
  ctx: ServiceContext,
  trx: Db,
  shared: { processTitle: string; participants: ParticipantRow[]; documentId: string },
  file: { filename: string; contentType: string; bytes: Buffer; confidentialFor: string | null },
) {
  const publicRows = shared.participants.filter((row) => isPublicKind(row.kind));
  const own = publicRows.find((row) => [row.organisation_id, row.parent_id].includes(ctx.actor.organisationId));
  const isStaff = ctx.actor.role === "admin" || ctx.actor.role === "agent";
  const giver = isStaff ? (publicRows.find((row) => row.role === "need_owner") ?? publicRows[0]) : own;
  const recipientIds = recipientsOfProcessDocument({
    uploadedByPublicSide: giver !== undefined,
    confidentialFor: file.confidentialFor,
    companyParticipantIds: shared.participants
      .filter((row) => row.kind === "company")
      .map((row) => row.organisation_id),
  });
  if (!giver) {
    return;
  }
  await recordAutomaticDisclosure(trx, {
    context: { kind: "process", id: giver.process_id },
    // A member gives on behalf of their own organisation (a municipality above a participating unit too).
    publicOrganisationId: isStaff ? giver.organisation_id : (ctx.actor.organisationId as string),
    title: file.filename,
    description: `Dokument delt i forløbet «${shared.processTitle}»`,
    recipientIds,
    source: "process_document",
    sourceId: shared.documentId,
    file: { filename: file.filename, contentType: file.contentType, bytes: file.bytes },
    actorId: ctx.actor.id,
    requestId: ctx.requestId,
  });
}

/** The documents the actor may see; confidential material of other companies is left out. */
export async function listVisibleDocuments(db: Db, actor: Actor, processId: string): Promise<ProcessDocument[]> {
  const { membership } = await loadVisibleProcess(db, actor, processId);
  const rows = await listDocuments(db, processId);
  return rows.filter((row) => canViewDocument(actor, membership, row.confidential_for)).map(presentDocument);
}

export async function readDocument(db: Db, actor: Actor, processId: string, documentId: string) {
  const { membership } = await loadVisibleProcess(db, actor, processId);
  const row = await findDocument(db, processId, documentId);
  if (!row || !canViewDocument(actor, membership, row.confidential_for)) {
    throw notFound("document");
  }
  return row;
}
