import type { CareArea } from "./care-areas.js";

/** How much each kind of evidence counts; a programme setting (programmes.matching_weights). */
export interface MatchingWeights {
  competence: number;
  text: number;
  careArea: number;
  region: number;
  sme: number;
  collaboration: number;
}

export const DEFAULT_MATCHING_WEIGHTS: MatchingWeights = {
  competence: 35,
  text: 25,
  careArea: 15,
  region: 10,
  sme: 5,
  // A small bonus: having worked together says the partners can, not that this partner fits this need.
  collaboration: 5,
};

/** The weighted parts, and «network»: why a cluster is proposed at all (no points, it is not a weight). */
export type ScorePartKey = keyof MatchingWeights | "network";

/**
 * Why a need asks for a network, so a cluster or innovation facilitator is worth proposing: it has
 * co-owners (a joint need of several organisations), or an active network process holds it.
 */
export const NETWORK_REASONS = ["co_owners", "network_process"] as const;
export type NetworkReason = (typeof NETWORK_REASONS)[number];

/** Clusters and innovation facilitators: ranked, on their own, only for a need that asks for a network. */
export const NETWORK_KINDS: readonly string[] = ["cluster"];

/** The kinds worth proposing for a need: clusters and facilitators only where it asks for a network. */
export function proposableKinds(network: NetworkReason | null): string[] {
  return network === null ? ["company", "knowledge_institution"] : ["company", "knowledge_institution", "cluster"];
}

/** A shared word as written in the need and in the partner's own text, for a person to check. */
export interface SharedWord {
  need: string;
  partner: string;
  /** The same word (or a compound part), a thesaurus relation, or a word only in an industry-code title. */
  via: "same" | "related" | "codeTitle";
}

/** One readable reason: points earned out of the most it could give, and what earned them. */
export interface ScorePart {
  key: ScorePartKey;
  points: number;
  max: number;
  detail: string[];
  /** The text part only, on the ranked lists: `detail`'s words as written in both texts. */
  words?: SharedWord[];
  /**
   * A setting part (care area, region, SME, collaboration) that counts less than in full because the partner
   * shares only part of the need's subject: the share of its points it counts at (contextFactor).
   */
  factor?: number;
}

export interface MatchScore {
  /** 0–100: the points earned as a share of the points the need makes possible. */
  score: number;
  parts: ScorePart[];
  /** The score before rounding and the text evidence weight: rankCandidates breaks ties on them. */
  exact: number;
  textMass: number;
}

export interface NeedProfile {
  careArea: string;
  regionCode: string | null;
  /** How many competences the need asks for. */
  wantedCompetences: number;
  /** How many of the need's words (or related words) some partner could share; 0: no text part. */
  termCount: number;
}

/** The text part's evidence (domain/matching-text.ts matchText). */
export interface TextEvidence {
  /** 0–1 of the text points. */
  share: number;
  mass: number;
  detail: string[];
}

export const NO_TEXT: TextEvidence = { share: 0, mass: 0, detail: [] };

export interface CandidateEvidence {
  kind: string;
  sharedCompetenceNames: string[];
  text: TextEvidence;
  careAreas: string[];
  regionCode: string | null;
  /** Serves every region (hasNationalReach): the region part is left out, neither helping nor hurting. */
  nationalReach: boolean;
  isSme: boolean;
  /** Earlier innovation processes together (not shortlists). */
  collaborations: number;
  /** A cluster's reason to be proposed: why the need asks for a network (null: it does not). */
  network?: NetworkReason | null;
}

/**
 * Knowledge institutions — GTS institutes, universities, university colleges, national knowledge
 * centres — serve the whole country: their address says nothing about whom they can work with.
 * So do the national clusters and innovation facilitators (the national cluster strategy of 2021).
 */
export const NATIONAL_REACH_KINDS: readonly string[] = ["knowledge_institution", "cluster"];

export function hasNationalReach(kind: string): boolean {
  return NATIONAL_REACH_KINDS.includes(kind);
}

/** Care areas close enough that experience in one counts half in the other. */
const RELATED_CARE_AREAS: readonly (readonly CareArea[])[] = [
  ["elder_care", "home_care", "nursing_home", "dementia", "rehabilitation"],
  ["hospital", "health_care", "prevention"],
  ["disability", "psychiatry", "rehabilitation"],
];

/**
 * Care area, region, size and earlier collaboration say whether a partner suits the need's setting, not
 * whether it can do what the need asks: they count in full only as far as the partner shares the need's
 * subject (its words or its wanted competences), and at this share when it shares none of it. Otherwise
 * a company of the same care area and region that says nothing of the subject outranks one that does.
 */
export const CONTEXT_WITHOUT_SUBJECT = 0.5;

/**
 * How far a partner shares the need's subject, 0–1: the better of the text and competence shares, of the
 * parts that apply. 1 when neither applies (no text to match on and no competence wanted): then there is
 * no subject to weigh the setting by.
 */
export function subjectShare(textShare: number | null, competenceShare: number | null): number {
  if (textShare === null && competenceShare === null) {
    return 1;
  }
  return Math.max(textShare ?? 0, competenceShare ?? 0);
}

/** The share of their points the setting parts count at: `floor` at no subject, 1 at all of it. */
export function contextFactor(subject: number, floor = CONTEXT_WITHOUT_SUBJECT): number {
  return floor + (1 - floor) * Math.max(0, Math.min(1, subject));
}

/** Shared stems needed for full text points. */
export const TERMS_FOR_FULL_TEXT_SCORE = 4;

/** The care area itself and those related to it: where a partner's experience counts. */
export function relatedCareAreas(area: string): string[] {
  const related = RELATED_CARE_AREAS.filter((group) => group.includes(area as CareArea)).flat();
  return [...new Set([area, ...related])];
}

function areRelated(a: string, b: string): boolean {
  return RELATED_CARE_AREAS.some((group) => group.includes(a as CareArea) && group.includes(b as CareArea));
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * What one need makes each part of the score worth. scoreCandidate scores from it, and candidate
 * retrieval ranks by the same numbers in SQL, so both always agree on who comes first.
 * A part that cannot apply has 0 in `wanted`/`needed`/`code` and counts in neither points nor maximum.
 */
export interface ScoringPlan {
  competence: { points: number; wanted: number };
  /** Full text points for sharing `needed` informative word stems. */
  text: { points: number; needed: number };
  careArea: { area: string; same: number; related: number; relatedAreas: string[] };
  region: { points: number; code: string | null };
  /** For companies only. */
  sme: number;
  collaboration: number;
  /** The setting parts' share of their points when no subject is shared (CONTEXT_WITHOUT_SUBJECT). */
  contextWithoutSubject: number;
  /**
   * The most points a company can earn (with the SME part), a partner with national reach (without
   * the region part), and anyone else.
   */
  maxPoints: { company: number; national: number; other: number };
}

export function planScoring(need: NeedProfile, weights: MatchingWeights): ScoringPlan {
  const competence = { points: weights.competence, wanted: need.wantedCompetences };
  const text = { points: weights.text, needed: Math.min(TERMS_FOR_FULL_TEXT_SCORE, need.termCount) };
  const region = { points: weights.region, code: need.regionCode };
  // Summed in the order of the parts, as scoreCandidate sums them, so the totals agree to the last bit.
  const before =
    (competence.wanted > 0 ? competence.points : 0) +
    (text.needed > 0 ? text.points : 0) +
    weights.careArea +
    (region.code ? region.points : 0);
  return {
    competence,
    text,
    careArea: {
      area: need.careArea,
      same: weights.careArea,
      related: weights.careArea / 2,
      relatedAreas: relatedCareAreas(need.careArea),
    },
    region,
    sme: weights.sme,
    collaboration: weights.collaboration,
    contextWithoutSubject: CONTEXT_WITHOUT_SUBJECT,
    maxPoints: {
      company: before + weights.sme + weights.collaboration,
      national: before - (region.code ? region.points : 0) + weights.collaboration,
      other: before + weights.collaboration,
    },
  };
}

/**
 * Scores one partner for one need. Pure: the SQL retrieval supplies the evidence, this decides
 * what it is worth, and every point can be traced to a part a person can read.
 * Parts that cannot apply (no competences wanted, no region known, SME for a non-company) are
 * left out of both the points and the maximum, so they neither help nor hurt.
 */
export function scoreCandidate(need: NeedProfile, candidate: CandidateEvidence, weights: MatchingWeights): MatchScore {
  const plan = planScoring(need, weights);
  const parts: ScorePart[] = [];

  const competenceShare =
    plan.competence.wanted > 0 ? Math.min(1, candidate.sharedCompetenceNames.length / plan.competence.wanted) : null;
  if (competenceShare !== null) {
    parts.push({
      key: "competence",
      points: plan.competence.points * competenceShare,
      max: plan.competence.points,
      detail: candidate.sharedCompetenceNames,
    });
  }

  const textShare = plan.text.needed > 0 ? Math.max(0, Math.min(1, candidate.text.share)) : null;
  if (textShare !== null) {
    parts.push({
      key: "text",
      points: plan.text.points * textShare,
      max: plan.text.points,
      detail: candidate.text.detail,
    });
  }

  // The setting counts as far as the subject is shared (CONTEXT_WITHOUT_SUBJECT).
  const factor = contextFactor(subjectShare(textShare, competenceShare), plan.contextWithoutSubject);
  const setting = (part: ScorePart): ScorePart =>
    factor < 1 && part.points > 0 ? { ...part, points: part.points * factor, factor } : part;

  const sameArea = candidate.careAreas.includes(need.careArea);
  const relatedArea = candidate.careAreas.find((area) => area !== need.careArea && areRelated(area, need.careArea));
  parts.push(
    setting({
      key: "careArea",
      points: sameArea ? plan.careArea.same : relatedArea ? plan.careArea.related : 0,
      max: plan.careArea.same,
      detail: sameArea ? [need.careArea] : relatedArea ? [relatedArea] : [],
    }),
  );

  if (plan.region.code && candidate.nationalReach) {
    // Serves every region: where it sits neither helps nor hurts.
    parts.push({ key: "region", points: 0, max: 0, detail: ["national"] });
  } else if (plan.region.code) {
    const same = candidate.regionCode === plan.region.code;
    parts.push(
      setting({
        key: "region",
        points: same ? plan.region.points : 0,
        max: plan.region.points,
        detail: same ? [plan.region.code] : [],
      }),
    );
  }

  if (candidate.kind === "company") {
    parts.push(setting({ key: "sme", points: candidate.isSme ? plan.sme : 0, max: plan.sme, detail: [] }));
  }

  parts.push(
    setting({
      key: "collaboration",
      points: candidate.collaborations > 0 ? plan.collaboration : 0,
      max: plan.collaboration,
      detail: candidate.collaborations > 0 ? [String(candidate.collaborations)] : [],
    }),
  );

  if (NETWORK_KINDS.includes(candidate.kind)) {
    // The reason a cluster is on the list at all; it adds no points, so it cannot outrank on kind alone.
    parts.push({ key: "network", points: 0, max: 0, detail: candidate.network ? [candidate.network] : [] });
  }

  const max = parts.reduce((sum, part) => sum + part.max, 0);
  const points = parts.reduce((sum, part) => sum + part.points, 0);
  const exact = max === 0 ? 0 : (points / max) * 100;
  return {
    score: round1(exact),
    parts: parts.map((part) => ({ ...part, points: round1(part.points) })),
    exact,
    textMass: candidate.text.mass,
  };
}

/**
 * The highest score a candidate can reach without sharing a wanted competence and without an
 * earlier collaboration. Once enough candidates with one score above it, the others cannot reach
 * the top and need not be looked at.
 */
export function bestScoreWithoutCompetence(need: NeedProfile, weights: MatchingWeights): number {
  const ideal: CandidateEvidence = {
    kind: "company",
    sharedCompetenceNames: [],
    text: { share: 1, mass: 0, detail: [] },
    careAreas: [need.careArea],
    regionCode: need.regionCode,
    nationalReach: false,
    isSme: true,
    collaborations: 0,
  };
  const institution = { ...ideal, kind: "knowledge_institution", isSme: false };
  return Math.max(
    scoreCandidate(need, ideal, weights).score,
    scoreCandidate(need, institution, weights).score,
    scoreCandidate(need, { ...institution, nationalReach: true }, weights).score,
  );
}

/**
 * Ranks scored candidates: highest shown score first; a tie on it is broken by the score before
 * rounding, then by the text evidence weight (more and rarer shared words first), and last by id —
 * arbitrary but stable, never by name, so no alphabet favours a partner.
 */
export function rankCandidates<T extends { id: string; match: MatchScore }>(candidates: T[], limit: number): T[] {
  return [...candidates]
    .sort(
      (a, b) =>
        b.match.score - a.match.score ||
        b.match.exact - a.match.exact ||
        b.match.textMass - a.match.textMass ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, limit);
}
