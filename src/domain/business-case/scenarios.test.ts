import { describe, expect, it } from "vitest";
import { resolveDiscountBands } from "./discount.js";
import { createCeilingHoistExample } from "./examples.js";
import { computeNpvs } from "./metrics.js";
import { applyScenario, computeScenarios, SCENARIO_MULTIPLIERS } from "./scenarios.js";

const example = createCeilingHoistExample();
const bands = resolveDiscountBands(example.discountRate);

describe("scenarios", () => {
  it("gives pessimistic < expected < optimistic, the expected one equal to the inputs", () => {
    const [pessimistic, expected, optimistic] = computeScenarios(example, bands);
    expect([pessimistic.scenario, expected.scenario, optimistic.scenario]).toEqual([
      "pessimistic",
      "expected",
      "optimistic",
    ]);
    const base = computeNpvs(example, bands);
    expect(expected.public.npv).toBeCloseTo(base.public, 9);
    expect(expected.company?.npv).toBeCloseTo(base.company as number, 9);
    expect(expected.combined?.npv).toBeCloseTo(base.combined as number, 9);
    for (const side of ["public", "company", "combined"] as const) {
      expect(pessimistic[side]!.npv).toBeLessThan(expected[side]!.npv);
      expect(optimistic[side]!.npv).toBeGreaterThan(expected[side]!.npv);
    }
  });

  it.each([
    ["pessimistic", 0.8, 1.2, 0.8],
    ["optimistic", 1.2, 0.8, 1.2],
  ] as const)(
    "%s: benefits × %f, costs × %f, market × %f; prices, wage and phase-in unchanged",
    (name, benefits, costs, market) => {
      expect(SCENARIO_MULTIPLIERS[name]).toEqual({ benefits, costs, market });
      const scenario = applyScenario(example, SCENARIO_MULTIPLIERS[name]);
      expect(scenario.publicSide.benefits.hoursFreedPerYear).toBeCloseTo(2_400 * benefits, 9);
      expect(scenario.publicSide.investment.purchase).toBeCloseTo(900_000 * costs, 9);
      expect(scenario.publicSide.runningCosts.service).toBeCloseTo(45_000 * costs, 9);
      expect(scenario.companySide?.unitCost).toBeCloseTo(19_000 * costs, 9);
      expect(scenario.companySide?.market.institutions).toBeCloseTo(98 * market, 9);
      expect(scenario.companySide?.unitPrice).toBe(45_000);
      expect(scenario.publicSide.benefits.hourlyCost).toBe(385);
      expect(scenario.publicSide.phaseIn).toEqual([40, 80]);
    },
  );

  it("leaves the company side out when there is none", () => {
    const scenarios = computeScenarios({ ...example, companySide: null }, bands);
    expect(scenarios.every((scenario) => scenario.company === null && scenario.combined === null)).toBe(true);
  });
});
