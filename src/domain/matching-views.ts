import type { MatchScore, NetworkReason, ScorePart } from "./matching.js";
import type { NeedStatus } from "./needs.js";

/** The API's answers about matching (src/server/modules/matching), shared with the browser. */
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

/** GET /api/needs/:id/partners. */
export interface PartnerRanking {
  /** Companies and knowledge institutions together. */
  items: RankedPartner[];
  /** Knowledge institutions ranked on their own, so the right kind is seen even where companies score higher. */
  knowledgeInstitutions: RankedPartner[];
  /** Clusters and innovation facilitators on their own; only for a need that asks for a network, else empty. */
  clusters: RankedPartner[];
  /** Why the need asks for a network (co-owners, or a network process holds it); null when it does not. */
  network: NetworkReason | null;
  /** «too_little_text»: no word of the need's text is one a partner could share; text gave no points. */
  notice: "too_little_text" | null;
}

export interface ShortlistEntry extends MatchDecisionView {
  organisationId: string;
  name: string;
  kind: string;
  score: number;
  parts: ScorePart[];
}

/** POST /api/needs/:id/shortlist: the decision as recorded, with the score at that moment. */
export interface MatchDecisionResult {
  organisationId: string;
  decision: Decision;
  reason: string;
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
