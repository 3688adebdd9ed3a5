/**
 * The API's answers about open calls, offers and the market dialogue (src/server/modules/calls), shared with the
 * browser.
 */
export interface OpenCall {
  id: string;
  needId: string;
  title: string;
  description: string;
  deadline: string;
  status: "open" | "closed";
  isOpenForOffers: boolean;
  careArea: string;
  ownerOrganisationId: string;
  ownerName: string;
  publishedAt: string;
  closedAt: string | null;
}

/**
 * GET /api/calls/:id: managers get the offer count and the closing decision, a signed-in member of
 * another organisation their own offer id; the public only the call.
 */
export interface OpenCallDetail extends OpenCall {
  offerCount?: number;
  canManage?: boolean;
  chosenOfferId?: string | null;
  closingReason?: string | null;
  myOfferId?: string | null;
}

export interface Offer {
  id: string;
  callId: string;
  companyId: string;
  companyName: string;
  solutionText: string;
  priceIndication: string;
  submittedAt: string;
  updatedAt: string;
  submittedBy: string | null;
  attachmentCount: number;
}

export interface Attachment {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
}

/** Kinds a person records, plus the two the server writes itself (an offer, the closing). */
export type DialogueKind = "meeting" | "question" | "answer" | "email" | "phone" | "note" | "offer" | "closing";

export interface DialogueEntry {
  id: string;
  companyId: string | null;
  companyName: string | null;
  kind: DialogueKind;
  summary: string;
  occurredAt: string;
  recordedBy: string | null;
}
