import { computeDiscountFactors, type DiscountBands } from "./discount.js";
import type { BusinessCaseInputs } from "./inputs.js";
import { computeNetFlows, computeSideMetrics, type SideMetrics } from "./metrics.js";

export const SCENARIOS = ["pessimistic", "expected", "optimistic"] as const;
export type Scenario = (typeof SCENARIOS)[number];

/**
 * What each scenario multiplies:
 * - `benefits`: hours freed per year, other savings and avoided costs (public side);
 * - `costs`: every public investment and running cost, and the company's development, unit,
 *   support and sales costs;
 * - `market`: the number of institutions in the company's market.
 * Hourly cost, unit price, phase-in, adoption and the discount rate are the same in all three.
 */
export interface ScenarioMultipliers {
  benefits: number;
  costs: number;
  market: number;
}

export const SCENARIO_MULTIPLIERS: Record<Scenario, ScenarioMultipliers> = {
  pessimistic: { benefits: 0.8, costs: 1.2, market: 0.8 },
  expected: { benefits: 1, costs: 1, market: 1 },
  optimistic: { benefits: 1.2, costs: 0.8, market: 1.2 },
};

export interface ScenarioResult {
  scenario: Scenario;
  multipliers: ScenarioMultipliers;
  public: SideMetrics;
  company: SideMetrics | null;
  combined: SideMetrics | null;
}

export function applyScenario(inputs: BusinessCaseInputs, multipliers: ScenarioMultipliers): BusinessCaseInputs {
  const { benefits, costs, market } = multipliers;
  const side = inputs.publicSide;
  const company = inputs.companySide;
  return {
    ...inputs,
    publicSide: {
      ...side,
      investment: {
        purchase: side.investment.purchase * costs,
        installation: side.investment.installation * costs,
        implementation: side.investment.implementation * costs,
        training: side.investment.training * costs,
      },
      runningCosts: {
        licences: side.runningCosts.licences * costs,
        service: side.runningCosts.service * costs,
        maintenance: side.runningCosts.maintenance * costs,
      },
      benefits: {
        ...side.benefits,
        hoursFreedPerYear: side.benefits.hoursFreedPerYear * benefits,
        otherSavings: side.benefits.otherSavings * benefits,
        avoidedCosts: side.benefits.avoidedCosts * benefits,
      },
    },
    companySide: company && {
      ...company,
      developmentCost: company.developmentCost * costs,
      unitCost: company.unitCost * costs,
      supportCostPerUnit: company.supportCostPerUnit * costs,
      salesCostPerYear: company.salesCostPerYear * costs,
      market: { ...company.market, institutions: company.market.institutions * market },
    },
  };
}

/** Pessimistic, expected and optimistic, side by side. */
export function computeScenarios(inputs: BusinessCaseInputs, bands: DiscountBands): ScenarioResult[] {
  const factors = computeDiscountFactors(bands, inputs.horizonYears);
  return SCENARIOS.map((scenario): ScenarioResult => {
    const multipliers = SCENARIO_MULTIPLIERS[scenario];
    const flows = computeNetFlows(applyScenario(inputs, multipliers));
    return {
      scenario,
      multipliers,
      public: computeSideMetrics(flows.public, factors),
      company: flows.company ? computeSideMetrics(flows.company, factors) : null,
      combined: flows.combined ? computeSideMetrics(flows.combined, factors) : null,
    };
  });
}
