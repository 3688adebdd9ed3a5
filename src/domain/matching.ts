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
  collaboration: 10,
};

export type ScorePartKey = keyof MatchingWeights;

/** One readable reason: points earned out of the most it could give, and what earned them. */
export interface ScorePart {
  key: ScorePartKey;
  points: number;
  max: number;
  detail: string[];
}

export interface MatchScore {
  /** 0–100: the points earned as a share of the points the need makes possible. */
  score: number;
  parts: ScorePart[];
}

export interface NeedProfile {
  careArea: string;
  regionCode: string | null;
  /** How many competences the need asks for. */
  wantedCompetences: number;
  /** How many distinct word stems the need's text has. */
  termCount: number;
}

export interface CandidateEvidence {
  kind: string;
  sharedCompetenceNames: string[];
  sharedTerms: string[];
  careAreas: string[];
  regionCode: string | null;
  isSme: boolean;
  collaborations: number;
}

/** Care areas close enough that experience in one counts half in the other. */
const RELATED_CARE_AREAS: readonly (readonly CareArea[])[] = [
  ["elder_care", "home_care", "nursing_home", "dementia", "rehabilitation"],
  ["hospital", "health_care", "prevention"],
  ["disability", "psychiatry", "rehabilitation"],
];

/**
 * Danish stems so common in welfare texts that sharing them says nothing about fit
 * ("borger", "medarbejder", "kan", "tid"). They are left out of the text evidence.
 */
const GENERIC_TERMS = new Set([
  "borg", "medarbejd", "personal", "kan", "klar", "mer", "nye", "ny", "tid", "giv", "brug", "bruge", "løsning", "behov",
  "hjælp", "hjem", "eget", "egen", "gør", "får", "del", "god", "flere", "mang", "stor", "vil", "skal", "kommun",
  "arbejd", "dag", "år", "via", "bedr", "ogs", "and", "mindr", "samm", "ved", "uden", "led",
]);

export function isInformativeTerm(term: string): boolean {
  return term.length > 2 && !GENERIC_TERMS.has(term);
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
 * Scores one partner for one need. Pure: the SQL retrieval supplies the evidence, this decides
 * what it is worth, and every point can be traced to a part a person can read.
 * Parts that cannot apply (no competences wanted, no region known, SME for a non-company) are
 * left out of both the points and the maximum, so they neither help nor hurt.
 */
export function scoreCandidate(need: NeedProfile, candidate: CandidateEvidence, weights: MatchingWeights): MatchScore {
  const parts: ScorePart[] = [];

  if (need.wantedCompetences > 0) {
    const share = Math.min(1, candidate.sharedCompetenceNames.length / need.wantedCompetences);
    parts.push({ key: "competence", points: weights.competence * share, max: weights.competence, detail: candidate.sharedCompetenceNames });
  }

  if (need.termCount > 0) {
    const needed = Math.min(TERMS_FOR_FULL_TEXT_SCORE, need.termCount);
    const share = Math.min(1, candidate.sharedTerms.length / needed);
    parts.push({ key: "text", points: weights.text * share, max: weights.text, detail: candidate.sharedTerms.slice(0, 8) });
  }

  const sameArea = candidate.careAreas.includes(need.careArea);
  const relatedArea = candidate.careAreas.find((area) => area !== need.careArea && areRelated(area, need.careArea));
  parts.push({
    key: "careArea",
    points: sameArea ? weights.careArea : relatedArea ? weights.careArea / 2 : 0,
    max: weights.careArea,
    detail: sameArea ? [need.careArea] : relatedArea ? [relatedArea] : [],
  });

  if (need.regionCode) {
    const same = candidate.regionCode === need.regionCode;
    parts.push({ key: "region", points: same ? weights.region : 0, max: weights.region, detail: same ? [need.regionCode] : [] });
  }

  if (candidate.kind === "company") {
    parts.push({ key: "sme", points: candidate.isSme ? weights.sme : 0, max: weights.sme, detail: [] });
  }

  parts.push({
    key: "collaboration",
    points: candidate.collaborations > 0 ? weights.collaboration : 0,
    max: weights.collaboration,
    detail: candidate.collaborations > 0 ? [String(candidate.collaborations)] : [],
  });

  const max = parts.reduce((sum, part) => sum + part.max, 0);
  const points = parts.reduce((sum, part) => sum + part.points, 0);
  return {
    score: max === 0 ? 0 : round1((points / max) * 100),
    parts: parts.map((part) => ({ ...part, points: round1(part.points) })),
  };
}

/** Ranks scored candidates: highest score first, ties by name for a stable order. */
export function rankCandidates<T extends { name: string; match: MatchScore }>(candidates: T[], limit: number): T[] {
  return [...candidates].sort((a, b) => b.match.score - a.match.score || a.name.localeCompare(b.name, "da")).slice(0, limit);
}
