import { describe, expect, it } from "vitest";
import { computeFunnel, countOrigins, countStoppedByPhase, effectiveDates, median, type StageDates } from "./funnel.js";

const need = (dates: Partial<StageDates>): StageDates => ({
  need: "2026-01-01",
  matched: null,
  in_process: null,
  tested: null,
  implemented: null,
  spread: null,
  ...dates,
});

describe("median", () => {
  it.each<[number[], number | null]>([
    [[], null],
    [[7], 7],
    [[9, 1, 5], 5],
    [[10, 2, 4, 8], 6],
  ])("%j → %s", (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe("effectiveDates", () => {
  it("fills a skipped stage with the next reached stage's date", () => {
    expect(effectiveDates(need({ in_process: "2026-02-01" }))).toEqual([
      "2026-01-01",
      "2026-02-01",
      "2026-02-01",
      null,
      null,
      null,
    ]);
  });
});

describe("computeFunnel", () => {
  const items = [
    need({}),
    need({ matched: "2026-01-11" }),
    need({ matched: "2026-01-21", in_process: "2026-02-20" }),
    need({ in_process: "2026-01-31", tested: "2026-05-01", implemented: "2026-06-01" }),
  ];
  const funnel = computeFunnel(items);

  it.each<[string, number, number | null, number | null]>([
    ["need", 4, null, 20],
    ["matched", 3, 0.75, 15],
    ["in_process", 2, 2 / 3, 90],
    ["tested", 1, 0.5, 31],
    ["implemented", 1, 1, null],
    ["spread", 0, 0, null],
  ])("%s: count %i, conversion %s, median days %s", (stage, count, conversion, medianDays) => {
    expect(funnel.find((figure) => figure.stage === stage)).toEqual({ stage, count, conversion, medianDays });
  });

  it("has no conversion after an empty stage", () => {
    expect(computeFunnel([need({})]).map((figure) => figure.conversion)).toEqual([null, 0, null, null, null, null]);
    expect(computeFunnel([]).every((figure) => figure.count === 0 && figure.medianDays === null)).toBe(true);
  });
});

describe("countOrigins and countStoppedByPhase", () => {
  it("counts each origin", () => {
    expect(countOrigins(["seminar", "other", "assessment", "seminar"])).toEqual({
      seminar: 2,
      assessment: 1,
      other: 1,
    });
    expect(countOrigins([])).toEqual({ seminar: 0, assessment: 0, other: 0 });
  });

  it("counts stopped processes by the phase they stopped in", () => {
    expect(countStoppedByPhase([{ phase: "evaluation" }, { phase: "test" }, { phase: "evaluation" }])).toEqual({
      evaluation: 2,
      test: 1,
    });
  });
});
