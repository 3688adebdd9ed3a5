/**
 * Demo content: real public bodies and knowledge institutions (names only, from data/). The
 * clearly fictional demo companies are in demo-companies.ts.
 */
import type { CareArea } from "../../domain/care-areas.js";

export const DEMO_PASSWORD = "samspil-demo";

export const DEMO_COMPETENCES: [slug: string, da: string, en: string][] = [
  ["robotteknologi", "Robotteknologi", "Robotics"],
  ["forflytning", "Forflytning og løft", "Patient handling and lifting"],
  ["sensorer", "Sensorer og IoT", "Sensors and IoT"],
  ["telemedicin", "Telemedicin", "Telemedicine"],
  ["hygiejne", "Hygiejne og toiletløsninger", "Hygiene and toilet solutions"],
  ["demens", "Demens", "Dementia"],
  ["software", "Softwareudvikling", "Software development"],
  ["kunstig-intelligens", "Kunstig intelligens og data", "Artificial intelligence and data"],
  ["velfaerdsteknologi", "Velfærdsteknologi", "Welfare technology"],
  ["hjaelpemidler", "Hjælpemidler", "Assistive devices"],
  ["evaluering", "Evaluering og effektmåling", "Evaluation and impact measurement"],
  ["sundhedsoekonomi", "Sundhedsøkonomi og business case", "Health economics and business cases"],
  ["brugerinddragelse", "Brugerinddragelse og living lab", "User involvement and living labs"],
  ["design", "Design og brugervenlighed", "Design and usability"],
  ["rehabilitering", "Rehabilitering og træning", "Rehabilitation and training"],
  ["medicinhaandtering", "Medicinhåndtering", "Medication management"],
  ["adgang", "Adgangskontrol og låse", "Access control and locks"],
  ["maaling", "Måling, test og certificering", "Measurement, testing and certification"],
  ["skaermbesoeg", "Skærmbesøg og video", "Video visits"],
  ["virtual-reality", "Virtual reality", "Virtual reality"],
  ["ernaering", "Ernæring og spisning", "Nutrition and eating aids"],
  ["sikkerhed", "Sikkerhed og tryghed", "Safety and security"],
];

export interface DemoPublic {
  key: string;
  kind: "municipality" | "region" | "state_institution";
  name: string;
  municipalityCode: string;
  address: string;
  website: string;
  description: string;
  careAreas: CareArea[];
}

export const DEMO_PUBLIC: DemoPublic[] = [
  {
    key: "aarhus",
    kind: "municipality",
    name: "Aarhus Kommune",
    municipalityCode: "0751",
    address: "Rådhuspladsen 2, 8000 Aarhus C",
    website: "https://www.aarhus.dk",
    description:
      "Danmarks næststørste kommune. Sundhed og Omsorg arbejder med velfærdsteknologi i " +
      "hjemmeplejen og på plejehjem, bl.a. forflytning, spiserobotter og vaske-tørre-toiletter.",
    careAreas: ["elder_care", "home_care", "nursing_home", "rehabilitation"],
  },
  {
    key: "odense",
    kind: "municipality",
    name: "Odense Kommune",
    municipalityCode: "0461",
    address: "Flakhaven 2, 5000 Odense C",
    website: "https://www.odense.dk",
    description:
      "Ældre- og Handicapforvaltningen har erfaring med robotter og velfærdsteknologi i " +
      "samarbejde med Odense Robotics og SDU.",
    careAreas: ["elder_care", "disability", "home_care"],
  },
  {
    key: "aalborg",
    kind: "municipality",
    name: "Aalborg Kommune",
    municipalityCode: "0851",
    address: "Boulevarden 13, 9000 Aalborg",
    website: "https://www.aalborg.dk",
    description: "Ældre- og Handicapforvaltningen; Fremtidens Plejehjem med trykfølsomme gulve og sensorer.",
    careAreas: ["elder_care", "nursing_home", "dementia"],
  },
  {
    key: "viborg",
    kind: "municipality",
    name: "Viborg Kommune",
    municipalityCode: "0791",
    address: "Prinsens Allé 5, 8800 Viborg",
    website: "https://www.viborg.dk",
    description: "Hjemmeplejen bruger skærmbesøg til borgere, der kan klare sig med et besøg via video.",
    careAreas: ["home_care", "elder_care"],
  },
  {
    key: "koege",
    kind: "municipality",
    name: "Køge Kommune",
    municipalityCode: "0259",
    address: "Torvet 1, 4600 Køge",
    website: "https://www.koege.dk",
    description: "Ældreområdet har testet servicerobotter på plejecenter.",
    careAreas: ["nursing_home", "elder_care"],
  },
  {
    key: "hilleroed",
    kind: "municipality",
    name: "Hillerød Kommune",
    municipalityCode: "0219",
    address: "Trollesmindealle 27, 3400 Hillerød",
    website: "https://www.hillerod.dk",
    description: "Socialområdet og botilbud arbejder med VR og sensorgulve.",
    careAreas: ["disability", "psychiatry"],
  },
  {
    key: "norddjurs",
    kind: "municipality",
    name: "Norddjurs Kommune",
    municipalityCode: "0707",
    address: "Torvet 3, 8500 Grenaa",
    website: "https://www.norddjurs.dk",
    description: "Plejecentre med fokus på demens og beslutningsstøtte til personalet.",
    careAreas: ["dementia", "nursing_home"],
  },
  {
    key: "koebenhavn",
    kind: "municipality",
    name: "Københavns Kommune",
    municipalityCode: "0101",
    address: "Rådhuspladsen 1, 1599 København V",
    website: "https://www.kk.dk",
    description: "Sundheds- og Omsorgsforvaltningen tester velfærdsteknologi på plejehjem og i hjemmeplejen.",
    careAreas: ["elder_care", "nursing_home", "home_care"],
  },
  {
    key: "region-midt",
    kind: "region",
    name: "Region Midtjylland",
    municipalityCode: "0791",
    address: "Skottenborg 26, 8800 Viborg",
    website: "https://www.rm.dk",
    description: "Hospitaler og sundhedsinnovation i Midtjylland.",
    careAreas: ["hospital", "health_care"],
  },
  {
    key: "region-nord",
    kind: "region",
    name: "Region Nordjylland",
    municipalityCode: "0851",
    address: "Niels Bohrs Vej 30, 9220 Aalborg Øst",
    website: "https://rn.dk",
    description: "Telemedicin for borgere med KOL (TeleCare Nord) sammen med de 11 nordjyske kommuner.",
    careAreas: ["hospital", "health_care", "prevention"],
  },
  {
    key: "sbst",
    kind: "state_institution",
    name: "Social- og Boligstyrelsen",
    municipalityCode: "0461",
    address: "Edisonsvej 1, 5000 Odense C",
    website: "https://www.sbst.dk",
    description: "Hjælpemiddelområdet: problemafdækning, udvælgelse, tilpasning, indkøb, bevilling og rådgivning.",
    careAreas: ["disability", "rehabilitation"],
  },
];

export const DEMO_UNITS: {
  parent: string;
  name: string;
  municipalityCode: string;
  careAreas: CareArea[];
  description: string;
}[] = [
  {
    parent: "aarhus",
    name: "Hjemmeplejen Aarhus Syd",
    municipalityCode: "0751",
    careAreas: ["home_care", "elder_care"],
    description: "Hjemmeplejegruppe med ca. 120 medarbejdere. Mange forflytninger kræver i dag to medarbejdere.",
  },
  {
    parent: "aarhus",
    name: "Plejehjemmet Vikærgården",
    municipalityCode: "0751",
    careAreas: ["nursing_home", "dementia"],
    description: "Plejehjem med skærmet enhed for borgere med demens.",
  },
  {
    parent: "odense",
    name: "Hjemmeplejen Odense Nord",
    municipalityCode: "0461",
    careAreas: ["home_care"],
    description: "Hjemmepleje i den nordlige del af Odense.",
  },
  {
    parent: "norddjurs",
    name: "Plejecenter Fuglsanggården",
    municipalityCode: "0707",
    careAreas: ["nursing_home", "dementia"],
    description: "Plejecenter, der har afprøvet digital beslutningsstøtte om demens.",
  },
  {
    parent: "koege",
    name: "Ølby Ældrecenter",
    municipalityCode: "0259",
    careAreas: ["nursing_home", "elder_care"],
    description: "Ældrecenter, der har testet servicerobotten SMOOTH.",
  },
  {
    parent: "hilleroed",
    name: "Kommunikationscentret, Hillerød Kommune",
    municipalityCode: "0219",
    careAreas: ["disability"],
    description: "Kommunal specialenhed; projektledelse af sensorgulv-evaluering.",
  },
  {
    parent: "viborg",
    name: "Hjemmeplejen Viborg Midt",
    municipalityCode: "0791",
    careAreas: ["home_care"],
    description: "Hjemmeplejedistrikt med skærmbesøg.",
  },
  {
    parent: "region-midt",
    name: "Aarhus Universitetshospital, Geriatrisk Afdeling",
    municipalityCode: "0751",
    careAreas: ["hospital", "elder_care"],
    description: "Hospitalsafdeling for ældre patienter.",
  },
];

/** Kind and competences for the knowledge bodies in data/knowledge_institutions.json, by their type text. */
export function knowledgeKind(
  type: string,
): "knowledge_institution" | "cluster" | "other" | "state_institution" | "public_unit" {
  if (/erhvervsklynge/i.test(type)) {
    return "cluster";
  }
  if (/interesseorganisation/i.test(type)) {
    return "other";
  }
  if (/styrelse/i.test(type)) {
    return "state_institution";
  }
  if (/kommunal specialenhed/i.test(type)) {
    return "public_unit";
  }
  return "knowledge_institution";
}

export const KNOWLEDGE_COMPETENCE_HINTS: [pattern: RegExp, slug: string][] = [
  [/robot/i, "robotteknologi"],
  [/informationsteknologi|digital|software/i, "software"],
  [/evaluer|analyse/i, "evaluering"],
  [/måling|metrologi|test|prøvning|inspektion/i, "maaling"],
  [/demens/i, "demens"],
  [/telemedicin/i, "telemedicin"],
  [/sundhedsøkonomi/i, "sundhedsoekonomi"],
  [/velfærdsteknologi/i, "velfaerdsteknologi"],
  [/hjælpemiddel/i, "hjaelpemidler"],
  [/rehabilitering/i, "rehabilitering"],
  [/sikring|brand/i, "sikkerhed"],
  [/medicoteknik|medicinsk/i, "maaling"],
];
