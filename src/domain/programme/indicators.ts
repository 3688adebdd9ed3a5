import { z } from "zod";
import { requiredText, text } from "../text-schemas.js";
import { isMeasureCode, PILOT_DEFINITION, type MeasureCode } from "./measures.js";

/**
 * An indicator card, in the shape EU programmes use (Interreg's indicator cards): a code, a name, a
 * unit, a definition in words, the measure that computes it, a target and milestones by date. The
 * figure itself is never typed: it is the number of evidence rows the measure finds.
 */
const texts = (max: number) => z.object({ da: requiredText(max), en: requiredText(max) }).strict();

export const Milestone = z
  .object({
    on: z.iso.date(),
    target: z.number().int("whole_number").min(0, "not_negative").max(1_000_000),
  })
  .strict();
export type Milestone = z.infer<typeof Milestone>;

export const IndicatorCard = z
  .object({
    code: z.string().regex(/^[a-z][a-z0-9_]{1,59}$/, "key_format"),
    name: texts(120),
    unit: texts(60),
    definition: texts(1000),
    measure: z.string().max(60),
    target: z.number().int("whole_number").min(0, "not_negative").max(1_000_000),
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

interface DefaultSpec {
  code: string;
  measure: MeasureCode;
  name: [string, string];
  unit: [string, string];
  definition: [string, string];
  target: number;
}

const ORGS: [string, string] = ["organisationer", "organisations"];
const pilot = (what: [string, string]): [string, string] => [
  `${what[0]} i pilotprojekter. ${PILOT_DEFINITION.da}`,
  `${what[1]} in pilot projects. ${PILOT_DEFINITION.en}`,
];

/** The default indicators; targets not in the legacy targets are the programme's starting proposal. */
function defaultSpecs(targets: LegacyTargets): DefaultSpec[] {
  return [
    {
      code: "pilot_municipalities",
      measure: "pilot_municipalities",
      name: ["Kommuner i pilotprojekter", "Municipalities in pilot projects"],
      unit: ["kommuner", "municipalities"],
      definition: pilot(["Kommuner", "Municipalities"]),
      target: targets.municipalities ?? 5,
    },
    {
      code: "pilot_regional_institutions",
      measure: "pilot_regional_institutions",
      name: ["Regionale institutioner i pilotprojekter", "Regional institutions in pilot projects"],
      unit: ORGS,
      definition: pilot(["Regioner og regionale institutioner", "Regions and regional institutions"]),
      target: targets.regionalInstitutions ?? 1,
    },
    {
      code: "pilot_state_institutions",
      measure: "pilot_state_institutions",
      name: ["Statslige institutioner i pilotprojekter", "State institutions in pilot projects"],
      unit: ORGS,
      definition: pilot(["Statslige institutioner", "State institutions"]),
      target: targets.stateInstitutions ?? 1,
    },
    {
      code: "pilot_smes",
      measure: "pilot_smes",
      name: ["SMV'er i pilotprojekter", "SMEs in pilot projects"],
      unit: ["virksomheder", "companies"],
      definition: pilot(["Danske SMV'er", "Danish SMEs"]),
      target: targets.smes ?? 25,
    },
    {
      code: "institutions_visited",
      measure: "institutions_visited",
      name: ["Besøgte institutioner", "Institutions visited"],
      unit: ORGS,
      definition: [
        "Offentlige institutioner og virksomheder, som en innovationsagent har besøgt eller holdt møde med.",
        "Public institutions and companies an innovation agent has visited or met.",
      ],
      target: 40,
    },
    {
      code: "assessments_done",
      measure: "assessments_done",
      name: ["Gennemførte 360°-vurderinger", "360° assessments done"],
      unit: ["vurderinger", "assessments"],
      definition: [
        "360°-vurderinger af en institutions innovationsparathed, der er afsluttet med en profil.",
        "360° assessments of an institution's readiness for innovation, closed with a profile.",
      ],
      target: 10,
    },
    {
      code: "seminars_held",
      measure: "seminars_held",
      name: ["Afholdte seminarer", "Seminars held"],
      unit: ["seminarer", "seminars"],
      definition: [
        "Behovs- og matchseminarer, som programmet har afholdt.",
        "Needs and matchmaking seminars the programme has held.",
      ],
      target: 12,
    },
    {
      code: "needs_recorded",
      measure: "needs_recorded",
      name: ["Registrerede behov", "Needs recorded"],
      unit: ["behov", "needs"],
      definition: [
        "Behov, som offentlige organisationer har beskrevet i Samspil.",
        "Needs that public organisations have described in Samspil.",
      ],
      target: 60,
    },
    {
      code: "processes_started_individual",
      measure: "processes_started_individual",
      name: ["Startede individuelle forløb", "Individual processes started"],
      unit: ["forløb", "processes"],
      definition: [
        "Innovationsforløb med én behovsejer og én virksomhed.",
        "Innovation processes with one need owner and one company.",
      ],
      target: 15,
    },
    {
      code: "processes_started_network",
      measure: "processes_started_network",
      name: ["Startede netværksforløb", "Network processes started"],
      unit: ["forløb", "processes"],
      definition: [
        "Innovationsforløb med mindst tre organisationer.",
        "Innovation processes with at least three organisations.",
      ],
      target: 5,
    },
    {
      code: "tests_completed",
      measure: "tests_completed",
      name: ["Gennemførte test", "Tests completed"],
      unit: ["forløb", "processes"],
      definition: [
        "Forløb, hvor løsningen er testet i praksis og testen er godkendt ved gaten.",
        "Processes whose solution was tested in practice, the test approved at the gate.",
      ],
      target: 10,
    },
    {
      code: "processes_implemented",
      measure: "processes_implemented",
      name: ["Implementerede forløb", "Processes implemented"],
      unit: ["forløb", "processes"],
      definition: [
        "Forløb, hvor løsningen efter evalueringen tages i brug.",
        "Processes whose solution is taken into use after the evaluation.",
      ],
      target: 5,
    },
    {
      code: "cases_published",
      measure: "cases_published",
      name: ["Offentliggjorte cases", "Cases published"],
      unit: ["cases", "cases"],
      definition: [
        "Demonstrationsprojekter beskrevet som cases i videnbasen, så andre kan lære af dem.",
        "Demonstration projects written up as cases in the knowledge base for others to learn from.",
      ],
      target: 8,
    },
    {
      code: "adoptions",
      measure: "adoptions",
      name: ["Genbrug andre steder", "Adoptions elsewhere"],
      unit: ["genbrug", "adoptions"],
      definition: [
        "Gange, hvor en anden organisation har taget en løsning fra programmet i brug.",
        "Times another organisation has taken a solution from the programme into use.",
      ],
      target: 3,
    },
  ];
}

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
export function buildDefaultIndicators(period: { startsOn: string; endsOn: string }, targets: LegacyTargets) {
  const [startYear, startMonth] = period.startsOn.split("-").map(Number);
  const [endYear, endMonth] = period.endsOn.split("-").map(Number);
  const months = (endYear - startYear) * 12 + (endMonth - startMonth) + 1;
  const third = Math.max(1, Math.round(months / 3));
  return defaultSpecs(targets).map((spec): IndicatorCard => ({
    code: spec.code,
    measure: spec.measure,
    name: { da: spec.name[0], en: spec.name[1] },
    unit: { da: spec.unit[0], en: spec.unit[1] },
    definition: { da: spec.definition[0], en: spec.definition[1] },
    target: spec.target,
    milestones: [
      { on: milestoneDate(period.startsOn, period.endsOn, third), target: Math.floor(spec.target / 3) },
      { on: period.endsOn, target: spec.target },
    ],
  }));
}
