import { describe, expect, it } from "vitest";
import { danishDay } from "./seed-days.js";

const at = (iso: string) => ({ now: () => new Date(iso) });

describe("danishDay", () => {
  it.each([
    // 23:30 UTC on 7 December is 00:30 on 8 December in Copenhagen: «today» is the 8th.
    ["2026-12-07T23:30:00Z", 0, "2026-12-08"],
    ["2026-12-07T22:59:00Z", 0, "2026-12-07"],
    ["2026-12-07T23:30:00Z", 1, "2026-12-09"],
    ["2026-12-07T23:30:00Z", -8, "2026-11-30"],
    // Summer time: midnight in Copenhagen is 22:00 UTC.
    ["2026-06-30T22:15:00Z", 0, "2026-07-01"],
    ["2026-03-29T12:00:00Z", 365, "2027-03-29"],
  ])("at %s, %i days on is %s", (now, offset, expected) => {
    expect(danishDay(offset, at(now))).toBe(expected);
  });
});
