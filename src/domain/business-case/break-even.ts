import { findPhaseInShare, sumInvestment, sumRunningCosts } from "./cash-flows.js";
import type { CompanySideInputs, PublicSideInputs } from "./inputs.js";

export interface CompanyBreakEven {
  /** Contribution per unit: price − unit cost − support cost. */
  contributionPerUnit: number;
  /** Units sold per year at which a year's profit is 0: sales cost / contribution. */
  unitsPerYearForYearlyProfit: number | null;
  /**
   * Units sold every year from year 1 at which the company's net present value over the horizon
   * is 0, development cost included: (development + sales cost × A) / (contribution × A), where A
   * is the sum of the discount factors of years 1 … horizon.
   */
  unitsPerYearForZeroNpv: number | null;
}

/** Null where no number of units can pay back: contribution ≤ 0, or no year after year 0. */
export function computeCompanyBreakEven(side: CompanySideInputs, factors: readonly number[]): CompanyBreakEven {
  const contributionPerUnit = side.unitPrice - side.unitCost - side.supportCostPerUnit;
  if (contributionPerUnit <= 0) {
    return { contributionPerUnit, unitsPerYearForYearlyProfit: null, unitsPerYearForZeroNpv: null };
  }
  const annuity = factors.slice(1).reduce((total, factor) => total + factor, 0);
  return {
    contributionPerUnit,
    unitsPerYearForYearlyProfit: side.salesCostPerYear / contributionPerUnit,
    unitsPerYearForZeroNpv:
      annuity > 0 ? (side.developmentCost + side.salesCostPerYear * annuity) / (contributionPerUnit * annuity) : null,
  };
}

/**
 * Staff hours that must be freed per year (at full effect, phased in as entered) for the public
 * net present value to be 0. 0 when the case pays without any hours; null when hours cannot help
 * (hourly cost 0, or no year after year 0).
 */
export function computeHoursForZeroNpv(side: PublicSideInputs, factors: readonly number[]): number | null {
  let npvWithoutHours = -sumInvestment(side);
  let presentValueOfOneHour = 0;
  const otherBenefits = side.benefits.otherSavings + side.benefits.avoidedCosts;
  for (let year = 1; year < factors.length; year += 1) {
    const share = findPhaseInShare(side.phaseIn, year);
    npvWithoutHours += (otherBenefits * share - sumRunningCosts(side)) * factors[year];
    presentValueOfOneHour += side.benefits.hourlyCost * share * factors[year];
  }
  if (presentValueOfOneHour <= 0) {
    return npvWithoutHours >= 0 ? 0 : null;
  }
  return Math.max(0, -npvWithoutHours / presentValueOfOneHour);
}
