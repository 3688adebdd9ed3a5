import { computeCompanyBreakEven, computeHoursForZeroNpv, type CompanyBreakEven } from "./break-even.js";
import { computeCompanyCashFlows, computePublicCashFlows, type CompanyYear, type PublicYear } from "./cash-flows.js";
import { computeDiscountFactors, resolveDiscountBands, type DiscountBands } from "./discount.js";
import type { BusinessCaseInputs } from "./inputs.js";
import { computeNetFlows, computeSideMetrics, type SideMetrics } from "./metrics.js";
import { accumulate, discountFlows } from "./npv.js";
import { computeScenarios, type ScenarioResult } from "./scenarios.js";
import { computeCompanyTornado, computePublicTornado, type Tornado } from "./tornado.js";

/** What every year row carries besides its own lines. */
export interface YearFigures {
  year: number;
  net: number;
  discountFactor: number;
  discounted: number;
  cumulative: number;
  cumulativeDiscounted: number;
}

export interface BusinessCaseResults {
  horizonYears: number;
  discountBands: DiscountBands;
  public: {
    years: (PublicYear & YearFigures)[];
    metrics: SideMetrics;
    hoursPerYearForZeroNpv: number | null;
    /** Sum of the quality effects' scores (−3 … +3 each); not money. */
    qualityScore: number;
  };
  /** Null when there is no company side, or it is withheld from the reader. */
  company: { years: (CompanyYear & YearFigures)[]; metrics: SideMetrics; breakEven: CompanyBreakEven } | null;
  combined: { years: YearFigures[]; metrics: SideMetrics } | null;
  tornado: { public: Tornado; company: Tornado | null };
  scenarios: ScenarioResult[];
}

export function computeYearFigures(flows: readonly number[], factors: readonly number[]): YearFigures[] {
  const discounted = discountFlows(flows, factors);
  const cumulative = accumulate(flows);
  const cumulativeDiscounted = accumulate(discounted);
  return flows.map((net, year) => ({
    year,
    net,
    discountFactor: factors[year],
    discounted: discounted[year],
    cumulative: cumulative[year],
    cumulativeDiscounted: cumulativeDiscounted[year],
  }));
}

/** Everything the business case shows, from its inputs alone. Pure: the browser and the server run the same code. */
export function computeBusinessCase(inputs: BusinessCaseInputs): BusinessCaseResults {
  const bands = resolveDiscountBands(inputs.discountRate);
  const factors = computeDiscountFactors(bands, inputs.horizonYears);
  const flows = computeNetFlows(inputs);
  const publicFigures = computeYearFigures(flows.public, factors);
  const publicYears = computePublicCashFlows(inputs.publicSide, inputs.horizonYears).map((row, year) => ({
    ...row,
    ...publicFigures[year],
  }));
  const companySide = inputs.companySide;
  let company: BusinessCaseResults["company"] = null;
  let combined: BusinessCaseResults["combined"] = null;
  if (companySide && flows.company && flows.combined) {
    const companyFigures = computeYearFigures(flows.company, factors);
    company = {
      years: computeCompanyCashFlows(companySide, inputs.horizonYears).map((row, year) => ({
        ...row,
        ...companyFigures[year],
      })),
      metrics: computeSideMetrics(flows.company, factors),
      breakEven: computeCompanyBreakEven(companySide, factors),
    };
    combined = {
      years: computeYearFigures(flows.combined, factors),
      metrics: computeSideMetrics(flows.combined, factors),
    };
  }
  return {
    horizonYears: inputs.horizonYears,
    discountBands: bands,
    public: {
      years: publicYears,
      metrics: computeSideMetrics(flows.public, factors),
      hoursPerYearForZeroNpv: computeHoursForZeroNpv(inputs.publicSide, factors),
      qualityScore: inputs.publicSide.qualityEffects.reduce((total, effect) => total + effect.score, 0),
    },
    company,
    combined,
    tornado: { public: computePublicTornado(inputs, bands), company: computeCompanyTornado(inputs, bands) },
    scenarios: computeScenarios(inputs, bands),
  };
}
