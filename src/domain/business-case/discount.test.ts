import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  computeDiscountFactor,
  computeDiscountFactors,
  FM_FIRST_BAND_YEARS,
  FM_RATE_YEARS_0_35,
  FM_RATE_YEARS_36_70,
  resolveDiscountBands,
} from "./discount.js";

const fm = resolveDiscountBands({ mode: "fm" });

describe("the Ministry of Finance's discount rate", () => {
  it("matches the verified bands in data/dk_fm_discount_rate.json", () => {
    const file = path.resolve(import.meta.dirname, "../../../data/dk_fm_discount_rate.json");
    const data = JSON.parse(readFileSync(file, "utf8")) as {
      current: { real_rate_by_year_band: { years: string; rate_pct: number; verified: boolean }[] };
    };
    const bands = data.current.real_rate_by_year_band.filter((band) => band.verified);
    expect(bands.map((band) => band.years)).toEqual(["0-35", "36-70"]);
    expect(bands[0].rate_pct / 100).toBeCloseTo(FM_RATE_YEARS_0_35, 12);
    expect(bands[1].rate_pct / 100).toBeCloseTo(FM_RATE_YEARS_36_70, 12);
    expect(FM_FIRST_BAND_YEARS).toBe(35);
  });

  it.each([
    [0, 1],
    [1, 1 / 1.035],
    [10, 1 / 1.035 ** 10],
    [35, 1 / 1.035 ** 35],
    [36, 1 / (1.035 ** 35 * 1.025)],
    [50, 1 / (1.035 ** 35 * 1.025 ** 15)],
    [70, 1 / (1.035 ** 35 * 1.025 ** 35)],
  ])("discounts year %i step by step (3.5 %% to year 35, then 2.5 %%): %f", (year, expected) => {
    expect(computeDiscountFactor(fm, year)).toBeCloseTo(expected, 14);
  });

  it("gives year 70 a factor of 0.12640 (0.29998 × 0.42137), not 1.035^-70 ≈ 0.08999", () => {
    expect(computeDiscountFactor(fm, 70)).toBeCloseTo(0.126402, 6);
    expect(computeDiscountFactor(fm, 70)).toBeGreaterThan(1 / 1.035 ** 70);
  });
});

describe("a rate of one's own", () => {
  it.each([
    [{ mode: "custom" as const, ratePct: 5 }, 10, 1 / 1.05 ** 10],
    [{ mode: "custom" as const, ratePct: 5 }, 50, 1 / 1.05 ** 50],
    [{ mode: "custom" as const, ratePct: 0 }, 40, 1],
    [{ mode: "custom" as const, ratePct: 99.99 }, 1, 1 / 1.9999],
  ])("%j discounts year %i by %f", (rate, year, expected) => {
    expect(computeDiscountFactor(resolveDiscountBands(rate), year)).toBeCloseTo(expected, 14);
  });

  it("lists one factor per year from 0 to the horizon; a zero horizon has year 0 only", () => {
    expect(computeDiscountFactors(fm, 3)).toHaveLength(4);
    expect(computeDiscountFactors(fm, 0)).toEqual([1]);
  });
});
