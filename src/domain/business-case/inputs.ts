import { z } from "zod";
import { requiredText, text } from "../text-schemas.js";

/** The longest horizon: the Ministry of Finance's rate bands cover years 0–70. */
export const MAX_HORIZON_YEARS = 70;
/** A cap on money amounts (DKK) and counts, so sums stay far inside a double's exact range. */
export const MAX_AMOUNT = 1e12;

/** "required" when missing, "number_expected" for text, booleans and the like; range checks keep their own keys. */
function numberSchema() {
  return z.number({
    error: (issue) => {
      if (issue.code !== "invalid_type") {
        return undefined;
      }
      return issue.input === undefined ? "required" : "number_expected";
    },
  });
}

/** A money amount or count in DKK: a number, 0 or more. */
export const amount = () => numberSchema().min(0).max(MAX_AMOUNT);
/** A percentage 0–100. */
export const percent = () => numberSchema().min(0).max(100, "percent_max");

export const DiscountRate = z.discriminatedUnion(
  "mode",
  [
    /** The Ministry of Finance's bands: 3.5 % in years 0–35, 2.5 % in years 36–70. */
    z.object({ mode: z.literal("fm") }).strict(),
    /** One rate for every year, in percent: 0 or more and under 100. */
    z.object({ mode: z.literal("custom"), ratePct: numberSchema().min(0).lt(100, "discount_rate_max") }).strict(),
  ],
  { error: "discount_mode" },
);
export type DiscountRate = z.infer<typeof DiscountRate>;

export const QualityEffect = z
  .object({
    title: requiredText(200),
    /** −3 (much worse) … 0 (no change) … +3 (much better). */
    score: numberSchema().int("whole_number").min(-3).max(3),
    description: text(2000).default(""),
  })
  .strict();
export type QualityEffect = z.infer<typeof QualityEffect>;

export const PublicSideInputs = z
  .object({
    /** Paid in year 0. */
    investment: z
      .object({ purchase: amount(), installation: amount(), implementation: amount(), training: amount() })
      .strict(),
    /** Paid every year from year 1. */
    runningCosts: z.object({ licences: amount(), service: amount(), maintenance: amount() }).strict(),
    /** Gained every year from year 1 at full effect, scaled by the phase-in. */
    benefits: z
      .object({ hoursFreedPerYear: amount(), hourlyCost: amount(), otherSavings: amount(), avoidedCosts: amount() })
      .strict(),
    qualityEffects: z.array(QualityEffect).max(20),
    /** Share of the full benefit reached in year 1, 2, …; years after the list are at 100 %. */
    phaseIn: z.array(percent()).max(MAX_HORIZON_YEARS),
  })
  .strict();
export type PublicSideInputs = z.infer<typeof PublicSideInputs>;

/** Cumulative market share per year may not fall: a unit once sold stays sold. */
function checkAdoptionRises(adoption: number[], ctx: z.core.$RefinementCtx): void {
  adoption.forEach((share, index) => {
    if (index > 0 && share < adoption[index - 1]) {
      ctx.addIssue({ code: "custom", path: [index], message: "adoption_decreasing" });
    }
  });
}

export const CompanySideInputs = z
  .object({
    /** Spent in year 0. */
    developmentCost: amount(),
    /** Production cost of one unit. */
    unitCost: amount(),
    /** Selling price of one unit. */
    unitPrice: amount(),
    /** Installation and support cost of one unit sold. */
    supportCostPerUnit: amount(),
    /** Fixed sales and marketing cost every year from year 1. */
    salesCostPerYear: amount(),
    market: z
      .object({
        institutions: amount(),
        unitsPerInstitution: amount(),
        /**
         * Cumulative share of the market reached by the end of year 1, 2, …; after the list it stays at the last
         * value.
         */
        adoption: z.array(percent()).max(MAX_HORIZON_YEARS).superRefine(checkAdoptionRises),
      })
      .strict(),
  })
  .strict();
export type CompanySideInputs = z.infer<typeof CompanySideInputs>;

export const HorizonYears = numberSchema()
  .int("whole_number")
  .min(0, "horizon_negative")
  .max(MAX_HORIZON_YEARS, "horizon_max");

/** The whole model. `companySide: null` means no company side (or, for a reader, one withheld). */
export const BusinessCaseInputs = z
  .object({
    horizonYears: HorizonYears,
    discountRate: DiscountRate,
    publicSide: PublicSideInputs,
    companySide: CompanySideInputs.nullable(),
  })
  .strict();
export type BusinessCaseInputs = z.infer<typeof BusinessCaseInputs>;
export type BusinessCaseInputsInput = z.input<typeof BusinessCaseInputs>;

export function createBlankPublicSide(): PublicSideInputs {
  return {
    investment: { purchase: 0, installation: 0, implementation: 0, training: 0 },
    runningCosts: { licences: 0, service: 0, maintenance: 0 },
    benefits: { hoursFreedPerYear: 0, hourlyCost: 0, otherSavings: 0, avoidedCosts: 0 },
    qualityEffects: [],
    phaseIn: [],
  };
}

export function createBlankCompanySide(): CompanySideInputs {
  return {
    developmentCost: 0,
    unitCost: 0,
    unitPrice: 0,
    supportCostPerUnit: 0,
    salesCostPerYear: 0,
    market: { institutions: 0, unitsPerInstitution: 0, adoption: [] },
  };
}

/** A new case: ten years at the Ministry of Finance's rate, every amount 0. */
export function createBlankInputs(withCompanySide: boolean): BusinessCaseInputs {
  return {
    horizonYears: 10,
    discountRate: { mode: "fm" },
    publicSide: createBlankPublicSide(),
    companySide: withCompanySide ? createBlankCompanySide() : null,
  };
}
