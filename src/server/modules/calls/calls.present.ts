import type { Attachment, DialogueEntry, DialogueKind, Offer, OpenCall } from "../../../domain/calls-views.js";
import type { CallRow, listAttachments, listDialogue, OfferRow } from "./calls.repo.js";

type AttachmentRow = Pick<
  Awaited<ReturnType<typeof listAttachments>>[number],
  "id" | "filename" | "content_type" | "size_bytes" | "uploaded_at"
>;
type DialogueRow = Awaited<ReturnType<typeof listDialogue>>[number];

export function presentCall(row: CallRow, now = new Date()): OpenCall {
  return {
    id: row.id,
    needId: row.need_id,
    title: row.title,
    description: row.description,
    deadline: row.deadline.toISOString(),
    status: row.status,
    isOpenForOffers: row.status === "open" && row.deadline.getTime() > now.getTime(),
    careArea: row.care_area,
    ownerOrganisationId: row.owner_organisation_id,
    ownerName: row.owner_name,
    publishedAt: row.published_at.toISOString(),
    closedAt: row.closed_at?.toISOString() ?? null,
  };
}

export function presentOffer(row: OfferRow): Offer {
  return {
    id: row.id,
    callId: row.call_id,
    companyId: row.company_id,
    companyName: row.company_name,
    solutionText: row.solution_text,
    priceIndication: row.price_indication,
    submittedAt: row.submitted_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    submittedBy: row.submitted_by_name,
    attachmentCount: Number(row.attachment_count ?? 0),
  };
}

export function presentAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    filename: row.filename,
    contentType: row.content_type,
    sizeBytes: row.size_bytes,
    uploadedAt: row.uploaded_at.toISOString(),
  };
}

export function presentDialogueEntry(row: DialogueRow): DialogueEntry {
  return {
    id: row.id,
    companyId: row.company_id,
    companyName: row.company_name,
    kind: row.kind as DialogueKind,
    summary: row.summary,
    occurredAt: row.occurred_at.toISOString(),
    recordedBy: row.recorded_by_name,
  };
}
