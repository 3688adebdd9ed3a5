/**
 * Deterministic, plausible Danish organisations for the benchmark: names and descriptions
 * use the words people search for (robot, forflytning, hjemmepleje, sensor, demens ...).
 * Pure: no I/O; the same seed gives the same rows.
 */
import { randomUUID } from "node:crypto";
import { CARE_AREAS } from "../src/domain/care-areas.js";
import { isValidCvr } from "../src/domain/cvr.js";
import { MUNICIPALITIES } from "../src/domain/geography.js";
import type { NewOrganisationRow } from "../src/server/db/schema.js";

export interface GeneratedOrganisation {
  row: NewOrganisationRow & { id: string };
  competenceSlugs: string[];
}

export interface GeneratorOptions {
  seed: number;
  /** Ids of municipalities etc. that public units hang under. */
  parentIds: string[];
  competenceSlugs: string[];
  /** The last fictional CVR number already used; numbers continue after it. */
  lastCvr: number;
  /**
   * Skewed like real data (bench:scale): a few large municipalities hold most organisations, and a
   * public unit hangs under its own municipality's organisation (code → id).
   */
  parentByMunicipality?: ReadonlyMap<string, string>;
}

/** The four largest municipalities first (København, Aarhus, Odense, Aalborg), then the list's order. */
const LARGEST = ["0101", "0751", "0461", "0851"];

/** Weights 1/rank (Zipf): København ~ 10 % of all organisations, the smallest ~ 0.1 %. */
export function skewedMunicipalities(): { municipality: (typeof MUNICIPALITIES)[number]; weight: number }[] {
  const ordered = [
    ...LARGEST.map((code) => MUNICIPALITIES.find((item) => item.code === code)).filter((item) => item !== undefined),
    ...MUNICIPALITIES.filter((item) => !LARGEST.includes(item.code)),
  ];
  return ordered.map((municipality, index) => ({ municipality, weight: 1 / (index + 1) }));
}

const PLACES = [
  "Nordisk",
  "Dansk",
  "Jysk",
  "Fynsk",
  "Sjællandsk",
  "Vestjysk",
  "Østjysk",
  "Bornholms",
  "Himmerlands",
  "Djurslands",
  "Limfjordens",
  "Øresunds",
  "Skandinavisk",
  "Midtjysk",
  "Sydfynsk",
  "Nordsjællands",
];
const CORES = [
  "Robotteknik",
  "Robotics",
  "Sensorteknik",
  "Forflytning",
  "Hjemmeplejeløsninger",
  "Demensomsorg",
  "Velfærdsteknologi",
  "Hjælpemidler",
  "Telemedicin",
  "Plejeteknik",
  "Omsorgsdata",
  "Sensor",
  "Løfteteknik",
  "Rehabilitering",
  "Sundhedsdata",
  "Velfærdsrobotter",
  "Tryghedsalarmer",
  "Medicinteknik",
];
const COMPANY_SUFFIXES = [
  "ApS",
  "A/S",
  "ApS",
  "Gruppen A/S",
  "Lab ApS",
  "Solutions ApS",
  "Systemer A/S",
  "Partners ApS",
  "& Co. ApS",
];
const TOPICS = [
  "Velfærdsteknologi",
  "Robotteknologi",
  "Demens",
  "Hjemmepleje",
  "Sundhedsinnovation",
  "Rehabilitering",
  "Digital Sundhed",
  "Sensorteknologi",
  "Forflytning og Ergonomi",
  "Telemedicin",
  "Ældreomsorg",
  "Hjælpemidler",
];
const KNOWLEDGE_PREFIXES = [
  "Center for",
  "Institut for",
  "Videncenter for",
  "Laboratorium for",
  "Teknologisk Center for",
  "Forskningsenhed for",
];
const UNIVERSITIES = [
  "Aarhus Universitet",
  "Syddansk Universitet",
  "Aalborg Universitet",
  "DTU",
  "Københavns Universitet",
  "VIA University College",
  "Professionshøjskolen Absalon",
  "UCL Erhvervsakademi og Professionshøjskole",
];
const UNIT_PREFIXES = [
  "Hjemmeplejen",
  "Plejecenter",
  "Plejehjemmet",
  "Aktivitetscenter",
  "Rehabiliteringscenter",
  "Bostedet",
  "Sundhedshuset",
  "Demenscenter",
  "Træningsenheden",
];
const DIRECTIONS = ["Nord", "Syd", "Øst", "Vest", "Midt", "Centrum"];
const OTHER_PREFIXES = ["Klyngen for", "Netværk for", "Foreningen for", "Partnerskab for"];
const STATE_PREFIXES = ["Styrelsen for", "Nationalt Center for", "Statens Institut for"];
const PRODUCTS = [
  "servicerobotter",
  "loftlifte og forflytningsudstyr",
  "sensorer til faldregistrering",
  "trykfølsomme gulve",
  "demensvenlige lysløsninger",
  "telemedicinske målinger",
  "spiserobotter",
  "medicindispensere",
  "vaske-tørre-toiletter",
  "GPS-alarmer til borgere med demens",
  "skærmbesøg",
  "træningsrobotter",
  "software til hjemmeplejen",
  "sengesensorer",
  "robotstøvsugere",
  "vendesenge",
];
const SETTINGS = [
  "hjemmeplejen",
  "plejecentre",
  "botilbud",
  "hospitaler",
  "borgerens eget hjem",
  "demensafsnit",
  "genoptræningen",
  "sygeplejen",
];
const PARTNERS = [
  "kommunerne",
  "regionerne",
  "Teknologisk Institut",
  "Alexandra Instituttet",
  "DTU",
  "SDU",
  "Aarhus Universitet",
  "Aalborg Universitet",
  "VIA University College",
  "Odense Robotics",
];
const SENTENCES = [
  "Fokus på forflytning, arbejdsmiljø og færre tunge løft.",
  "Løsningen reducerer antallet af besøg og frigør tid til omsorg.",
  "Data fra sensorer giver personalet overblik om natten.",
  "Borgere med demens får mere tryghed og selvbestemmelse.",
  "Produkterne er CE-mærket og testet i dansk hjemmepleje.",
  "Tilbyder rådgivning om implementering og business case.",
];
const STREETS = [
  "Industrivej",
  "Skovvej",
  "Hovedgaden",
  "Stationsvej",
  "Søndergade",
  "Nørregade",
  "Åboulevarden",
  "Kirkevej",
  "Teknologiparken",
  "Innovationsvej",
];
const DB07 = [
  "28.99",
  "62.01",
  "26.51",
  "32.50",
  "46.46",
  "86.90",
  "72.19",
  "71.20",
  "28.22",
  "62.02",
  "26.60",
  "32.99",
];
const KINDS: [kind: string, weight: number][] = [
  ["company", 75],
  ["public_unit", 12],
  ["knowledge_institution", 6],
  ["other", 4],
  ["state_institution", 3],
];
const BANDS: [band: string, weight: number][] = [
  ["1-9", 40],
  ["10-49", 35],
  ["50-249", 18],
  ["250+", 7],
];

/** mulberry32: a tiny seeded PRNG, so every run benchmarks the same data. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createOrganisationGenerator(options: GeneratorOptions): () => GeneratedOrganisation {
  const random = createRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const pickWeighted = (items: [string, number][]): string => {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = random() * total;
    for (const [value, weight] of items) {
      roll -= weight;
      if (roll < 0) {
        return value;
      }
    }
    return items[items.length - 1][0];
  };
  const pickSome = <T>(items: readonly T[], min: number, max: number): T[] => {
    const count = min + Math.floor(random() * (max - min + 1));
    return [...new Set(Array.from({ length: count }, () => pick(items)))];
  };
  let cvr = Math.max(options.lastCvr, 98_000_000);
  const nextCvr = (): string => {
    for (let attempt = 0; attempt < 40; attempt += 1) {
      cvr += 1;
      if (isValidCvr(String(cvr))) {
        return String(cvr);
      }
    }
    throw new Error(`No valid CVR number near ${cvr}`);
  };

  const describe = (kind: string): string => {
    const lines = [
      kind === "company"
        ? `Udvikler ${pick(PRODUCTS)} til ${pick(SETTINGS)}.`
        : `Arbejder med ${pick(TOPICS).toLowerCase()} i ${pick(SETTINGS)}.`,
      `Samarbejder med ${pick(PARTNERS)} om test af ${pick(PRODUCTS)}.`,
    ];
    if (random() < 0.6) {
      lines.push(pick(SENTENCES));
    }
    return lines.join(" ");
  };

  const skewed = options.parentByMunicipality ? skewedMunicipalities() : undefined;
  const skewedTotal = skewed?.reduce((sum, item) => sum + item.weight, 0) ?? 0;
  const pickMunicipality = () => {
    if (!skewed) {
      return pick(MUNICIPALITIES);
    }
    let roll = random() * skewedTotal;
    for (const item of skewed) {
      roll -= item.weight;
      if (roll < 0) {
        return item.municipality;
      }
    }
    return skewed[skewed.length - 1].municipality;
  };

  return () => {
    const kind = pickWeighted(KINDS);
    const municipality = pickMunicipality();
    const ownParent = options.parentByMunicipality?.get(municipality.code);
    let name: string;
    if (kind === "company") {
      name = `${pick(PLACES)} ${pick(CORES)} ${pick(COMPANY_SUFFIXES)}`;
    } else if (kind === "public_unit") {
      name = `${pick(UNIT_PREFIXES)} ${municipality.name} ${pick(DIRECTIONS)}`;
    } else if (kind === "knowledge_institution") {
      name = `${pick(KNOWLEDGE_PREFIXES)} ${pick(TOPICS)}, ${pick(UNIVERSITIES)}`;
    } else if (kind === "other") {
      name = `${pick(OTHER_PREFIXES)} ${pick(TOPICS)} ${municipality.name}`;
    } else {
      name = `${pick(STATE_PREFIXES)} ${pick(TOPICS)}`;
    }
    const isCompany = kind === "company";
    return {
      row: {
        id: randomUUID(),
        kind,
        name,
        cvr: isCompany ? nextCvr() : null,
        parent_id:
          kind === "public_unit" && options.parentIds.length > 0 ? (ownParent ?? pick(options.parentIds)) : null,
        municipality_code: municipality.code,
        address: `${pick(STREETS)} ${1 + Math.floor(random() * 120)}, ${municipality.name}`,
        website: "",
        description: describe(kind),
        employee_band: isCompany ? pickWeighted(BANDS) : null,
        db07_codes: isCompany ? pickSome(DB07, 1, 2) : [],
        care_areas: pickSome(CARE_AREAS, 1, 3),
        contact_persons: "[]",
        archived_at: random() < 0.02 ? new Date() : null,
      },
      competenceSlugs: pickSome(options.competenceSlugs, 0, 3),
    };
  };
}
