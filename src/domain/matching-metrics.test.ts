import { describe, expect, it } from "vitest";
import {
  expectedHits,
  expectedReciprocalRank,
  groupTies,
  ndcgAt,
  precisionAt,
  recallAt,
  reciprocalRank,
  summarise,
  summariseTied,
} from "./matching-metrics.js";

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

describe("metrics over tied names", () => {
  it.each([
    ["no ties", [["a"], ["b"], ["c"]], [1, 0, 1]],
    ["one of two tied", [["x", "a"], ["y"]], [0.5, 0.5, 0]],
    ["both right in a tie", [["a", "c"]], [1, 1]],
    ["one right of four", [["b"], ["a", "x", "y", "z"]], [0, 0.25, 0.25, 0.25, 0.25]],
  ])("expected hits: %s", (_label, groups, hits) => {
    expect(expectedHits(groups, relevant)).toEqual(hits);
  });

  it.each([
    ["first alone", [["a"], ["x"]], 1],
    ["second alone", [["x"], ["c"]], 1 / 2],
    ["one of two tied first", [["x", "a"]], (1 + 1 / 2) / 2],
    ["one of three tied after one", [["x"], ["y", "a", "z"]], (1 / 2 + 1 / 3 + 1 / 4) / 3],
    // Two right of three: first right at 1 with chance 2/3, at 2 with 1/3.
    ["two of three tied", [["a", "x", "c"]], 2 / 3 + 1 / 3 / 2],
    ["both right tied", [["a", "c"]], 1],
    ["none", [["x", "y"]], 0],
  ])("expected reciprocal rank: %s", (_label, groups, expected) => {
    expect(expectedReciprocalRank(groups, relevant)).toBeCloseTo(expected, 10);
  });

  it("equals the plain figures when nothing is tied", () => {
    const ranked = ["x", "a", "y", "z", "w", "v", "u", "t", "s", "r", "c"];
    const plain = summarise([{ ranked, relevant }]);
    const tied = summariseTied([{ groups: ranked.map((name) => [name]), relevant }]);
    for (const key of ["precisionAt5", "recallAt10", "mrr", "ndcgAt10"] as const) {
      expect(tied[key]).toBeCloseTo(plain[key], 10);
    }
    expect(tied.cases).toBe(1);
  });

  it("averages the two orders of a tie at the top", () => {
    const figures = summariseTied([
      { groups: [["a", "x"]], relevant: new Set(["a"]) },
      { groups: [["a"]], relevant: new Set() },
    ]);
    const ndcg = (1 + 1 / Math.log2(3)) / 2;
    expect(figures.cases).toBe(1);
    expect(figures.precisionAt5).toBeCloseTo(0.2, 10);
    expect(figures.recallAt10).toBeCloseTo(1, 10);
    expect(figures.mrr).toBeCloseTo(0.75, 10);
    expect(figures.ndcgAt10).toBeCloseTo(ndcg, 10);
  });

  it("reads the top 5 and top 10 only", () => {
    const groups = [["x1", "x2", "x3", "x4", "x5"], ["a"], ["x6", "x7", "x8", "x9"], ["c"]];
    const figures = summariseTied([{ groups, relevant }]);
    expect(figures.precisionAt5).toBe(0);
    expect(figures.recallAt10).toBeCloseTo(0.5, 10);
    // «a» is 6th: the discount of position 6; «c» is 11th, outside the top 10.
    expect(figures.ndcgAt10).toBeCloseTo(1 / Math.log2(7) / (1 + 1 / Math.log2(3)), 10);
  });

  it("has no figures without a case that names a right partner", () => {
    expect(summariseTied([{ groups: [["a"]], relevant: new Set() }])).toEqual({
      cases: 0,
      precisionAt5: 0,
      recallAt10: 0,
      mrr: 0,
      ndcgAt10: 0,
    });
  });

  it("groups neighbours with the same key only", () => {
    const items = [
      { n: "a", k: "1" },
      { n: "b", k: "1" },
      { n: "c", k: "2" },
      { n: "d", k: "1" },
    ];
    expect(
      groupTies(
        items,
        (item) => item.n,
        (item) => item.k,
      ),
    ).toEqual([["a", "b"], ["c"], ["d"]]);
    expect(groupTies([], String, String)).toEqual([]);
  });
});
