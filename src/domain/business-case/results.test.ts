import { describe, expect, it } from "vitest";
import { createCeilingHoistExample } from "./examples.js";
import { createBlankInputs } from "./inputs.js";
import { computeBusinessCase } from "./results.js";

const example = createCeilingHoistExample();

describe("the whole business case", () => {
  it("computes the ceiling-hoist example: the public side pays back in its third year", () => {
    const results = computeBusinessCase(example);
    const publicSide = results.public;
    expect(publicSide.years).toHaveLength(11);
    // −1,570,000; +374,600; +824,200; then +1,049,000 a year → cumulative −371,200 after year 2.
    expect(publicSide.years.map((year) => year.cumulative).slice(0, 4)).toEqual([
      -1_570_000, -1_195_400, -371_200, 677_800,
    ]);
    expect(publicSide.metrics.simplePayback).toBeCloseTo(2 + 371_200 / 1_049_000, 12);
    expect(publicSide.metrics.breakEvenYear).toBe(3);
    expect(publicSide.metrics.discountedPayback).toBeGreaterThan(publicSide.metrics.simplePayback as number);
    expect(publicSide.metrics.npv).toBeCloseTo(
      publicSide.years.reduce((total, year) => total + year.net / 1.035 ** year.year, 0),
      6,
    );
    expect(publicSide.metrics.irr.reason).toBe("ok");
    expect(publicSide.qualityScore).toBe(6);
    expect(results.company?.metrics.npv).toBeGreaterThan(0);
  });

  it("adds the two sides into the combined view, year by year", () => {
    const results = computeBusinessCase(example);
    results.combined?.years.forEach((year, index) => {
      expect(year.net).toBeCloseTo(results.public.years[index].net + (results.company?.years[index].net ?? 0), 6);
    });
    expect(results.combined?.metrics.npv).toBeCloseTo(
      results.public.metrics.npv + (results.company?.metrics.npv ?? 0),
      6,
    );
  });

  it("computes only the public side without a company side", () => {
    const results = computeBusinessCase({ ...example, companySide: null });
    expect(results.company).toBeNull();
    expect(results.combined).toBeNull();
    expect(results.tornado.company).toBeNull();
    expect(results.scenarios.every((scenario) => scenario.company === null)).toBe(true);
  });

  it("handles a zero horizon: the investment alone, never paid back, no IRR", () => {
    const results = computeBusinessCase({ ...example, horizonYears: 0 });
    expect(results.public.years).toHaveLength(1);
    expect(results.public.metrics).toMatchObject({
      npv: -1_570_000,
      simplePayback: null,
      discountedPayback: null,
      breakEvenYear: null,
    });
    expect(results.public.metrics.irr.reason).toBe("no_sign_change");
    expect(results.company?.breakEven.unitsPerYearForZeroNpv).toBeNull();
  });

  it("handles a blank model without dividing by zero", () => {
    const results = computeBusinessCase(createBlankInputs(true));
    expect(results.public.metrics).toMatchObject({ npv: 0, simplePayback: 0, discountedPayback: 0 });
    expect(results.public.metrics.irr.reason).toBe("no_sign_change");
    expect(JSON.stringify(results)).not.toMatch(/NaN|Infinity/);
  });

  it("uses a custom rate for every year, and the FM bands after year 35", () => {
    const long = { ...example, horizonYears: 40 };
    const fm = computeBusinessCase(long);
    expect(fm.public.years[36].discountFactor).toBeCloseTo(1 / (1.035 ** 35 * 1.025), 14);
    const custom = computeBusinessCase({ ...long, discountRate: { mode: "custom", ratePct: 5 } });
    expect(custom.public.years[36].discountFactor).toBeCloseTo(1 / 1.05 ** 36, 14);
  });
});
