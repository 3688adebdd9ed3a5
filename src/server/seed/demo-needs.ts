import type { CareArea } from "../../domain/care-areas.js";
import type { Dimension } from "../../domain/dimensions.js";
import { NeedCreate } from "../../domain/needs.js";
import type { Db } from "../db/database.js";
import { insertNeedRecord } from "../modules/needs/needs.service.js";
import { backdateSeedRow } from "./seed.repo.js";

/**
 * Demo needs, written from the real cases in data/demo_cases.json (paraphrased), owned by the
 * demo public organisations. `owner` is an organisation name from demo-content.ts.
 */
export interface DemoNeed {
  caseId: string;
  owner: string;
  careArea: CareArea;
  dimension: Dimension;
  title: string;
  description: string;
  affected: string;
  staffHoursPerYear: number | null;
  citizensAffected: number | null;
  priority: "low" | "medium" | "high";
  competences: string[];
}

export const DEMO_NEEDS: DemoNeed[] = [
  {
    caseId: "C01",
    owner: "Hjemmeplejen Aarhus Syd",
    careArea: "home_care",
    dimension: "technology",
    title: "Færre tunge løft ved forflytning",
    description:
      "Forflytning og vending af svage borgere kræver ofte to medarbejdere og giver tunge løft " +
      "i dårlige arbejdsstillinger. Vi vil frigøre medarbejdertid og forbedre arbejdsmiljøet " +
      "med loftlifte og bedre hjælpemidler, uden at borgeren får mindre hjælp.",
    affected: "Medarbejdere i hjemmeplejen og borgere, der skal forflyttes",
    staffHoursPerYear: 3200,
    citizensAffected: 140,
    priority: "high",
    competences: ["forflytning", "hjaelpemidler"],
  },
  {
    caseId: "C02",
    owner: "Aarhus Kommune",
    careArea: "home_care",
    dimension: "user_involvement",
    title: "Selvhjulpne toiletbesøg i eget hjem",
    description:
      "Hjemmeboende ældre og borgere med handicap får personlig hjælp til toiletbesøg. Vi vil " +
      "gøre borgerne selvhjulpne med vaske-tørre-toiletter og reducere den visiterede tid.",
    affected: "Borgere med behov for hjælp til toiletbesøg",
    staffHoursPerYear: 1800,
    citizensAffected: 60,
    priority: "medium",
    competences: ["hygiejne"],
  },
  {
    caseId: "C03",
    owner: "Københavns Kommune",
    careArea: "nursing_home",
    dimension: "implementation",
    title: "Vaske-tørre-toiletter på flere plejehjem?",
    description:
      "Forvaltningen vil afklare fordele og ulemper ved at indføre vaske-tørre-toiletter " +
      "systematisk på flere plejehjem, før der investeres bredt.",
    affected: "Beboere og personale på plejehjemmene",
    staffHoursPerYear: 1200,
    citizensAffected: 150,
    priority: "low",
    competences: ["hygiejne"],
  },
  {
    caseId: "C05",
    owner: "Plejehjemmet Vikærgården",
    careArea: "nursing_home",
    dimension: "technology",
    title: "Spise selv med hjælp fra en spiserobot",
    description:
      "Beboere, der ikke selv kan spise, har brug for personalets hjælp ved hvert måltid. Vi " +
      "vil øge selvhjulpenheden ved måltiderne og finde ud af, hvilke beboere en spiserobot " +
      "passer til.",
    affected: "Beboere med nedsat arm- og håndfunktion",
    staffHoursPerYear: 900,
    citizensAffected: 12,
    priority: "medium",
    competences: ["ernaering", "robotteknologi"],
  },
  {
    caseId: "C07",
    owner: "Plejecenter Fuglsanggården",
    careArea: "dementia",
    dimension: "competences",
    title: "Beslutningsstøtte i plejen af borgere med demens",
    description:
      "Plejepersonalet mangler viden og beslutningsstøtte i plejen af mennesker med demens. " +
      "Løsningen skal valideres, så den kan bruges i flere kommuner.",
    affected: "Plejepersonale og borgere med demens",
    staffHoursPerYear: null,
    citizensAffected: 40,
    priority: "high",
    competences: ["demens", "software"],
  },
  {
    caseId: "C09",
    owner: "Ølby Ældrecenter",
    careArea: "nursing_home",
    dimension: "organisation",
    title: "Robotter til rutineopgaver på plejecentret",
    description:
      "Personalet bruger tid på rutineopgaver som transport af vasketøj og affald, at vise " +
      "beboere vej og servere drikkevarer. Tiden skal bruges på omsorg i stedet; vi vil teste " +
      "en servicerobot.",
    affected: "Personale og beboere på ældrecentret",
    staffHoursPerYear: 1500,
    citizensAffected: 60,
    priority: "medium",
    competences: ["robotteknologi"],
  },
  {
    caseId: "C10",
    owner: "Aarhus Kommune",
    careArea: "prevention",
    dimension: "business_development",
    title: "Tryghed for ældre, der falder i eget hjem",
    description:
      "Hjemmeboende ældre er bekymrede for at falde og ikke blive fundet i tide. Vi vil " +
      "undersøge, om sensorer og data om elforbruget kan give tryghed, så de kan blive længere " +
      "i egen bolig.",
    affected: "Ældre, der bor alene",
    staffHoursPerYear: null,
    citizensAffected: 300,
    priority: "low",
    competences: ["sensorer", "sikkerhed"],
  },
  {
    caseId: "C14",
    owner: "Region Nordjylland",
    careArea: "health_care",
    dimension: "strategy",
    title: "Telemedicin til borgere med KOL",
    description:
      "Borgere med KOL har mange indlæggelser. Vi har brug for en løsning på tværs af " +
      "sektorer, hvor borgeren selv måler vitale værdier hjemme og sundhedspersonale følger " +
      "op, så der bliver færre indlæggelser.",
    affected: "Borgere med KOL, sygeplejersker og praktiserende læger",
    staffHoursPerYear: 5000,
    citizensAffected: 1200,
    priority: "high",
    competences: ["telemedicin"],
  },
  {
    caseId: "C15",
    owner: "Hjemmeplejen Viborg Midt",
    careArea: "home_care",
    dimension: "implementation",
    title: "Skærmbesøg, hvor et fysisk besøg ikke er nødvendigt",
    description:
      "Personalemangel og lange køreafstande presser hjemmeplejen. Nogle besøg skal kunne " +
      "klares hurtigere og mere fleksibelt som skærmbesøg via video.",
    affected: "Borgere med korte besøg, fx påmindelser om medicin",
    staffHoursPerYear: 2600,
    citizensAffected: 90,
    priority: "high",
    competences: ["skaermbesoeg"],
  },
  {
    caseId: "C24",
    owner: "Københavns Kommune",
    careArea: "home_care",
    dimension: "market_development",
    title: "Elektronisk adgang i stedet for nøgler",
    description:
      "Håndtering af fysiske nøgler til borgernes hjem, nøglebokse og afhentning koster " +
      "medarbejdertid. Vi ønsker elektroniske låse, der er sikre og nemme at bruge.",
    affected: "Hjemmeplejens medarbejdere og borgerne",
    staffHoursPerYear: 2100,
    citizensAffected: 2500,
    priority: "medium",
    competences: ["adgang"],
  },
  {
    caseId: "C33",
    owner: "Kommunikationscentret, Hillerød Kommune",
    careArea: "disability",
    dimension: "user_involvement",
    title: "Træning af hverdagens færdigheder med VR",
    description:
      "Beboere på botilbud skal træne nye færdigheder, fx at tage offentlig transport, og " +
      "regulere deres følelser i trygge rammer. Vi vil afprøve VR-film.",
    affected: "Beboere og pædagoger på tre botilbud",
    staffHoursPerYear: null,
    citizensAffected: 30,
    priority: "low",
    competences: ["virtual-reality"],
  },
];

/**
 * How many days before the seed's now each need was recorded: spread over the programme's year (it began
 * 1 January), the oldest first taken into processes, the newest still waiting for a match.
 */
export const DEMO_NEED_AGE_DAYS: Record<string, number> = {
  C03: 330,
  C15: 315,
  C01: 300,
  C02: 260,
  C05: 210,
  C07: 160,
  C09: 115,
  C10: 80,
  C14: 45,
  C24: 24,
  C33: 9,
};

/** Loads the demo needs; `ids` maps demo organisation names to ids, `competenceIds` slugs to ids. */
export async function loadDemoNeeds(
  db: Db,
  ids: Map<string, string>,
  competenceIds: Map<string, string>,
  createdBy: string | null,
): Promise<Map<string, string>> {
  const needIds = new Map<string, string>();
  for (const need of DEMO_NEEDS) {
    const input = NeedCreate.parse({
      ownerOrganisationId: ids.get(need.owner),
      careArea: need.careArea,
      dimension: need.dimension,
      title: need.title,
      description: need.description,
      affected: need.affected,
      staffHoursPerYear: need.staffHoursPerYear,
      citizensAffected: need.citizensAffected,
      priority: need.priority,
      competenceIds: need.competences.map((slug) => competenceIds.get(slug)),
    });
    const id = await insertNeedRecord(db, input, createdBy);
    await backdateSeedRow(db, "needs", id, new Date(Date.now() - (DEMO_NEED_AGE_DAYS[need.caseId] ?? 0) * 86_400_000));
    needIds.set(need.caseId, id);
  }
  return needIds;
}
