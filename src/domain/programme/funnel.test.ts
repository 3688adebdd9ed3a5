import { describe, expect, it } from "vitest";
import {
  computeFunnel,
  countOrigins,
  countStoppedByPhase,
  effectiveDates,
  funnelFigures,
  median,
  needOrigin,
  processOrigin,
  sumOrigins,
  type StageDates,
} from "./funnel.js";

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

describe("funnelFigures (from SQL aggregates)", () => {
  it.each<[string, { count: number; medianDays: number | null }[], [number, number | null, number | null][]]>([
    [
      "conversion from the stage before, no median after the last stage",
      [
        { count: 10, medianDays: 3 },
        { count: 5, medianDays: 7.5 },
        { count: 5, medianDays: null },
        { count: 0, medianDays: null },
        { count: 0, medianDays: null },
        { count: 0, medianDays: 9 },
      ],
      [
        [10, null, 3],
        [5, 0.5, 7.5],
        [5, 1, null],
        [0, 0, null],
        [0, null, null],
        [0, null, null],
      ],
    ],
    [
      "missing stages count as none",
      [{ count: 2, medianDays: 1 }],
      [
        [2, null, 1],
        [0, 0, null],
        [0, null, null],
        [0, null, null],
        [0, null, null],
        [0, null, null],
      ],
    ],
  ])("%s", (_, totals, expected) => {
    const figures = funnelFigures(totals);
    expect(figures.map((figure) => figure.stage)).toEqual([
      "need",
      "matched",
      "in_process",
      "tested",
      "implemented",
      "spread",
    ]);
    expect(figures.map((figure) => [figure.count, figure.conversion, figure.medianDays])).toEqual(expected);
  });
});

describe("origins", () => {
  it.each([
    ["seminar", "seminar"],
    ["assessment", "assessment"],
    ["manual", "other"],
    ["", "other"],
  ])("a need from %j comes from %s", (source, origin) => {
    expect(needOrigin(source)).toBe(origin);
  });

  it.each<[boolean, boolean, string]>([
    [true, true, "seminar"],
    [true, false, "seminar"],
    [false, true, "assessment"],
    [false, false, "other"],
  ])("a process with a seminar need %s, an assessment need %s comes from %s", (seminar, assessment, origin) => {
    expect(processOrigin({ seminar, assessment })).toBe(origin);
  });

  it("adds grouped counts per origin", () => {
    expect(
      sumOrigins([
        { origin: "other", count: 3 },
        { origin: "seminar", count: 2 },
        { origin: "other", count: 4 },
      ]),
    ).toEqual({ seminar: 2, assessment: 0, other: 7 });
    expect(sumOrigins([])).toEqual({ seminar: 0, assessment: 0, other: 0 });
  });
});
