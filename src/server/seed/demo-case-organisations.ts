/**
 * Demo organisations added with the larger labelled set of real cases (data/demo_cases.json, bench/matching-labels.ts):
 * the real public owners of those cases, the real knowledge institutions that took part, and fictional companies of
 * the kinds that solved them. Each describes the organisation itself (what it is, makes or does), never a case's
 * wording, so the matching benchmark does not measure copying.
 */
import type { CareArea } from "../../domain/care-areas.js";
import type { DemoCompany } from "./demo-companies.js";
import type { DemoPublic } from "./demo-content.js";

/** Real regions and municipalities; addresses left empty rather than guessed. */
export const CASE_OWNERS: DemoPublic[] = [
  {
    key: "region-h",
    kind: "region",
    name: "Region Hovedstaden",
    municipalityCode: "0219",
    address: "",
    website: "https://www.regionh.dk",
    description: "Region med hospitaler og psykiatri i hovedstadsområdet; arbejder med sundhedsinnovation og OPI.",
    careAreas: ["hospital", "psychiatry", "health_care"],
  },
  {
    key: "region-sj",
    kind: "region",
    name: "Region Sjælland",
    municipalityCode: "0340",
    address: "",
    website: "https://www.regionsjaelland.dk",
    description: "Region med hospitaler og psykiatri på Sjælland; driver bl.a. Sjællands Universitetshospital.",
    careAreas: ["hospital", "psychiatry", "health_care"],
  },
  {
    key: "region-syd",
    kind: "region",
    name: "Region Syddanmark",
    municipalityCode: "0630",
    address: "",
    website: "https://www.regionsyddanmark.dk",
    description: "Region med sygehuse og psykiatri i Syddanmark; arbejder med telemedicin og sundhedsinnovation.",
    careAreas: ["hospital", "psychiatry", "health_care"],
  },
  {
    key: "aabenraa",
    kind: "municipality",
    name: "Aabenraa Kommune",
    municipalityCode: "0580",
    address: "",
    website: "https://www.aabenraa.dk",
    description:
      "Sønderjysk kommune; social- og sundhedsforvaltningen afprøver velfærdsteknologi i ældrepleje og handicap.",
    careAreas: ["elder_care", "nursing_home", "disability", "psychiatry"],
  },
  {
    key: "naestved",
    kind: "municipality",
    name: "Næstved Kommune",
    municipalityCode: "0370",
    address: "",
    website: "https://www.naestved.dk",
    description: "Sjællandsk kommune med hjemmepleje, plejecentre og sundhedsområde.",
    careAreas: ["home_care", "elder_care"],
  },
  {
    key: "hjoerring",
    kind: "municipality",
    name: "Hjørring Kommune",
    municipalityCode: "0860",
    address: "",
    website: "https://www.hjoerring.dk",
    description: "Nordjysk kommune; ældre- og sundhedsområdet samarbejder med nabokommuner om velfærdsteknologi.",
    careAreas: ["home_care", "elder_care", "rehabilitation"],
  },
  {
    key: "soroe",
    kind: "municipality",
    name: "Sorø Kommune",
    municipalityCode: "0340",
    address: "",
    website: "https://www.soroe.dk",
    description: "Midtsjællandsk kommune med hjemmepleje og plejecentre.",
    careAreas: ["home_care", "elder_care"],
  },
  {
    key: "vejen",
    kind: "municipality",
    name: "Vejen Kommune",
    municipalityCode: "0575",
    address: "",
    website: "https://www.vejen.dk",
    description: "Sydjysk kommune med ældrepleje, hjemmepleje og hjælpemiddelområde.",
    careAreas: ["elder_care", "home_care"],
  },
  {
    key: "kerteminde",
    kind: "municipality",
    name: "Kerteminde Kommune",
    municipalityCode: "0440",
    address: "",
    website: "https://www.kerteminde.dk",
    description: "Fynsk kommune med plejecentre og hjemmepleje.",
    careAreas: ["elder_care", "nursing_home", "home_care"],
  },
  {
    key: "favrskov",
    kind: "municipality",
    name: "Favrskov Kommune",
    municipalityCode: "0710",
    address: "",
    website: "https://www.favrskov.dk",
    description: "Østjysk kommune med botilbud, socialområde og ældrepleje.",
    careAreas: ["disability", "elder_care"],
  },
  {
    key: "vejle",
    kind: "municipality",
    name: "Vejle Kommune",
    municipalityCode: "0630",
    address: "",
    website: "https://www.vejle.dk",
    description: "Kommune med egen velfærdsteknologipulje på voksen-, senior- og sundhedsområdet.",
    careAreas: ["elder_care", "disability", "nursing_home"],
  },
];

export interface CaseKnowledgeInstitution {
  name: string;
  typeLabel: string;
  description: string;
  careAreas: CareArea[];
  competences: string[];
}

/** Real universities named as partners in the cases; the profile is the institution's own field. */
export const CASE_KNOWLEDGE_INSTITUTIONS: CaseKnowledgeInstitution[] = [
  {
    name: "DTU Compute",
    typeLabel: "Universitet",
    description:
      "Institut for Matematik og Computer Science ved Danmarks Tekniske Universitet: statistik, dataanalyse, " +
      "maskinlæring, software og cybersikkerhed.",
    careAreas: [],
    competences: ["kunstig-intelligens", "software"],
  },
  {
    name: "Syddansk Universitet",
    typeLabel: "Universitet",
    description:
      "Universitet med forskning og uddannelse i sundhedsvidenskab, teknik, naturvidenskab, samfundsvidenskab og " +
      "humaniora; samarbejder med virksomheder og det offentlige om test og evaluering af sundhedsløsninger.",
    careAreas: ["health_care", "hospital", "elder_care"],
    competences: ["evaluering", "telemedicin"],
  },
  {
    name: "Aarhus Universitet",
    typeLabel: "Universitet",
    description:
      "Universitet med forskning og uddannelse i sundhed, psykologi, teknik, naturvidenskab, samfundsvidenskab " +
      "og humaniora.",
    careAreas: ["health_care", "psychiatry"],
    competences: ["evaluering"],
  },
];

/** Clearly fictional companies, of kinds the new cases needed that no other demo company is. */
export const CASE_COMPANIES: DemoCompany[] = [
  {
    name: "Kodehuset Sundhed ApS",
    municipalityCode: "0751",
    band: "10-49",
    db07: ["62.01"],
    careAreas: ["hospital", "psychiatry", "health_care"],
    competences: ["software", "telemedicin"],
    description:
      "Softwarehus, der udvikler apps, webportaler og integrationer til hospitaler, psykiatri og kommuner, også " +
      "med data fra måleudstyr og sensorer.",
  },
  {
    name: "TræningsPortalen ApS",
    municipalityCode: "0791",
    band: "1-9",
    db07: ["62.01"],
    careAreas: ["rehabilitation", "home_care", "prevention"],
    competences: ["rehabilitering", "software"],
    description:
      "Digital træningsplatform på tablet og smartphone: test, træningsprogrammer med videoøvelser og opfølgning " +
      "for terapeuter og plejepersonale.",
  },
  {
    name: "Pejlemærket GPS ApS",
    municipalityCode: "0621",
    band: "1-9",
    db07: ["26.30"],
    careAreas: ["dementia", "disability"],
    competences: ["sensorer", "sikkerhed"],
    description: "GPS-trackere med app, der viser, hvor bæreren er, og giver besked, når et aftalt område forlades.",
  },
  {
    name: "HjemmeVagt Sensorer ApS",
    municipalityCode: "0461",
    band: "10-49",
    db07: ["26.30"],
    careAreas: ["home_care", "dementia", "elder_care"],
    competences: ["sensorer", "sikkerhed"],
    description: "Trådløse tryghedssensorer og alarmsystemer til private hjem med varsling via sms eller app.",
  },
  {
    name: "Kropssensor ApS",
    municipalityCode: "0461",
    band: "1-9",
    db07: ["26.60"],
    careAreas: ["nursing_home", "dementia", "health_care"],
    competences: ["sensorer", "kunstig-intelligens"],
    description:
      "Bærbare sensorer, der måler aktivitet, hvile og søvn døgnet rundt, med rapporter til sundhedspersonale.",
  },
];
