import { describe, expect, it } from "vitest";
import {
  countBy,
  cumulativeSeries,
  mergeDays,
  milestoneStatus,
  monthEnds,
  progressShare,
  tallyDays,
  totalOf,
} from "./progress.js";

const raw = ["2026-02-10", "2026-03-31T10:00:00.000Z", "2026-05-01", "2026-09-15"];
const dates = tallyDays(raw);

describe("milestoneStatus", () => {
  it.each<[string, { on: string; target: number }, string, string, number]>([
    ["met by its date", { on: "2026-03-31", target: 2 }, "2026-12-07", "met", 2],
    ["missed: past, short", { on: "2026-03-31", target: 3 }, "2026-12-07", "missed", 2],
    ["upcoming: ahead, short", { on: "2027-06-30", target: 5 }, "2026-12-07", "upcoming", 4],
    ["met early: ahead, reached", { on: "2027-06-30", target: 4 }, "2026-12-07", "met", 4],
    ["on its very day, short: still upcoming", { on: "2026-12-07", target: 5 }, "2026-12-07", "upcoming", 4],
    ["a target of zero is met", { on: "2026-01-01", target: 0 }, "2026-12-07", "met", 0],
    ["evidence after the date does not count", { on: "2026-05-01", target: 4 }, "2026-12-07", "missed", 3],
  ])("%s", (_, milestone, today, status, actual) => {
    expect(milestoneStatus(milestone, dates, today)).toEqual({ ...milestone, status, actual });
  });

  it("counts an upcoming milestone's progress up to today, not beyond", () => {
    expect(
      milestoneStatus({ on: "2027-01-01", target: 9 }, tallyDays([...raw, "2026-12-20"]), "2026-12-07").actual,
    ).toBe(4);
  });
});

describe("countBy", () => {
  it.each([
    ["2026-02-09", 0],
    ["2026-02-10", 1],
    ["2026-03-31", 2],
    ["2030-01-01", 4],
  ])("by %s → %i", (day, count) => {
    expect(countBy(dates, day)).toBe(count);
  });
});

describe("tallyDays, mergeDays and totalOf", () => {
  it("groups dates by day, earliest first, a timestamp on its date", () => {
    expect(tallyDays(["2026-05-01", "2026-02-10T23:59:00Z", "2026-05-01T08:00:00Z", "2026-02-10"])).toEqual([
      { at: "2026-02-10", count: 2 },
      { at: "2026-05-01", count: 2 },
    ]);
    expect(tallyDays([])).toEqual([]);
  });

  it.each<[string, { at: string; count: number }[], { at: string; count: number }[]]>([
    [
      "keeps distinct days in order",
      [
        { at: "2026-03-01", count: 2 },
        { at: "2026-01-01", count: 1 },
      ],
      [
        { at: "2026-01-01", count: 1 },
        { at: "2026-03-01", count: 2 },
      ],
    ],
    [
      "adds counts of one day",
      [
        { at: "2026-01-01", count: 2 },
        { at: "2026-01-01T12:00:00Z", count: 3 },
      ],
      [{ at: "2026-01-01", count: 5 }],
    ],
    ["keeps a day with no count", [{ at: "2026-01-01", count: 0 }], [{ at: "2026-01-01", count: 0 }]],
  ])("mergeDays %s", (_, days, merged) => {
    expect(mergeDays(days)).toEqual(merged);
  });

  it.each<[{ at: string; count: number }[], number]>([
    [[], 0],
    [[{ at: "2026-01-01", count: 4 }], 4],
    [
      [
        { at: "2026-01-01", count: 4 },
        { at: "2026-02-01", count: 3 },
      ],
      7,
    ],
  ])("totalOf %j → %i", (days, total) => {
    expect(totalOf(days)).toBe(total);
  });

  it("counts a day's several rows by the day, in the series as in the milestone", () => {
    const days = [
      { at: "2026-02-01", count: 3 },
      { at: "2026-01-15", count: 2 },
    ];
    expect(countBy(days, "2026-01-31")).toBe(2);
    expect(cumulativeSeries(days, { from: "2026-01-01", to: "2026-02-28" }, "2026-12-07")).toEqual([
      { on: "2026-01-31", actual: 2 },
      { on: "2026-02-28", actual: 5 },
    ]);
  });
});

describe("progressShare", () => {
  it.each([
    [0, 5, 0],
    [4, 5, 0.8],
    [6, 5, 1.2],
    [3, 0, null],
  ])("%i of %i → %s", (actual, target, share) => {
    expect(progressShare(actual, target)).toBe(share);
  });
});

describe("monthEnds and cumulativeSeries", () => {
  it("lists month ends and ends on the last day given", () => {
    expect(monthEnds("2026-01-01", "2026-04-15")).toEqual(["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-15"]);
    expect(monthEnds("2026-11-10", "2027-01-31")).toEqual(["2026-11-30", "2026-12-31", "2027-01-31"]);
    expect(monthEnds("2026-01-01", "2026-01-01")).toEqual(["2026-01-01"]);
  });

  it("climbs with the evidence up to today", () => {
    expect(cumulativeSeries(dates, { from: "2026-01-01", to: "2028-12-31" }, "2026-06-10")).toEqual([
      { on: "2026-01-31", actual: 0 },
      { on: "2026-02-28", actual: 1 },
      { on: "2026-03-31", actual: 2 },
      { on: "2026-04-30", actual: 2 },
      { on: "2026-05-31", actual: 3 },
      { on: "2026-06-10", actual: 3 },
    ]);
  });

  it("stops at the period's end and is empty before it starts", () => {
    const series = cumulativeSeries(dates, { from: "2026-01-01", to: "2026-03-15" }, "2026-12-07");
    expect(series.at(-1)).toEqual({ on: "2026-03-15", actual: 1 });
    expect(cumulativeSeries(dates, { from: "2027-01-01", to: "2027-12-31" }, "2026-12-07")).toEqual([]);
  });
});
