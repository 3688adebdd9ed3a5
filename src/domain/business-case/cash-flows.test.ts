import { describe, expect, it } from "vitest";
import {
  addFlows,
  computeCompanyCashFlows,
  computePublicCashFlows,
  findMarketShare,
  findPhaseInShare,
} from "./cash-flows.js";
import { createCeilingHoistExample } from "./examples.js";

const example = createCeilingHoistExample();

describe("phase-in and market share", () => {
  it.each([
    [[40, 80], 1, 0.4],
    [[40, 80], 2, 0.8],
    [[40, 80], 3, 1],
    [[], 1, 1],
    [[0], 1, 0],
    [[100, 50], 2, 0.5],
  ])("phase-in %j in year %i is %f (100 %% after the list)", (phaseIn, year, expected) => {
    expect(findPhaseInShare(phaseIn, year)).toBe(expected);
  });

  it.each([
    [[2, 6], 0, 0],
    [[2, 6], 1, 0.02],
    [[2, 6], 2, 0.06],
    [[2, 6], 9, 0.06],
    [[], 3, 0],
  ])(
    "cumulative market share %j at the end of year %i is %f (the last value after the list)",
    (adoption, year, expected) => {
      expect(findMarketShare(adoption, year)).toBe(expected);
    },
  );
});

describe("public cash flows", () => {
  it("puts the investment in year 0 and phases in the benefits from year 1", () => {
    const years = computePublicCashFlows(example.publicSide, 3);
    const fullBenefits = 2_400 * 385 + 120_000 + 80_000;
    expect(years.map((year) => year.net)).toEqual([
      -1_570_000,
      fullBenefits * 0.4 - 75_000,
      fullBenefits * 0.8 - 75_000,
      fullBenefits - 75_000,
    ]);
    expect(years[1]).toMatchObject({ investment: 0, runningCosts: 75_000, phaseIn: 0.4, benefits: fullBenefits * 0.4 });
  });

  it("has year 0 alone with a zero horizon", () => {
    expect(computePublicCashFlows(example.publicSide, 0)).toEqual([
      { year: 0, investment: 1_570_000, runningCosts: 0, phaseIn: 0, benefits: 0, net: -1_570_000 },
    ]);
  });
});

describe("company cash flows", () => {
  it("sells the growth in market share each year, at the contribution of price minus unit and support cost", () => {
    const [year0, year1, year2] = computeCompanyCashFlows(example.companySide!, 2);
    expect(year0.net).toBe(-3_800_000);
    expect(year1.unitsSold).toBeCloseTo(98 * 20 * 0.01, 9);
    expect(year1.revenue).toBeCloseTo(19.6 * 45_000, 6);
    expect(year1.net).toBeCloseTo(19.6 * (45_000 - 22_000) - 900_000, 6);
    expect(year2.unitsSold).toBeCloseTo(98 * 20 * 0.02, 9);
  });

  it("sells nothing once the market share stops growing, but still pays the sales cost", () => {
    const years = computeCompanyCashFlows(
      { ...example.companySide!, market: { institutions: 10, unitsPerInstitution: 1, adoption: [50] } },
      3,
    );
    expect(years.map((year) => year.unitsSold)).toEqual([0, 5, 0, 0]);
    expect(years[3].net).toBe(-900_000);
  });

  it("adds both sides year by year", () => {
    expect(addFlows([1, 2, 3], [10, 20, 30])).toEqual([11, 22, 33]);
  });
});
