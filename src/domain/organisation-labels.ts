import { CARE_AREAS, type CareArea } from "./care-areas.js";
import { EMPLOYEE_BANDS, ORGANISATION_KINDS, type EmployeeBand, type OrganisationKind } from "./organisation.js";
import type { Language } from "./validation.js";

/**
 * The names people write in a spreadsheet for an organisation's type, size and care areas, in Danish and
 * English. The web's texts (src/web/i18n) show the same labels; a test keeps them equal. An import accepts
 * the label in either language, the code, and the common variants below, ignoring case and accents.
 */
type Labels<Code extends string> = Record<Code, { da: string; en: string; also?: string[] }>;

export const KIND_LABELS: Labels<OrganisationKind> = {
  municipality: { da: "Kommune", en: "Municipality" },
  region: { da: "Region", en: "Region" },
  state_institution: { da: "Statslig institution", en: "State institution", also: ["Stat", "Statsinstitution"] },
  public_unit: { da: "Offentlig enhed", en: "Public unit", also: ["Enhed"] },
  company: { da: "Virksomhed", en: "Company", also: ["Firma", "SMV", "SME"] },
  knowledge_institution: {
    da: "Videninstitution",
    en: "Knowledge institution",
    also: ["Vidensinstitution", "Uddannelsesinstitution", "GTS", "Universitet", "University"],
  },
  cluster: {
    da: "Klynge eller innovationsfacilitator",
    en: "Cluster or innovation facilitator",
    also: ["Klynge", "Erhvervsklynge", "Facilitator", "Cluster"],
  },
  other: { da: "Anden organisation", en: "Other organisation", also: ["Andet", "Anden", "Other"] },
};

export const BAND_LABELS: Labels<EmployeeBand> = {
  "1-9": { da: "1–9 ansatte", en: "1–9 employees" },
  "10-49": { da: "10–49 ansatte", en: "10–49 employees" },
  "50-249": { da: "50–249 ansatte", en: "50–249 employees" },
  "250+": { da: "250 eller flere ansatte", en: "250 or more employees", also: ["250 eller flere"] },
};

export const CARE_AREA_LABELS: Labels<CareArea> = {
  elder_care: { da: "Ældrepleje", en: "Elder care", also: ["Ældreområdet"] },
  home_care: { da: "Hjemmepleje", en: "Home care" },
  nursing_home: { da: "Plejehjem", en: "Nursing homes", also: ["Plejecenter", "Plejecentre", "Nursing home"] },
  hospital: { da: "Hospital", en: "Hospitals", also: ["Hospitaler", "Sygehus"] },
  disability: { da: "Handicap", en: "Disability services", also: ["Handicapområdet", "Disability"] },
  rehabilitation: {
    da: "Genoptræning og rehabilitering",
    en: "Rehabilitation",
    also: ["Genoptræning", "Rehabilitering"],
  },
  dementia: { da: "Demens", en: "Dementia" },
  prevention: { da: "Forebyggelse", en: "Prevention" },
  psychiatry: { da: "Psykiatri", en: "Psychiatry" },
  health_care: { da: "Sundhedspleje", en: "Community health care" },
};

/**
 * Case, accents, dashes and spacing do not matter: «Hjemmepleje», «hjemmepleje », «10–49» all read, and
 * Danish letters typed the ASCII way too («Aeldrepleje»).
 */
export function normaliseLabel(value: string): string {
  return value
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/ ?- ?/g, "-");
}

function reader<Code extends string>(codes: readonly Code[], labels: Labels<Code>): Map<string, Code> {
  const byName = new Map<string, Code>();
  for (const code of codes) {
    const { da, en, also = [] } = labels[code];
    for (const name of [code, da, en, ...also]) {
      byName.set(normaliseLabel(name), code);
    }
  }
  return byName;
}

const kindByName = reader(ORGANISATION_KINDS, KIND_LABELS);
const bandByName = reader(EMPLOYEE_BANDS, BAND_LABELS);
const careAreaByName = reader(CARE_AREAS, CARE_AREA_LABELS);

export function readKind(value: string): OrganisationKind | undefined {
  return kindByName.get(normaliseLabel(value));
}

export function readCareArea(value: string): CareArea | undefined {
  return careAreaByName.get(normaliseLabel(value));
}

/** A band by its code or label, or the band an employee count falls in («12», «12 ansatte» → 10-49). */
export function readEmployeeBand(value: string): EmployeeBand | undefined {
  const named = bandByName.get(normaliseLabel(value));
  if (named) {
    return named;
  }
  const count = /^(\d{1,7})(?: (?:ansatte|medarbejdere|employees))?$/.exec(normaliseLabel(value).replace(/\./g, ""));
  if (!count) {
    return undefined;
  }
  const employees = Number(count[1]);
  if (employees < 1) {
    return undefined;
  }
  return employees < 10 ? "1-9" : employees < 50 ? "10-49" : employees < 250 ? "50-249" : "250+";
}

/** The allowed values an error names: the labels in the reader's language. */
export function allowedLabels<Code extends string>(labels: Labels<Code>, language: Language): string {
  return Object.values<{ da: string; en: string }>(labels)
    .map((label) => label[language])
    .join(", ");
}
