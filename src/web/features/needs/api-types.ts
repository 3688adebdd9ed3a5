import type { FundingContext, FundingFit, FundingProgramme } from "../../../domain/funding.js";
import type { MatchScore, ScorePart } from "../../../domain/matching.js";
import type { NeedStatus, NeedSummary } from "../../../domain/needs.js";

/** Answers of the needs, matching, funding and open-call API that have no shared type in src/domain. */

export interface NeedPage {
  items: NeedSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export type Decision = "shortlisted" | "dismissed";

export interface MatchDecisionView {
  decision: Decision;
  reason: string;
  decidedAt: string;
  decidedBy: string | null;
}

export interface RankedPartner {
  organisationId: string;
  name: string;
  kind: string;
  isSme: boolean;
  match: MatchScore;
  decision: MatchDecisionView | null;
}

export interface ShortlistEntry extends MatchDecisionView {
  organisationId: string;
  name: string;
  kind: string;
  score: number;
  parts: ScorePart[];
}

export interface MatchingNeed {
  needId: string;
  title: string;
  ownerOrganisationId: string;
  ownerName: string;
  careArea: string;
  status: NeedStatus;
  match: MatchScore;
}

export interface FundingMatch extends FundingProgramme {
  fit: FundingFit;
}

export interface NeedFunding {
  context: FundingContext;
  items: FundingMatch[];
}

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

/** GET /api/calls/:id: managers get the offer count, a signed-in member of another organisation their own offer id. */
export interface OpenCallDetail extends OpenCall {
  offerCount?: number;
  canManage?: boolean;
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
