import { z } from "zod";
import { CARE_AREAS } from "./care-areas.js";
import { ORGANISATION_KINDS } from "./organisation.js";
import { requiredText, text } from "./text-schemas.js";

const amount = z.number({ message: "number_required" }).finite().min(0, "not_negative").max(1e12);

export const FundingProgrammeInput = z
  .object({
    name: requiredText(200),
    owner: requiredText(200),
    purpose: text(4000).default(""),
    eligibleKinds: z.array(z.enum(ORGANISATION_KINDS)).max(ORGANISATION_KINDS.length).default([]),
    careAreas: z.array(z.enum(CARE_AREAS)).max(CARE_AREAS.length).default([]),
    themes: z.array(text(80)).max(20).default([]),
    minAmount: amount.nullable().default(null),
    maxAmount: amount.nullable().default(null),
    cofinancingPct: z.number({ message: "number_required" }).min(0, "not_negative").max(100).nullable().default(null),
    deadline: z.iso.date().nullable().default(null),
    minMunicipalities: z.number().int().min(0).max(98).nullable().default(null),
    minRegions: z.number().int().min(0).max(5).nullable().default(null),
    requiresCompany: z.boolean().default(false),
    requiresKnowledgeInstitution: z.boolean().default(false),
    link: text(500)
      .refine((value) => value === "" || /^https?:\/\/\S+$/.test(value), { message: "url" })
      .default(""),
    notes: text(4000).default(""),
  })
  .strict();
export type FundingProgrammeInput = z.infer<typeof FundingProgrammeInput>;

export interface FundingProgramme extends FundingProgrammeInput {
  id: string;
}

/** What is known about the applicants of a need or a process when funding is matched. */
export interface FundingContext {
  /** Kinds of the organisations that would apply (a public unit counts as its parent's kind). */
  applicantKinds: string[];
  careArea: string | null;
  municipalities: number;
  regions: number;
  hasCompany: boolean;
  hasKnowledgeInstitution: boolean;
  /** ISO date of today. */
  today: string;
}

export const FUNDING_RULE_KEYS = [
  "deadline",
  "eligible_kind",
  "care_area",
  "min_municipalities",
  "min_regions",
  "requires_company",
  "requires_knowledge_institution",
] as const;
export type FundingRuleKey = (typeof FUNDING_RULE_KEYS)[number];

/**
 * One rule of a programme as codes and values, never as a sentence: the reader's side words it
 * in their language. Dates are ISO dates, kinds and care areas lists of codes, counts numbers
 * (requires_company / requires_knowledge_institution: 1 required, 1 or 0 actual).
 */
export interface FundingRule {
  key: FundingRuleKey;
  met: boolean;
  required: string | number | string[];
  actual: string | number | string[];
}

export interface FundingFit {
  fits: boolean;
  expired: boolean;
  rules: FundingRule[];
}

/** Checks each rule a programme states; a rule the programme does not state is not checked. */
export function evaluateFunding(programme: FundingProgrammeInput, context: FundingContext): FundingFit {
  const rules: FundingRule[] = [];
  const expired = programme.deadline !== null && programme.deadline < context.today;
  if (programme.deadline !== null) {
    rules.push({ key: "deadline", met: !expired, required: programme.deadline, actual: context.today });
  }
  if (programme.eligibleKinds.length > 0) {
    const met = context.applicantKinds.some((kind) => (programme.eligibleKinds as string[]).includes(kind));
    rules.push({
      key: "eligible_kind",
      met,
      required: [...programme.eligibleKinds],
      actual: [...context.applicantKinds],
    });
  }
  if (programme.careAreas.length > 0) {
    const met = context.careArea !== null && (programme.careAreas as string[]).includes(context.careArea);
    rules.push({
      key: "care_area",
      met,
      required: [...programme.careAreas],
      actual: context.careArea === null ? [] : [context.careArea],
    });
  }
  // "At least N municipalities or M regions" is one rule when the programme states both.
  if (programme.minMunicipalities !== null || programme.minRegions !== null) {
    const byMunicipalities =
      programme.minMunicipalities !== null && context.municipalities >= programme.minMunicipalities;
    const byRegions = programme.minRegions !== null && context.regions >= programme.minRegions;
    if (programme.minMunicipalities !== null) {
      rules.push({
        key: "min_municipalities",
        met: byMunicipalities || byRegions,
        required: programme.minMunicipalities,
        actual: context.municipalities,
      });
    }
    if (programme.minRegions !== null) {
      rules.push({
        key: "min_regions",
        met: byMunicipalities || byRegions,
        required: programme.minRegions,
        actual: context.regions,
      });
    }
  }
  if (programme.requiresCompany) {
    rules.push({ key: "requires_company", met: context.hasCompany, required: 1, actual: context.hasCompany ? 1 : 0 });
  }
  if (programme.requiresKnowledgeInstitution) {
    rules.push({
      key: "requires_knowledge_institution",
      met: context.hasKnowledgeInstitution,
      required: 1,
      actual: context.hasKnowledgeInstitution ? 1 : 0,
    });
  }
  return { fits: rules.every((rule) => rule.met), expired, rules };
}

/** Fitting programmes first, then by rules met; expired programmes last. */
export function rankFunding<T extends { name: string; fit: FundingFit }>(items: T[]): T[] {
  const metCount = (item: T) => item.fit.rules.filter((rule) => rule.met).length;
  return [...items].sort(
    (a, b) =>
      Number(a.fit.expired) - Number(b.fit.expired) ||
      Number(b.fit.fits) - Number(a.fit.fits) ||
      metCount(b) - metCount(a) ||
      a.name.localeCompare(b.name, "da"),
  );
}
