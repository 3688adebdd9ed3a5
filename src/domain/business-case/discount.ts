import type { DiscountRate } from "./inputs.js";

/**
 * The Ministry of Finance's real discount rate for public projects (dokumentationsnotat of
 * 7 January 2021, data/dk_fm_discount_rate.json): 3.5 % in years 0–35 and 2.5 % in years 36–70.
 * Used step by step: year t > 35 is discounted by 1.035^35 × 1.025^(t−35).
 */
export const FM_RATE_YEARS_0_35 = 0.035;
export const FM_RATE_YEARS_36_70 = 0.025;
export const FM_FIRST_BAND_YEARS = 35;

/** The rates in force: the first for years up to `firstBandYears`, the later one after. */
export interface DiscountBands {
  firstRate: number;
  laterRate: number;
  firstBandYears: number;
}

export function resolveDiscountBands(rate: DiscountRate): DiscountBands {
  if (rate.mode === "fm") {
    return { firstRate: FM_RATE_YEARS_0_35, laterRate: FM_RATE_YEARS_36_70, firstBandYears: FM_FIRST_BAND_YEARS };
  }
  const custom = rate.ratePct / 100;
  return { firstRate: custom, laterRate: custom, firstBandYears: FM_FIRST_BAND_YEARS };
}

/** 1 / ((1 + r₁)^min(t, 35) × (1 + r₂)^max(0, t − 35)); year 0 is 1. The XLSX export writes the same formula. */
export function computeDiscountFactor(bands: DiscountBands, year: number): number {
  const firstYears = Math.min(year, bands.firstBandYears);
  const laterYears = Math.max(0, year - bands.firstBandYears);
  return 1 / ((1 + bands.firstRate) ** firstYears * (1 + bands.laterRate) ** laterYears);
}

/** Factors for years 0 … horizon. */
export function computeDiscountFactors(bands: DiscountBands, horizonYears: number): number[] {
  return Array.from({ length: horizonYears + 1 }, (_, year) => computeDiscountFactor(bands, year));
}

export function scaleDiscountBands(bands: DiscountBands, factor: number): DiscountBands {
  return { ...bands, firstRate: bands.firstRate * factor, laterRate: bands.laterRate * factor };
}
