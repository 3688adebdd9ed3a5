import { describe, expect, it } from "vitest";
import { computeCompanyBreakEven, computeHoursForZeroNpv } from "./break-even.js";
import { computeDiscountFactors, resolveDiscountBands } from "./discount.js";
import { createCeilingHoistExample } from "./examples.js";
import { computeNpvs } from "./metrics.js";

const example = createCeilingHoistExample();
const company = {
  developmentCost: 5_000,
  unitCost: 40,
  unitPrice: 100,
  supportCostPerUnit: 10,
  salesCostPerYear: 1_000,
  market: { institutions: 0, unitsPerInstitution: 0, adoption: [] },
};

describe("company break-even", () => {
  it("needs sales cost / contribution units for a year's profit, and more to pay back development", () => {
    const factors = computeDiscountFactors(resolveDiscountBands({ mode: "custom", ratePct: 0 }), 5);
    // 0 %: (5,000 + 1,000 × 5) / (50 × 5) = 40 units a year.
    expect(computeCompanyBreakEven(company, factors)).toEqual({
      contributionPerUnit: 50,
      unitsPerYearForYearlyProfit: 20,
      unitsPerYearForZeroNpv: 40,
    });
  });

  it("gives a company net present value of 0 at the break-even units, discounted", () => {
    const inputs = {
      ...example,
      companySide: { ...company, market: { institutions: 1, unitsPerInstitution: 1, adoption: [] } },
    };
    const bands = resolveDiscountBands(inputs.discountRate);
    const { unitsPerYearForZeroNpv } = computeCompanyBreakEven(
      inputs.companySide,
      computeDiscountFactors(bands, inputs.horizonYears),
    );
    const units = unitsPerYearForZeroNpv as number;
    // Selling `units` every year: a market of 10 × units, reached 10 % more each year.
    const adoption = Array.from({ length: 10 }, (_, index) => (index + 1) * 10);
    const selling = {
      ...inputs,
      companySide: { ...company, market: { institutions: units * 10, unitsPerInstitution: 1, adoption } },
    };
    expect(units).toBeGreaterThan(20);
    expect(computeNpvs(selling, bands).company).toBeCloseTo(0, 6);
  });

  it.each([
    ["price below cost", { ...company, unitPrice: 45 }, 5],
    ["a zero horizon", company, 0],
  ])("gives no break-even with %s", (_label, side, horizon) => {
    const factors = computeDiscountFactors(resolveDiscountBands({ mode: "fm" }), horizon);
    expect(computeCompanyBreakEven(side, factors).unitsPerYearForZeroNpv).toBeNull();
  });
});

describe("public break-even in hours", () => {
  it("frees just enough hours for a public net present value of 0", () => {
    const bands = resolveDiscountBands(example.discountRate);
    const hours = computeHoursForZeroNpv(example.publicSide, computeDiscountFactors(bands, 10)) as number;
    expect(hours).toBeGreaterThan(0);
    expect(hours).toBeLessThan(2_400);
    const atBreakEven = {
      ...example,
      publicSide: { ...example.publicSide, benefits: { ...example.publicSide.benefits, hoursFreedPerYear: hours } },
    };
    expect(computeNpvs(atBreakEven, bands).public).toBeCloseTo(0, 6);
  });

  it("is 0 when the case pays without hours and null when hours are worth nothing", () => {
    const factors = computeDiscountFactors(resolveDiscountBands({ mode: "fm" }), 5);
    const free = {
      ...example.publicSide,
      investment: { purchase: 0, installation: 0, implementation: 0, training: 0 },
      runningCosts: { licences: 0, service: 0, maintenance: 0 },
    };
    expect(computeHoursForZeroNpv(free, factors)).toBe(0);
    const noWage = { ...example.publicSide, benefits: { ...example.publicSide.benefits, hourlyCost: 0 } };
    expect(computeHoursForZeroNpv(noWage, factors)).toBeNull();
  });
});
