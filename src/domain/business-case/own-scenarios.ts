import { z } from "zod";
import { requiredText } from "../text-schemas.js";
import { computeDiscountFactors, resolveDiscountBands } from "./discount.js";
import { amount, HorizonYears, type BusinessCaseInputs } from "./inputs.js";
import { computeNetFlows, computeSideMetrics, type SideMetrics } from "./metrics.js";

/** The figures of the common and public part a user's own scenario may change. */
export const PUBLIC_SCENARIO_FIELDS = [
  "publicSide.investment.purchase",
  "publicSide.investment.installation",
  "publicSide.investment.implementation",
  "publicSide.investment.training",
  "publicSide.runningCosts.licences",
  "publicSide.runningCosts.service",
  "publicSide.runningCosts.maintenance",
  "publicSide.benefits.hoursFreedPerYear",
  "publicSide.benefits.hourlyCost",
  "publicSide.benefits.otherSavings",
  "publicSide.benefits.avoidedCosts",
] as const;

/** The company's figures: withheld, with the rest of its side, from a reader who may not see them. */
export const COMPANY_SCENARIO_FIELDS = [
  "companySide.developmentCost",
  "companySide.unitCost",
  "companySide.unitPrice",
  "companySide.supportCostPerUnit",
  "companySide.salesCostPerYear",
  "companySide.market.institutions",
  "companySide.market.unitsPerInstitution",
] as const;

export const SCENARIO_FIELDS = [
  "horizonYears",
  "discountRate.ratePct",
  ...PUBLIC_SCENARIO_FIELDS,
  ...COMPANY_SCENARIO_FIELDS,
] as const;
export type ScenarioField = (typeof SCENARIO_FIELDS)[number];

export const MAX_OWN_SCENARIOS = 10;

/** One changed input, checked as strictly as the input itself (a negative price is refused, naming `value`). */
export const ScenarioChange = z.discriminatedUnion(
  "field",
  [
    z.object({ field: z.enum([...PUBLIC_SCENARIO_FIELDS, ...COMPANY_SCENARIO_FIELDS]), value: amount() }).strict(),
    z.object({ field: z.literal("horizonYears"), value: HorizonYears }).strict(),
    z
      .object({
        field: z.literal("discountRate.ratePct"),
        value: z.number().min(0).lt(100, "discount_rate_max"),
      })
      .strict(),
  ],
  { error: "scenario_field" },
);
export type ScenarioChange = z.infer<typeof ScenarioChange>;

/** A named scenario: the inputs it changes, each at most once; the rest are the case's own. */
export const OwnScenario = z
  .object({
    name: requiredText(80),
    changes: z
      .array(ScenarioChange)
      .max(SCENARIO_FIELDS.length)
      .superRefine((changes, ctx) => {
        changes.forEach((change, index) => {
          if (changes.findIndex((other) => other.field === change.field) !== index) {
            ctx.addIssue({ code: "custom", path: [index, "field"], message: "scenario_field_twice" });
          }
        });
      }),
  })
  .strict();
export type OwnScenario = z.infer<typeof OwnScenario>;

/** The case's own scenarios, each with a name of its own (compared without case and outer spaces). */
export const OwnScenarios = z
  .array(OwnScenario)
  .max(MAX_OWN_SCENARIOS)
  .superRefine((scenarios, ctx) => {
    const names = scenarios.map((scenario) => normaliseName(scenario.name));
    names.forEach((name, index) => {
      if (names.indexOf(name) !== index) {
        ctx.addIssue({ code: "custom", path: [index, "name"], message: "scenario_name_taken" });
      }
    });
  });

const normaliseName = (name: string): string => name.trim().toLocaleLowerCase("da");

export const isCompanyField = (field: ScenarioField): boolean => field.startsWith("companySide.");

/** The inputs with the scenario's changes applied; a company figure is ignored when the case has no company side. */
export function applyOwnScenario(inputs: BusinessCaseInputs, scenario: OwnScenario): BusinessCaseInputs {
  const changed: BusinessCaseInputs = structuredClone(inputs);
  for (const { field, value } of scenario.changes) {
    if (field === "horizonYears") {
      changed.horizonYears = value;
    } else if (field === "discountRate.ratePct") {
      changed.discountRate = { mode: "custom", ratePct: value };
    } else if (isCompanyField(field)) {
      if (changed.companySide) {
        setNumber(changed.companySide, field.split(".").slice(1), value);
      }
    } else {
      setNumber(changed.publicSide, field.split(".").slice(1), value);
    }
  }
  return changed;
}

function setNumber(target: object, path: readonly string[], value: number): void {
  let node = target as Record<string, unknown>;
  for (const key of path.slice(0, -1)) {
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}

export interface OwnScenarioResult {
  name: string;
  horizonYears: number;
  public: SideMetrics;
  company: SideMetrics | null;
  combined: SideMetrics | null;
}

/** The key figures of each own scenario, beside the three standard ones (same metrics, same discounting rules). */
export function computeOwnScenarios(
  inputs: BusinessCaseInputs,
  scenarios: readonly OwnScenario[],
): OwnScenarioResult[] {
  return scenarios.map((scenario) => {
    const changed = applyOwnScenario(inputs, scenario);
    const factors = computeDiscountFactors(resolveDiscountBands(changed.discountRate), changed.horizonYears);
    const flows = computeNetFlows(changed);
    return {
      name: scenario.name,
      horizonYears: changed.horizonYears,
      public: computeSideMetrics(flows.public, factors),
      company: flows.company ? computeSideMetrics(flows.company, factors) : null,
      combined: flows.combined ? computeSideMetrics(flows.combined, factors) : null,
    };
  });
}

/** The scenarios as a reader who may not see the company's side sees them: without its figures. */
export function withholdCompanyChanges(scenarios: readonly OwnScenario[]): OwnScenario[] {
  return scenarios.map((scenario) => ({
    ...scenario,
    changes: scenario.changes.filter((change) => !isCompanyField(change.field)),
  }));
}

/**
 * What to store when a reader who cannot see the company's figures saves the scenarios: theirs, with the
 * company figures the stored scenario of the same name had (which they never saw, so could not have meant
 * to remove).
 */
export function keepWithheldChanges(stored: readonly OwnScenario[], incoming: readonly OwnScenario[]): OwnScenario[] {
  return incoming.map((scenario) => {
    const before = stored.find((item) => normaliseName(item.name) === normaliseName(scenario.name));
    const hidden = before ? before.changes.filter((change) => isCompanyField(change.field)) : [];
    return {
      ...scenario,
      changes: [...scenario.changes.filter((change) => !isCompanyField(change.field)), ...hidden],
    };
  });
}

/** How a changed figure is written: kroner, a count (hours, institutions, units), years or a rate in percent. */
export function scenarioFieldUnit(field: ScenarioField): "kr" | "count" | "years" | "percent" {
  if (field === "horizonYears") {
    return "years";
  }
  if (field === "discountRate.ratePct") {
    return "percent";
  }
  return /hoursFreedPerYear|institutions|unitsPerInstitution/.test(field) ? "count" : "kr";
}
