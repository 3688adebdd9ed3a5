import { describe, expect, it } from "vitest";
import { formatMilestones, parseMilestones } from "./settings-form-state.js";

describe("milestone lines", () => {
  it.each<[string, ReturnType<typeof parseMilestones>]>([
    [
      "2026-09-30 3\n2028-12-31 5",
      [
        { on: "2026-09-30", target: 3 },
        { on: "2028-12-31", target: 5 },
      ],
    ],
    ["  2026-09-30   3  \n\n", [{ on: "2026-09-30", target: 3 }]],
    ["2026-09-30 -1", [{ on: "2026-09-30", target: -1 }]],
    ["", []],
    ["30-09-2026 3", null],
    ["2026-09-30", null],
  ])("%j", (text, expected) => {
    expect(parseMilestones(text)).toEqual(expected);
  });

  it("round-trips", () => {
    const milestones = [{ on: "2026-09-30", target: 3 }];
    expect(parseMilestones(formatMilestones(milestones))).toEqual(milestones);
  });
});
