import { describe, expect, it } from "vitest";
import { computeNpvAtRate } from "./npv.js";
import { computeIrr, countSignChanges } from "./irr.js";

describe("internal rate of return", () => {
  it.each([
    // Microsoft's IRR examples (five and four years of income): 8.66 % and −2.12 %.
    ["Excel example, five years", [-70_000, 12_000, 15_000, 18_000, 21_000, 26_000], 0.086631],
    ["Excel example, four years", [-70_000, 12_000, 15_000, 18_000, 21_000], -0.021245],
    ["one year, 10 %", [-100, 110], 0.1],
    ["two years, 10 %", [-100, 0, 121], 0.1],
    ["3.2 mio. kr, 1.0 mio. kr a year for 5 years", [-3.2e6, 1e6, 1e6, 1e6, 1e6, 1e6], 0.169911],
    ["a very high return", [-1, 100], 99],
  ])("%s", (_label, flows, expected) => {
    const result = computeIrr(flows);
    expect(result.reason).toBe("ok");
    expect(result.value).toBeCloseTo(expected, 5);
    const scale = Math.max(...flows.map(Math.abs));
    expect(Math.abs(computeNpvAtRate(flows, result.value as number)) / scale).toBeLessThan(1e-9);
  });

  it.each([
    ["only costs", [-100, -50, -10]],
    ["only income", [100, 50]],
    ["all zero", [0, 0, 0]],
    ["a zero horizon", [-3.2e6]],
    ["an empty list", []],
  ])("has no value without a sign change: %s", (_label, flows) => {
    expect(computeIrr(flows)).toEqual({ value: null, reason: "no_sign_change", roots: [] });
  });

  it("lists both roots of the textbook pump (−1,600, +10,000, −10,000: 25 % and 400 %), no single value", () => {
    const result = computeIrr([-1_600, 10_000, -10_000]);
    expect(result.value).toBeNull();
    expect(result.reason).toBe("several_roots");
    expect(result.roots).toHaveLength(2);
    expect(result.roots[0]).toBeCloseTo(0.25, 9);
    expect(result.roots[1]).toBeCloseTo(4, 9);
  });

  it("finds roots below zero too (−100, 50, 60, −5: −92.10 % and 3.37 %)", () => {
    const result = computeIrr([-100, 50, 60, -5]);
    expect(result.reason).toBe("several_roots");
    expect(result.roots[0]).toBeCloseTo(-0.921042, 5);
    expect(result.roots[1]).toBeCloseTo(0.033663, 5);
  });

  it("says when the flows change sign but no rate gives zero (1, −3, 3)", () => {
    expect(computeIrr([1, -3, 3])).toEqual({ value: null, reason: "no_root", roots: [] });
  });

  it.each([
    [[-1, 2, -3], 2],
    [[0, -1, 0, 0, 2], 1],
    [[5, 0, 0], 0],
  ])("counts sign changes, skipping zeros: %j → %i", (flows, expected) => {
    expect(countSignChanges(flows)).toBe(expected);
  });
});
