import { z } from "zod";
import { requiredText, text } from "../text-schemas.js";
import { isMeasureCode, MEASURE_CODES, PILOT_DEFINITION } from "./measures.js";

/**
 * An indicator card, in the shape EU programmes use (Interreg's indicator cards): a code, a name, a
 * unit, a definition in words, the measure that computes it, a target and milestones by date. The
 * figure itself is never typed: it is the number of evidence rows the measure finds.
 */
const texts = (max: number) => z.object({ da: requiredText(max), en: requiredText(max) }).strict();

const indicatorCode = z.string().regex(/^[a-z][a-z0-9_]{1,59}$/, "key_format");
const count = z.number().int("whole_number").min(0, "not_negative").max(1_000_000);

export const Milestone = z
  .object({
    on: z.iso.date(),
    target: count,
  })
  .strict();
export type Milestone = z.infer<typeof Milestone>;

export const IndicatorCard = z
  .object({
    code: indicatorCode,
    name: texts(120),
    unit: texts(60),
    definition: texts(1000),
    measure: z.string().max(60),
    target: count,
    milestones: z.array(Milestone).max(20).default([]),
  })
  .strict();
export type IndicatorCard = z.infer<typeof IndicatorCard>;

export const ProgrammeSettings = z
  .object({
    name: requiredText(200),
    description: text(2000).default(""),
    startsOn: z.iso.date(),
    endsOn: z.iso.date(),
    themes: z.array(requiredText(100)).max(30).default([]),
    publicSummary: z.boolean().default(false),
    indicators: z.array(IndicatorCard).max(40),
  })
  .strict()
  .superRefine((value, ctx) => {
    for (const issue of findSettingsIssues(value)) {
      ctx.addIssue({ code: "custom", path: issue.path, message: issue.key, params: issue.params });
    }
  });
export type ProgrammeSettings = z.infer<typeof ProgrammeSettings>;

export interface SettingsIssue {
  path: (string | number)[];
  key: "period_order" | "milestone_outside_period" | "measure_unknown" | "key_duplicate";
  params?: Record<string, string>;
}

/**
 * The rules a schema cannot say field by field: the period runs forwards, every milestone lies in the
 * programme period, every indicator names a known measure, and codes are unique.
 */
export function findSettingsIssues(value: {
  startsOn: string;
  endsOn: string;
  indicators: Pick<IndicatorCard, "code" | "measure" | "milestones">[];
}): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  const periodOk = value.startsOn <= value.endsOn;
  if (!periodOk) {
    issues.push({ path: ["endsOn"], key: "period_order" });
  }
  const seen = new Set<string>();
  value.indicators.forEach((indicator, index) => {
    if (!isMeasureCode(indicator.measure)) {
      issues.push({
        path: ["indicators", index, "measure"],
        key: "measure_unknown",
        params: { measure: indicator.measure },
      });
    }
    if (seen.has(indicator.code)) {
      issues.push({ path: ["indicators", index, "code"], key: "key_duplicate" });
    }
    seen.add(indicator.code);
    indicator.milestones.forEach((milestone, milestoneIndex) => {
      if (periodOk && (milestone.on < value.startsOn || milestone.on > value.endsOn)) {
        issues.push({
          path: ["indicators", index, "milestones", milestoneIndex, "on"],
          key: "milestone_outside_period",
          params: { from: value.startsOn, to: value.endsOn },
        });
      }
    });
  });
  return issues;
}

/** The seed's targets as stored before indicator cards existed (`programmes.targets`). */
export interface LegacyTargets {
  municipalities?: number;
  regionalInstitutions?: number;
  stateInstitutions?: number;
  smes?: number;
}

const LEGACY_TARGET_KEYS = ["municipalities", "regionalInstitutions", "stateInstitutions", "smes"] as const;

/**
 * A default indicator as data (`data/programme_indicators.json`): the card without its milestones,
 * which depend on the programme's period.
 */
export const DefaultIndicatorSpec = z
  .object({
    code: indicatorCode,
    measure: z.enum(MEASURE_CODES),
    name: texts(120),
    unit: texts(60),
    definition: texts(1000),
    /** Adds the shared definition of «in a pilot project» to the card's definition. */
    withPilotDefinition: z.boolean().default(false),
    /** The programme's own proposal, replaced by the stored legacy target of this name where there is one. */
    target: count,
    legacyTarget: z.enum(LEGACY_TARGET_KEYS).optional(),
  })
  .strict();
export type DefaultIndicatorSpec = z.infer<typeof DefaultIndicatorSpec>;

/** The file's shape: a note for the reader and the specs, each code once. */
export const DefaultIndicatorFile = z
  .object({
    about: z.string(),
    indicators: z.array(DefaultIndicatorSpec).min(1),
  })
  .strict()
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.indicators.forEach((spec, index) => {
      if (seen.has(spec.code)) {
        ctx.addIssue({ code: "custom", path: ["indicators", index, "code"], message: "key_duplicate" });
      }
      seen.add(spec.code);
    });
  });

/** The last day of a month `months` after the period starts, or the period's end if sooner. */
function milestoneDate(startsOn: string, endsOn: string, months: number): string {
  const [year, month] = startsOn.split("-").map(Number);
  const end = new Date(Date.UTC(year, month - 1 + months, 0)).toISOString().slice(0, 10);
  return end < endsOn ? end : endsOn;
}

/**
 * The default indicator cards for a programme period: each with a milestone a third of the way
 * (a third of the target, rounded down) and one at the end (the whole target).
 */
export function buildDefaultIndicators(
  period: { startsOn: string; endsOn: string },
  targets: LegacyTargets,
  specs: readonly DefaultIndicatorSpec[],
): IndicatorCard[] {
  const [startYear, startMonth] = period.startsOn.split("-").map(Number);
  const [endYear, endMonth] = period.endsOn.split("-").map(Number);
  const months = (endYear - startYear) * 12 + (endMonth - startMonth) + 1;
  const third = Math.max(1, Math.round(months / 3));
  return specs.map((spec) => {
    const target = spec.legacyTarget === undefined ? spec.target : (targets[spec.legacyTarget] ?? spec.target);
    return {
      code: spec.code,
      measure: spec.measure,
      name: { ...spec.name },
      unit: { ...spec.unit },
      definition: spec.withPilotDefinition
        ? { da: `${spec.definition.da} ${PILOT_DEFINITION.da}`, en: `${spec.definition.en} ${PILOT_DEFINITION.en}` }
        : { ...spec.definition },
      target,
      milestones: [
        { on: milestoneDate(period.startsOn, period.endsOn, third), target: Math.floor(target / 3) },
        { on: period.endsOn, target },
      ],
    };
  });
}
