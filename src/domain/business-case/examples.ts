import type { BusinessCaseInputs } from "./inputs.js";

/**
 * A worked example with plausible Danish figures: 20 ceiling hoists in Hjemmeplejen Aarhus Syd,
 * so that one carer instead of two can move a citizen ("fra 2 til 1"), and the supplier's side:
 * LøfteLet ApS selling the hoist to home-care organisations across the 98 municipalities.
 * Used by the demo data and as a realistic test case.
 */
export function createCeilingHoistExample(): BusinessCaseInputs {
  return {
    horizonYears: 10,
    discountRate: { mode: "fm" },
    publicSide: {
      investment: { purchase: 900_000, installation: 240_000, implementation: 250_000, training: 180_000 },
      runningCosts: { licences: 0, service: 45_000, maintenance: 30_000 },
      benefits: { hoursFreedPerYear: 2_400, hourlyCost: 385, otherSavings: 120_000, avoidedCosts: 80_000 },
      qualityEffects: [
        {
          title: "Bedre arbejdsmiljø",
          score: 3,
          description: "Færre tunge løft og vrid; færre arbejdsskader i forflytninger.",
        },
        {
          title: "Borgerens værdighed og tryghed",
          score: 2,
          description: "Roligere forflytning med én kendt medarbejder.",
        },
        {
          title: "Mere fleksibel planlægning",
          score: 1,
          description: "Besøg kræver ikke længere to medarbejdere på samme tid.",
        },
      ],
      phaseIn: [40, 80],
    },
    companySide: {
      developmentCost: 3_800_000,
      unitCost: 19_000,
      unitPrice: 45_000,
      supportCostPerUnit: 3_000,
      salesCostPerYear: 900_000,
      market: { institutions: 98, unitsPerInstitution: 20, adoption: [1, 3, 6, 10, 15, 20, 25, 29, 32, 35] },
    },
  };
}
