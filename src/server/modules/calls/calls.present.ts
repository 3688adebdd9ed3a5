import type { CallRow, OfferRow } from "./calls.repo.js";

export function presentCall(row: CallRow, now = new Date()) {
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

export function presentOffer(row: OfferRow) {
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
