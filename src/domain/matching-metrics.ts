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

/**
 * Tied names: a ranking as groups of names with the same score, in order. The ranking itself breaks a tie by
 * organisation id — a random UUID drawn when the data is seeded — so one seed's order is luck, and a figure
 * read from it moves between two runs of the same code. The tied metrics are the expectation over every
 * order of each group instead: stable, and a tie is neither a hit nor a miss in full.
 */
export type TiedRanking = readonly (readonly string[])[];

/** Per position, the chance a right name stands there when each group may come in any order. */
export function expectedHits(groups: TiedRanking, relevant: ReadonlySet<string>): number[] {
  return groups.flatMap((group) => {
    const share = group.filter((name) => relevant.has(name)).length / group.length;
    return group.map(() => share);
  });
}

const sumTo = (hits: number[], k: number) => hits.slice(0, k).reduce((sum, hit) => sum + hit, 0);

/** Binomial coefficient, small arguments (tie groups of a catalogue). */
function choose(n: number, r: number): number {
  let result = 1;
  for (let index = 1; index <= r; index += 1) {
    result = (result * (n - r + index)) / index;
  }
  return result;
}

/**
 * The expected 1 / rank of the first right name: in the first group holding any, with r right of g names
 * from position p, the first right one is at p + j with chance C(g − 1 − j, r − 1) / C(g, r).
 */
export function expectedReciprocalRank(groups: TiedRanking, relevant: ReadonlySet<string>): number {
  let position = 1;
  for (const group of groups) {
    const right = group.filter((name) => relevant.has(name)).length;
    if (right > 0) {
      let expected = 0;
      for (let offset = 0; offset <= group.length - right; offset += 1) {
        expected += choose(group.length - 1 - offset, right - 1) / choose(group.length, right) / (position + offset);
      }
      return expected;
    }
    position += group.length;
  }
  return 0;
}

/** summarise's figures, as the expectation over the orders of tied names. */
export function summariseTied(lists: { groups: TiedRanking; relevant: ReadonlySet<string> }[]): RankingFigures {
  const scored = lists.filter((list) => list.relevant.size > 0);
  const mean = (metric: (list: (typeof scored)[number]) => number) =>
    scored.length === 0 ? 0 : scored.reduce((sum, list) => sum + metric(list), 0) / scored.length;
  const ndcg = (list: (typeof scored)[number]) => {
    const discount = (index: number) => 1 / Math.log2(index + 2);
    const hits = expectedHits(list.groups, list.relevant).slice(0, 10);
    const ideal = Array.from({ length: Math.min(10, list.relevant.size) }, (_, index) => discount(index));
    return hits.reduce((sum, hit, index) => sum + hit * discount(index), 0) / ideal.reduce((a, b) => a + b, 0);
  };
  return {
    cases: scored.length,
    precisionAt5: mean((list) => sumTo(expectedHits(list.groups, list.relevant), 5) / 5),
    recallAt10: mean((list) => sumTo(expectedHits(list.groups, list.relevant), 10) / list.relevant.size),
    mrr: mean((list) => expectedReciprocalRank(list.groups, list.relevant)),
    ndcgAt10: mean(ndcg),
  };
}

/** Groups names whose tie key (their score before the id tie-break) is the same, keeping the order. */
export function groupTies<T>(items: readonly T[], name: (item: T) => string, key: (item: T) => string): string[][] {
  const groups: string[][] = [];
  let last: string | undefined;
  for (const item of items) {
    const current = key(item);
    const group = groups.at(-1);
    if (group && current === last) {
      group.push(name(item));
    } else {
      groups.push([name(item)]);
    }
    last = current;
  }
  return groups;
}
