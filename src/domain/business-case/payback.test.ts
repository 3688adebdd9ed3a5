import { describe, expect, it } from "vitest";
import { discountFlows } from "./npv.js";
import { computePayback, findBreakEvenYear } from "./payback.js";

describe("simple payback", () => {
  it.each([
    ["3.2 mio. kr investment, 1.0 mio. kr saved a year → 3.2 years", [-3.2e6, 1e6, 1e6, 1e6, 1e6, 1e6], 3.2],
    ["exactly at a year's end", [-100, 50, 50], 2],
    ["within the first year", [-100, 400], 0.25],
    ["no investment: paid back at once", [0, 10, 10], 0],
    ["money in from the start", [100], 0],
    ["never within the horizon", [-100, 30, 30, 30], null],
    ["a zero horizon with an investment", [-100], null],
    ["an empty list", [], null],
    ["negative again later: counts from the last crossing", [-100, 150, -100, 100], 2.5],
    ["negative at the horizon after being positive", [-100, 150, -100], null],
  ])("%s", (_label, flows, expected) => {
    const payback = computePayback(flows);
    if (expected === null) {
      expect(payback).toBeNull();
    } else {
      expect(payback).toBeCloseTo(expected, 12);
    }
  });

  it("gives the break-even year as the whole year the payback falls in", () => {
    expect(findBreakEvenYear([-3.2e6, 1e6, 1e6, 1e6, 1e6])).toBe(4);
    expect(findBreakEvenYear([-100, 50, 50])).toBe(2);
    expect(findBreakEvenYear([-100, 10])).toBeNull();
  });
});

describe("discounted payback", () => {
  it("is longer than the simple payback: 3.2 mio. kr, 1.0 mio. kr a year, 10 %", () => {
    const flows = [-3.2e6, 1e6, 1e6, 1e6, 1e6, 1e6];
    const factors = flows.map((_, year) => 1 / 1.1 ** year);
    // Independently: after 4 years 3,169,865 kr is back (PV of 1 mio. a year), 30,135 kr is missing,
    // and year 5 brings 620,921 kr → 4 + 30,135 / 620,921 = 4.0485 years.
    expect(computePayback(discountFlows(flows, factors))).toBeCloseTo(4.0485, 4);
  });
});
