import { addFlows, computeCompanyCashFlows, computePublicCashFlows } from "./cash-flows.js";
import { computeDiscountFactors, type DiscountBands } from "./discount.js";
import type { BusinessCaseInputs } from "./inputs.js";
import { computeIrr, type IrrResult } from "./irr.js";
import { computeNpv, discountFlows } from "./npv.js";
import { computePayback, findBreakEvenYear } from "./payback.js";

/** The headline figures of one side (or both together). */
export interface SideMetrics {
  npv: number;
  /** Years, fractional; null when the case does not pay back within the horizon. */
  simplePayback: number | null;
  discountedPayback: number | null;
  irr: IrrResult;
  /** The first whole year by whose end the cumulative cash flow is non-negative for good. */
  breakEvenYear: number | null;
}

export function computeSideMetrics(flows: readonly number[], factors: readonly number[]): SideMetrics {
  return {
    npv: computeNpv(flows, factors),
    simplePayback: computePayback(flows),
    discountedPayback: computePayback(discountFlows(flows, factors)),
    irr: computeIrr(flows),
    breakEvenYear: findBreakEvenYear(flows),
  };
}

/** Net yearly flows of each side; the company side and the sum are null without a company side. */
export interface NetFlows {
  public: number[];
  company: number[] | null;
  combined: number[] | null;
}

export function computeNetFlows(inputs: BusinessCaseInputs): NetFlows {
  const publicFlows = computePublicCashFlows(inputs.publicSide, inputs.horizonYears).map((year) => year.net);
  if (!inputs.companySide) {
    return { public: publicFlows, company: null, combined: null };
  }
  const companyFlows = computeCompanyCashFlows(inputs.companySide, inputs.horizonYears).map((year) => year.net);
  return { public: publicFlows, company: companyFlows, combined: addFlows(publicFlows, companyFlows) };
}

/** Only the net present values, for the list view, the tornado and the scenarios. */
export function computeNpvs(
  inputs: BusinessCaseInputs,
  bands: DiscountBands,
): { public: number; company: number | null; combined: number | null } {
  const factors = computeDiscountFactors(bands, inputs.horizonYears);
  const flows = computeNetFlows(inputs);
  return {
    public: computeNpv(flows.public, factors),
    company: flows.company ? computeNpv(flows.company, factors) : null,
    combined: flows.combined ? computeNpv(flows.combined, factors) : null,
  };
}
