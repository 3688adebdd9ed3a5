import { describe, expect, it } from "vitest";
import { issuesToFields } from "../validation.js";
import { createCeilingHoistExample } from "./examples.js";
import { BusinessCaseInputs, createBlankInputs } from "./inputs.js";
import { BusinessCasePatch, VersionCompareQuery } from "./requests.js";

const example = createCeilingHoistExample();

function collectFields(value: unknown, language: "da" | "en" = "da"): Record<string, string> {
  const result = BusinessCaseInputs.safeParse(value);
  return result.success ? {} : issuesToFields(result.error.issues, language);
}

describe("business-case inputs", () => {
  it("accepts the example and a blank model", () => {
    expect(BusinessCaseInputs.parse(example)).toEqual(example);
    expect(BusinessCaseInputs.parse(createBlankInputs(false)).companySide).toBeNull();
  });

  it.each([
    ["a negative horizon", { ...example, horizonYears: -1 }, "horizonYears", "Tidshorisonten kan ikke være negativ"],
    [
      "a horizon beyond 70 years",
      { ...example, horizonYears: 71 },
      "horizonYears",
      "Tidshorisonten må højst være 70 år",
    ],
    ["a horizon in half years", { ...example, horizonYears: 2.5 }, "horizonYears", "Skal være et helt tal"],
    [
      "a discount rate of 100 %",
      { ...example, discountRate: { mode: "custom", ratePct: 100 } },
      "discountRate.ratePct",
      "Diskonteringsrenten skal være under 100 %",
    ],
    [
      "a negative discount rate",
      { ...example, discountRate: { mode: "custom", ratePct: -1 } },
      "discountRate.ratePct",
      "Skal være mindst 0",
    ],
    [
      "an unknown rate mode",
      { ...example, discountRate: { mode: "ecb" } },
      "discountRate.mode",
      "Vælg Finansministeriets rente eller en egen rente",
    ],
    [
      "a rate that is not an object",
      { ...example, discountRate: "3.5" },
      "discountRate",
      "Vælg Finansministeriets rente eller en egen rente",
    ],
    [
      "a non-numeric amount",
      {
        ...example,
        publicSide: { ...example.publicSide, investment: { ...example.publicSide.investment, purchase: "900.000 kr" } },
      },
      "publicSide.investment.purchase",
      "Skal være et tal",
    ],
    [
      "a missing amount",
      { ...example, publicSide: { ...example.publicSide, runningCosts: { licences: 0, service: 0 } } },
      "publicSide.runningCosts.maintenance",
      "Skal udfyldes",
    ],
    [
      "a negative amount",
      { ...example, companySide: { ...example.companySide, unitPrice: -5 } },
      "companySide.unitPrice",
      "Skal være mindst 0",
    ],
    [
      "a phase-in over 100 %",
      { ...example, publicSide: { ...example.publicSide, phaseIn: [40, 120] } },
      "publicSide.phaseIn.1",
      "Må højst være 100 %",
    ],
    [
      "a falling market share",
      {
        ...example,
        companySide: {
          ...example.companySide,
          market: { institutions: 98, unitsPerInstitution: 20, adoption: [10, 5] },
        },
      },
      "companySide.market.adoption.1",
      "Markedsandelen er akkumuleret og kan ikke falde fra et år til det næste",
    ],
    [
      "a quality score out of range",
      {
        ...example,
        publicSide: { ...example.publicSide, qualityEffects: [{ title: "Tryghed", score: 5, description: "" }] },
      },
      "publicSide.qualityEffects.0.score",
      "Må højst være 3",
    ],
    ["an unknown field", { ...example, secret: 1 }, "secret", "Feltet findes ikke og må ikke sendes: secret"],
  ])("refuses %s, naming the field", (_label, value, field, message) => {
    expect(collectFields(value)[field]).toBe(message);
  });

  it("says the same in English", () => {
    expect(collectFields({ ...example, horizonYears: -3 }, "en").horizonYears).toBe("The horizon cannot be negative");
    expect(
      collectFields({ ...example, discountRate: { mode: "custom", ratePct: 150 } }, "en")["discountRate.ratePct"],
    ).toBe("The discount rate must be under 100 %");
  });

  it("lets a patch carry a side alone, refuses unknown fields, and checks version references", () => {
    expect(BusinessCasePatch.parse({ publicSide: example.publicSide })).toEqual({ publicSide: example.publicSide });
    expect(BusinessCasePatch.safeParse({ publicOrganisationId: "x" }).success).toBe(false);
    expect(VersionCompareQuery.safeParse({ a: "1", b: "current" }).success).toBe(true);
    expect(VersionCompareQuery.safeParse({ a: "0", b: "x" }).success).toBe(false);
  });
});
