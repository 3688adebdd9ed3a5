import { roundScore } from "../questionnaire/index.js";
import type { AssessmentProfile, DimensionScore } from "./scoring.js";

export interface Disagreement {
  dimension: string;
  /** Highest minus lowest group score, in points; null with fewer than two scored groups. */
  spread: number | null;
  highest: { group: string; score: number } | null;
  lowest: { group: string; score: number } | null;
}

/** Where the groups disagree: the range between the highest and the lowest group score. */
export function measureDisagreement(dimension: DimensionScore): Disagreement {
  const scored = Object.entries(dimension.groups)
    .filter((entry): entry is [string, DimensionScore["groups"][string] & { score: number }] => entry[1].score !== null)
    .map(([group, cell]) => ({ group, score: cell.score }))
    .sort((a, b) => b.score - a.score);
  if (scored.length < 2) {
    return { dimension: dimension.dimension, spread: null, highest: scored[0] ?? null, lowest: scored[0] ?? null };
  }
  const highest = scored[0];
  const lowest = scored[scored.length - 1];
  return { dimension: dimension.dimension, spread: roundScore(highest.score - lowest.score), highest, lowest };
}

/** Dimensions by disagreement, largest first; those without a spread last, in definition order. */
export function rankDisagreement(profile: AssessmentProfile): Disagreement[] {
  const measured = profile.dimensions.map(measureDisagreement);
  return [...measured].sort((a, b) => (b.spread ?? -1) - (a.spread ?? -1));
}

export const GAP_THRESHOLDS = {
  /** An overall score below this is low. */
  lowScore: 50,
  /** A spread between groups of at least this many points is a disagreement. */
  highSpread: 25,
} as const;

export type GapReason = "low_score" | "disagreement";

export interface Gap {
  dimension: string;
  score: number;
  spread: number | null;
  reasons: GapReason[];
  /** (100 − score) + spread: a lower score and a larger disagreement both rank a gap higher. */
  severity: number;
  rank: number;
}

/**
 * The gaps: dimensions with a low overall score and/or a high disagreement between groups,
 * most severe first. A dimension without any score is not a gap (there is no evidence).
 */
export function findGaps(
  profile: AssessmentProfile,
  thresholds: { lowScore: number; highSpread: number } = GAP_THRESHOLDS,
): Gap[] {
  const gaps: Omit<Gap, "rank">[] = [];
  for (const dimension of profile.dimensions) {
    if (dimension.overall === null) {
      continue;
    }
    const { spread } = measureDisagreement(dimension);
    const reasons: GapReason[] = [];
    if (dimension.overall < thresholds.lowScore) {
      reasons.push("low_score");
    }
    if (spread !== null && spread >= thresholds.highSpread) {
      reasons.push("disagreement");
    }
    if (reasons.length > 0) {
      gaps.push({
        dimension: dimension.dimension,
        score: dimension.overall,
        spread,
        reasons,
        severity: roundScore(100 - dimension.overall + (spread ?? 0)) ?? 0,
      });
    }
  }
  return gaps.sort((a, b) => b.severity - a.severity).map((gap, index) => ({ ...gap, rank: index + 1 }));
}
