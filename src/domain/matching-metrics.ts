/**
 * Ranking metrics for the matching bench (bench/matching-quality.ts), with binary relevance: a
 * ranked list of names and the set of names that are right for the case. Pure, so the bench's
 * arithmetic is unit-tested.
 */

export function precisionAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  return ranked.slice(0, k).filter((name) => relevant.has(name)).length / k;
}

/** Share of the right partners found in the top k; 0 when the case names none. */
export function recallAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (relevant.size === 0) {
    return 0;
  }
  return ranked.slice(0, k).filter((name) => relevant.has(name)).length / relevant.size;
}

/** 1 / the rank of the first right partner; 0 when none is listed. */
export function reciprocalRank(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  const index = ranked.findIndex((name) => relevant.has(name));
  return index === -1 ? 0 : 1 / (index + 1);
}

/** Normalised discounted cumulative gain: 1 when all right partners come first. */
export function ndcgAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  const gain = (hits: boolean[]) => hits.reduce((sum, hit, index) => sum + (hit ? 1 / Math.log2(index + 2) : 0), 0);
  const ideal = gain(Array.from({ length: Math.min(k, relevant.size) }, () => true));
  return ideal === 0 ? 0 : gain(ranked.slice(0, k).map((name) => relevant.has(name))) / ideal;
}

export interface RankingFigures {
  cases: number;
  precisionAt5: number;
  recallAt10: number;
  mrr: number;
  ndcgAt10: number;
}

/** The mean of each metric over the cases that name at least one right partner. */
export function summarise(lists: { ranked: readonly string[]; relevant: ReadonlySet<string> }[]): RankingFigures {
  const scored = lists.filter((list) => list.relevant.size > 0);
  const mean = (metric: (list: (typeof scored)[number]) => number) =>
    scored.length === 0 ? 0 : scored.reduce((sum, list) => sum + metric(list), 0) / scored.length;
  return {
    cases: scored.length,
    precisionAt5: mean((list) => precisionAt(list.ranked, list.relevant, 5)),
    recallAt10: mean((list) => recallAt(list.ranked, list.relevant, 10)),
    mrr: mean((list) => reciprocalRank(list.ranked, list.relevant)),
    ndcgAt10: mean((list) => ndcgAt(list.ranked, list.relevant, 10)),
  };
}
