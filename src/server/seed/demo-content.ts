/**
 * Demo content: real public bodies and knowledge institutions (names only, from data/), and
 * clearly fictional demo companies. CVR numbers of demo companies are made up in the 99xxxxxx
 * range and pass the modulus-11 check.
 */
import type { CareArea } from "../../domain/care-areas.js";
import type { EmployeeBand } from "../../domain/organisation.js";

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
      "Danmarks næststørste kommune. Sundhed og Omsorg arbejder med velfærdsteknologi i hjemmeplejen og på plejehjem, bl.a. forflytning, spiserobotter og vaske-tørre-toiletter.",
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
      "Ældre- og Handicapforvaltningen har erfaring med robotter og velfærdsteknologi i samarbejde med Odense Robotics og SDU.",
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

export interface DemoCompany {
  name: string;
  municipalityCode: string;
  band: EmployeeBand;
  db07: string[];
  careAreas: CareArea[];
  competences: string[];
  description: string;
}

export const DEMO_COMPANIES: DemoCompany[] = [
  {
    name: "LøfteLet ApS",
    municipalityCode: "0751",
    band: "10-49",
    db07: ["28.22"],
    careAreas: ["nursing_home", "home_care"],
    competences: ["forflytning", "hjaelpemidler"],
    description: "Udvikler loftlifte og skinnesystemer, så én medarbejder kan klare forflytninger, der før krævede to.",
  },
  {
    name: "Robonær A/S",
    municipalityCode: "0461",
    band: "50-249",
    db07: ["28.99"],
    careAreas: ["nursing_home", "elder_care"],
    competences: ["robotteknologi", "velfaerdsteknologi"],
    description: "Servicerobotter til plejecentre: robotten kører rundt med mad og linned og aflaster personalet.",
  },
  {
    name: "Sensio Gulve ApS",
    municipalityCode: "0851",
    band: "10-49",
    db07: ["26.51"],
    careAreas: ["nursing_home", "dementia"],
    competences: ["sensorer", "sikkerhed"],
    description: "Trykfølsomme gulve, der opdager fald og giver besked til personalet om natten.",
  },
  {
    name: "Klarvand Hygiejne ApS",
    municipalityCode: "0101",
    band: "10-49",
    db07: ["22.23"],
    careAreas: ["home_care", "nursing_home"],
    competences: ["hygiejne"],
    description: "Vaske-tørre-toiletter, der giver borgeren mere selvhjulpenhed og færre besøg.",
  },
  {
    name: "Spiseven Robotics ApS",
    municipalityCode: "0751",
    band: "1-9",
    db07: ["28.99"],
    careAreas: ["disability", "nursing_home"],
    competences: ["robotteknologi", "ernaering"],
    description: "Spiserobotter, der lader borgere med nedsat armfunktion spise selv.",
  },
  {
    name: "DemensGuide ApS",
    municipalityCode: "0707",
    band: "1-9",
    db07: ["62.01"],
    careAreas: ["dementia"],
    competences: ["demens", "software"],
    description: "Digitalt videns- og beslutningsstøttesystem til personale, der arbejder med borgere med demens.",
  },
  {
    name: "TeleOmsorg A/S",
    municipalityCode: "0851",
    band: "50-249",
    db07: ["62.01"],
    careAreas: ["health_care", "prevention"],
    competences: ["telemedicin", "software"],
    description: "Telemedicinske løsninger, hvor borgere med KOL måler selv og deler målingerne med sygeplejersken.",
  },
  {
    name: "SkærmNær ApS",
    municipalityCode: "0791",
    band: "10-49",
    db07: ["62.01"],
    careAreas: ["home_care"],
    competences: ["skaermbesoeg", "software"],
    description: "Skærmbesøg i hjemmeplejen: sikker videoforbindelse mellem borger og medarbejder.",
  },
  {
    name: "LåsLet A/S",
    municipalityCode: "0621",
    band: "50-249",
    db07: ["25.72"],
    careAreas: ["home_care"],
    competences: ["adgang", "sikkerhed"],
    description: "Elektroniske låseenheder, så hjemmeplejen ikke behøver nøgler til borgernes hjem.",
  },
  {
    name: "VR-Rummet ApS",
    municipalityCode: "0219",
    band: "1-9",
    db07: ["59.11"],
    careAreas: ["disability", "psychiatry"],
    competences: ["virtual-reality", "brugerinddragelse"],
    description: "VR-film, der forbereder borgere på botilbud på nye situationer.",
  },
  {
    name: "Medicindosis ApS",
    municipalityCode: "0860",
    band: "10-49",
    db07: ["32.50"],
    careAreas: ["home_care", "elder_care"],
    competences: ["medicinhaandtering", "robotteknologi"],
    description: "Medicinrobot, der doserer og minder borgeren om at tage medicinen til tiden.",
  },
  {
    name: "TrygHjem Analytics ApS",
    municipalityCode: "0751",
    band: "1-9",
    db07: ["62.02"],
    careAreas: ["elder_care", "prevention"],
    competences: ["kunstig-intelligens", "sensorer"],
    description: "Intelligent el-overvågning: data fra elforbruget viser, om en ældre borger i eget hjem har det godt.",
  },
  {
    name: "RehabRobot ApS",
    municipalityCode: "0461",
    band: "10-49",
    db07: ["32.50"],
    careAreas: ["rehabilitation"],
    competences: ["rehabilitering", "robotteknologi"],
    description: "Træningsrobotter til genoptræning efter apopleksi og hoftebrud.",
  },
  {
    name: "Plejeplan Software A/S",
    municipalityCode: "0147",
    band: "50-249",
    db07: ["62.01"],
    careAreas: ["home_care", "elder_care"],
    competences: ["software", "kunstig-intelligens"],
    description: "Automatisk besøgsplanlægning, der frigør tid hos planlæggere i hjemmeplejen.",
  },
  {
    name: "Hjælpemiddelhuset Nord ApS",
    municipalityCode: "0813",
    band: "10-49",
    db07: ["46.46"],
    careAreas: ["disability", "rehabilitation"],
    competences: ["hjaelpemidler", "forflytning"],
    description: "Grossist og rådgiver inden for hjælpemidler, kørestole og forflytningsudstyr.",
  },
  {
    name: "OmsorgsData ApS",
    municipalityCode: "0101",
    band: "1-9",
    db07: ["63.11"],
    careAreas: ["elder_care"],
    competences: ["kunstig-intelligens", "evaluering"],
    description: "Dataanalyse og effektmåling af velfærdsteknologi for kommuner.",
  },
  {
    name: "BusinessCase Partners ApS",
    municipalityCode: "0751",
    band: "1-9",
    db07: ["70.22"],
    careAreas: ["elder_care", "health_care"],
    competences: ["sundhedsoekonomi", "evaluering"],
    description: "Rådgivning om business cases og gevinstrealisering for velfærdsteknologi.",
  },
  {
    name: "Designværkstedet for Velfærd ApS",
    municipalityCode: "0621",
    band: "1-9",
    db07: ["74.10"],
    careAreas: ["elder_care", "disability"],
    competences: ["design", "brugerinddragelse"],
    description: "Brugerdreven design og living lab-forløb med borgere og personale.",
  },
  {
    name: "VendeSeng A/S",
    municipalityCode: "0630",
    band: "50-249",
    db07: ["31.09"],
    careAreas: ["nursing_home", "hospital"],
    competences: ["forflytning", "hjaelpemidler"],
    description: "Plejesenge med automatisk vendefunktion, der mindsker tunge løft.",
  },
  {
    name: "Faldalarm Danmark ApS",
    municipalityCode: "0461",
    band: "10-49",
    db07: ["26.30"],
    careAreas: ["home_care", "elder_care"],
    competences: ["sensorer", "sikkerhed"],
    description: "Bærbare faldalarmer og nødkald til ældre i eget hjem.",
  },
  {
    name: "Rengøringsrobotten ApS",
    municipalityCode: "0101",
    band: "10-49",
    db07: ["28.29"],
    careAreas: ["nursing_home"],
    competences: ["robotteknologi", "hygiejne"],
    description: "Robotstøvsugere og gulvvaskere til plejecentre og botilbud.",
  },
  {
    name: "KOL-Coach ApS",
    municipalityCode: "0851",
    band: "1-9",
    db07: ["86.90"],
    careAreas: ["prevention", "health_care"],
    competences: ["telemedicin", "rehabilitering"],
    description: "Digital træning og coaching for borgere med KOL.",
  },
  {
    name: "Lyd og Lys Sansning ApS",
    municipalityCode: "0751",
    band: "1-9",
    db07: ["27.40"],
    careAreas: ["dementia", "psychiatry"],
    competences: ["demens", "design"],
    description: "Døgnrytmelys og sansestimulering til borgere med demens.",
  },
  {
    name: "Madvogn Robot A/S",
    municipalityCode: "0657",
    band: "50-249",
    db07: ["28.99"],
    careAreas: ["hospital", "nursing_home"],
    competences: ["robotteknologi", "ernaering"],
    description: "Selvkørende transportrobotter til mad og forsyninger på hospitaler.",
  },
  {
    name: "Inkontinens Sensor ApS",
    municipalityCode: "0157",
    band: "10-49",
    db07: ["32.50"],
    careAreas: ["nursing_home", "home_care"],
    competences: ["sensorer", "hygiejne"],
    description: "Sensorer i bleer, der fortæller personalet, hvornår der skal skiftes.",
  },
  {
    name: "Stemmestyring Nordic ApS",
    municipalityCode: "0101",
    band: "1-9",
    db07: ["62.01"],
    careAreas: ["disability"],
    competences: ["software", "kunstig-intelligens"],
    description: "Stemmestyring af lys, døre og tv for borgere med handicap.",
  },
  {
    name: "TræningsTrappen ApS",
    municipalityCode: "0461",
    band: "1-9",
    db07: ["32.30"],
    careAreas: ["rehabilitation", "prevention"],
    competences: ["rehabilitering", "design"],
    description: "Træningsudstyr til forebyggende hjemmetræning af ældre.",
  },
  {
    name: "MåleLab Danmark ApS",
    municipalityCode: "0175",
    band: "10-49",
    db07: ["71.20"],
    careAreas: ["health_care"],
    competences: ["maaling", "evaluering"],
    description: "Test og dokumentation af medicinsk udstyr før CE-mærkning.",
  },
  {
    name: "Nattevagten IoT ApS",
    municipalityCode: "0779",
    band: "1-9",
    db07: ["26.51"],
    careAreas: ["nursing_home", "dementia"],
    competences: ["sensorer", "kunstig-intelligens"],
    description: "Akustisk natteovervågning, der lader borgerne sove uden forstyrrende tilsyn.",
  },
  {
    name: "Nordisk Hjælpemiddelproduktion A/S",
    municipalityCode: "0615",
    band: "250+",
    db07: ["30.92"],
    careAreas: ["disability", "rehabilitation"],
    competences: ["hjaelpemidler"],
    description: "Stor producent af rollatorer og kørestole (ikke en SMV).",
  },
];

/** Kind and competences for the knowledge bodies in data/knowledge_institutions.json, by their type text. */
export function knowledgeKind(type: string): "knowledge_institution" | "other" | "state_institution" | "public_unit" {
  if (/klynge|interesseorganisation/i.test(type)) {
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
