import { describe, expect, it } from "vitest";
import { accumulate, computeNpv, computeNpvAtRate } from "./npv.js";

const buildFactors = (rate: number, years: number) =>
  Array.from({ length: years }, (_, year) => 1 / (1 + rate) ** year);

describe("net present value", () => {
  it.each([
    // Microsoft's NPV examples, computed independently: NPV(10 %, −10,000, 3,000, 4,200, 6,800) where the
    // first flow falls at the end of year 1 = 1,188.44; NPV(8 %, 8,000 … 14,500) − 40,000 = 1,922.06.
    ["investment at the end of year 1, 10 %", [0, -10_000, 3_000, 4_200, 6_800], 0.1, 1188.44],
    ["investment now, 8 %", [-40_000, 8_000, 9_200, 10_000, 12_000, 14_500], 0.08, 1922.06],
    ["3.2 mio. kr, 1.0 mio. kr a year for 5 years, 0 %", [-3.2e6, 1e6, 1e6, 1e6, 1e6, 1e6], 0, 1.8e6],
    ["a zero horizon: the investment alone", [-500_000], 0.035, -500_000],
  ])("%s", (_label, flows, rate, expected) => {
    expect(computeNpv(flows, buildFactors(rate, flows.length))).toBeCloseTo(expected, 2);
    expect(computeNpvAtRate(flows, rate)).toBeCloseTo(expected, 2);
  });

  it("accumulates running totals", () => {
    expect(accumulate([-3, 1, 1, 2])).toEqual([-3, -2, -1, 1]);
    expect(accumulate([])).toEqual([]);
  });
});
