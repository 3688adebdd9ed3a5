import { describe, expect, it } from "vitest";
import { ndcgAt, precisionAt, recallAt, reciprocalRank, summarise } from "./matching-metrics.js";

const relevant = new Set(["a", "c"]);

describe("ranking metrics", () => {
  it.each([
    ["precision@5", () => precisionAt(["a", "b", "c", "d", "e"], relevant, 5), 0.4],
    ["precision@5 of a short list", () => precisionAt(["a"], relevant, 5), 0.2],
    ["recall@10", () => recallAt(["x", "a"], relevant, 10), 0.5],
    ["recall with nothing relevant", () => recallAt(["a"], new Set(), 10), 0],
    ["reciprocal rank", () => reciprocalRank(["x", "y", "c"], relevant), 1 / 3],
    ["reciprocal rank, none found", () => reciprocalRank(["x"], relevant), 0],
    ["nDCG, ideal order", () => ndcgAt(["a", "c", "x"], relevant, 10), 1],
    ["nDCG, none found", () => ndcgAt(["x"], relevant, 10), 0],
    ["nDCG, one of two second", () => ndcgAt(["x", "a"], relevant, 10), 1 / Math.log2(3) / (1 + 1 / Math.log2(3))],
  ])("%s", (_label, compute, expected) => {
    expect(compute()).toBeCloseTo(expected, 10);
  });

  it("averages over the cases that name a right partner only", () => {
    const figures = summarise([
      { ranked: ["a"], relevant: new Set(["a"]) },
      { ranked: ["a"], relevant: new Set() },
    ]);
    expect(figures).toEqual({ cases: 1, precisionAt5: 0.2, recallAt10: 1, mrr: 1, ndcgAt10: 1 });
  });
});
