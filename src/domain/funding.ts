import { z } from "zod";
import { CARE_AREAS } from "./care-areas.js";
import { findMunicipality, findRegion, normaliseMunicipalityCode } from "./geography.js";
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
    /**
     * Applications are taken at any time. Without it, a programme with no deadline has an unknown one (a
     * historical pool, a round not yet announced) — never shown as open all year.
     */
    rolling: z.boolean().default(false),
    /** A round that has not opened yet: the date it opens. */
    opensOn: z.iso.date().nullable().default(null),
    /** What is known about the next round (a date or words), shown when this one has closed. */
    nextRound: text(300).default(""),
    /** Empty = the whole country; otherwise only applicants in these regions (regional pools). */
    regionCodes: z
      .array(z.string().refine((code) => findRegion(code) !== undefined, { message: "region_unknown" }))
      .max(5)
      .default([]),
    /** Empty = the whole country; otherwise only these municipalities and their units (a municipality's own pool). */
    municipalityCodes: z
      .array(
        z
          .string()
          .refine((code) => findMunicipality(code) !== undefined, { message: "municipality_unknown" })
          .transform(normaliseMunicipalityCode),
      )
      .max(98)
      .default([]),
    minMunicipalities: z.number().int().min(0).max(98).nullable().default(null),
    minRegions: z.number().int().min(0).max(5).nullable().default(null),
    /**
     * The counts are a guideline («som udgangspunkt mindst seks kommuner»), not a requirement: fewer is shown
     * as a point to argue in the application, and does not rule the programme out.
     */
    countsAreGuidance: z.boolean().default(false),
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
  /** Distinct municipalities among the applicants (a unit counts as its parent municipality). */
  municipalities: number;
  /** Distinct regions among the applicants (a unit counts as its parent region). */
  regions: number;
  /** Municipality codes of the public applicants, for municipal pools. */
  municipalityCodes: string[];
  /** Region codes of the public applicants, for regional pools. */
  regionCodes: string[];
  hasCompany: boolean;
  hasKnowledgeInstitution: boolean;
  /** The project's estimated budget in kroner, when one is entered. */
  budgetDkk: number | null;
  /** ISO date of today. */
  today: string;
  /**
   * The partners are still to be found (a need, not yet a process): a rule that a company or a knowledge
   * institution must take part is then a condition the chosen partners will meet, not a reason it cannot fit.
   */
  partnersToCome: boolean;
}

/** One organisation that would apply, as the funding rules see it. */
export interface FundingApplicant {
  id: string;
  kind: string;
  municipalityCode: string | null;
  regionCode: string | null;
  /** The parent of a public unit (a municipality or a region), which is who really applies. */
  parent: { id: string; kind: string; municipalityCode: string | null; regionCode: string | null } | null;
}

const distinct = (values: (string | null)[]): string[] =>
  [...new Set(values.filter((value): value is string => value !== null))].sort();

/**
 * Who applies, counted as programmes count: distinct municipalities and regions (a public unit
 * counts as its parent, so two home-care units of one municipality are one municipality), and
 * whether a company or knowledge institution is among them.
 */
export function buildFundingContext(
  applicants: FundingApplicant[],
  facts: { careArea: string | null; budgetDkk: number | null; today: string; partnersToCome?: boolean },
): FundingContext {
  const effective = applicants.map((applicant) =>
    applicant.kind === "public_unit" && applicant.parent !== null ? applicant.parent : applicant,
  );
  const publicOnes = effective.filter(
    (applicant) => applicant.kind !== "company" && applicant.kind !== "knowledge_institution",
  );
  return {
    applicantKinds: distinct(effective.map((applicant) => applicant.kind)),
    careArea: facts.careArea,
    municipalities: new Set(effective.filter((a) => a.kind === "municipality").map((a) => a.id)).size,
    regions: new Set(effective.filter((a) => a.kind === "region").map((a) => a.id)).size,
    municipalityCodes: distinct(publicOnes.map((applicant) => applicant.municipalityCode)),
    regionCodes: distinct(publicOnes.map((applicant) => applicant.regionCode)),
    hasCompany: effective.some((applicant) => applicant.kind === "company"),
    hasKnowledgeInstitution: effective.some((applicant) => applicant.kind === "knowledge_institution"),
    budgetDkk: facts.budgetDkk,
    today: facts.today,
    partnersToCome: facts.partnersToCome ?? false,
  };
}

export const FUNDING_RULE_KEYS = [
  "deadline",
  "eligible_kind",
  "care_area",
  "region",
  "municipality",
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
  /**
   * Met only once the partners still to be found take part (a company or knowledge institution a need must
   * bring in).
   */
  pending?: boolean;
  /** A guideline, not a requirement (countsAreGuidance): unmet, it is shown but does not rule the programme out. */
  guidance?: boolean;
}

export const DEADLINE_STATES = ["open", "upcoming", "expired", "rolling", "unknown"] as const;
/**
 * open: a deadline ahead; upcoming: opens later; expired: the deadline passed; rolling: applications at any
 * time; unknown: no deadline is known and the programme is not stated to be rolling (check with the owner).
 */
export type DeadlineState = (typeof DEADLINE_STATES)[number];

export function deadlineState(
  programme: Pick<FundingProgrammeInput, "deadline" | "opensOn" | "rolling">,
  today: string,
): DeadlineState {
  if (programme.deadline !== null && programme.deadline < today) {
    return "expired";
  }
  if (programme.opensOn !== null && today < programme.opensOn) {
    return "upcoming";
  }
  if (programme.deadline !== null) {
    return "open";
  }
  return programme.rolling ? "rolling" : "unknown";
}

/**
 * What the applicants could ask for: the part of the budget the programme pays (the budget less
 * the applicants' own share, `cofinancingPct` = egenfinansiering), capped by its largest grant, in
 * whole kroner. Unknown (null) without a budget or without a stated share.
 */
export function fundableAmount(
  programme: Pick<FundingProgrammeInput, "maxAmount" | "cofinancingPct">,
  budgetDkk: number | null,
): number | null {
  if (budgetDkk === null || programme.cofinancingPct === null) {
    return null;
  }
  const share = Math.floor((budgetDkk * (100 - programme.cofinancingPct)) / 100);
  return programme.maxAmount === null ? share : Math.min(programme.maxAmount, share);
}

export interface FundingFit {
  /** No rule rules it out: every rule is met, or the only unmet ones are guidelines (see fitsIfJustified). */
  fits: boolean;
  /**
   * Fits only because a guideline it does not meet («som udgangspunkt mindst seks kommuner») does not rule it
   * out: the applicants must argue why they are enough. Shown apart from the fits whose rules are all met
   * («Kan passe, hvis I begrunder det»); `fits` stays true for older readers.
   */
  fitsIfJustified: boolean;
  /** The same as state === "expired", kept for older readers. */
  expired: boolean;
  state: DeadlineState;
  /** «You could apply for up to N kr.»; null when the budget or the programme's share is unknown. */
  amountDkk: number | null;
  rules: FundingRule[];
}

/**
 * Checks each rule a programme states; a rule the programme does not state is not checked. An
 * expired programme never fits: its deadline rule is not met, and `nextRound` tells what is next.
 */
export function evaluateFunding(programme: FundingProgrammeInput, context: FundingContext): FundingFit {
  const rules: FundingRule[] = [];
  const state = deadlineState(programme, context.today);
  const expired = state === "expired";
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
  // A regional or municipal pool is open when one of the applicants is at home there.
  if (programme.regionCodes.length > 0) {
    rules.push({
      key: "region",
      met: context.regionCodes.some((code) => programme.regionCodes.includes(code)),
      required: [...programme.regionCodes],
      actual: [...context.regionCodes],
    });
  }
  if (programme.municipalityCodes.length > 0) {
    rules.push({
      key: "municipality",
      met: context.municipalityCodes.some((code) => programme.municipalityCodes.includes(code)),
      required: [...programme.municipalityCodes],
      actual: [...context.municipalityCodes],
    });
  }
  // "At least N municipalities or M regions" is one rule when the programme states both.
  if (programme.minMunicipalities !== null || programme.minRegions !== null) {
    const byMunicipalities =
      programme.minMunicipalities !== null && context.municipalities >= programme.minMunicipalities;
    const byRegions = programme.minRegions !== null && context.regions >= programme.minRegions;
    const guidance = programme.countsAreGuidance ? { guidance: true } : {};
    if (programme.minMunicipalities !== null) {
      rules.push({
        key: "min_municipalities",
        met: byMunicipalities || byRegions,
        required: programme.minMunicipalities,
        actual: context.municipalities,
        ...guidance,
      });
    }
    if (programme.minRegions !== null) {
      rules.push({
        key: "min_regions",
        met: byMunicipalities || byRegions,
        required: programme.minRegions,
        actual: context.regions,
        ...guidance,
      });
    }
  }
  const partnerRule = (key: "requires_company" | "requires_knowledge_institution", present: boolean): FundingRule => {
    const pending = !present && context.partnersToCome;
    return { key, met: present || pending, required: 1, actual: present ? 1 : 0, ...(pending ? { pending } : {}) };
  };
  if (programme.requiresCompany) {
    rules.push(partnerRule("requires_company", context.hasCompany));
  }
  if (programme.requiresKnowledgeInstitution) {
    rules.push(partnerRule("requires_knowledge_institution", context.hasKnowledgeInstitution));
  }
  // A guideline not met is a point to argue in the application, not a reason the programme cannot fit.
  const fits = rules.every((rule) => rule.met || rule.guidance === true);
  return {
    fits,
    fitsIfJustified: fits && rules.some((rule) => !rule.met),
    expired,
    state,
    amountDkk: fundableAmount(programme, context.budgetDkk),
    rules,
  };
}

/**
 * How a programme stands for a need, as the card groups it: its rules all met, fitting only if the applicants
 * argue a guideline they do not meet, or not (yet) fitting — an expired programme among the last.
 */
export type FundingGroup = "fits" | "fits_if_justified" | "other";

export function fundingGroup(fit: Pick<FundingFit, "fits" | "fitsIfJustified" | "expired">): FundingGroup {
  if (!fit.fits || fit.expired) {
    return "other";
  }
  return fit.fitsIfJustified ? "fits_if_justified" : "fits";
}

const GROUP_ORDER: readonly FundingGroup[] = ["fits", "fits_if_justified", "other"];

/**
 * The programmes whose rules are all met first, then those that fit if a guideline is argued, then the rest by
 * rules met; expired programmes last.
 */
export function rankFunding<T extends { name: string; fit: FundingFit }>(items: T[]): T[] {
  const metCount = (item: T) => item.fit.rules.filter((rule) => rule.met).length;
  const group = (item: T) => GROUP_ORDER.indexOf(fundingGroup(item.fit));
  return [...items].sort(
    (a, b) =>
      Number(a.fit.expired) - Number(b.fit.expired) ||
      group(a) - group(b) ||
      metCount(b) - metCount(a) ||
      a.name.localeCompare(b.name, "da"),
  );
}
