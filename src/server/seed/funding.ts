import { FundingProgrammeInput } from "../../domain/funding.js";
import type { Db } from "../db/database.js";
import { toProgrammeRow } from "../modules/funding/funding.repo.js";
import { hasSeedRows, insertSeedRows } from "./seed.repo.js";

/**
 * Real funding programmes, with the facts found in data/funding_observations.json. Where a fact
 * was not verified (amounts, deadlines), the field is left empty and the note says so.
 */
const PROGRAMMES = [
  {
    name: "ABT-fonden / Fonden for Velfærdsteknologi",
    owner: "Finansministeriet",
    purpose: "Medfinansiering af arbejdskraftbesparende teknologi og nye arbejdsgange i den offentlige sektor.",
    eligibleKinds: ["municipality", "region", "state_institution"],
    themes: ["arbejdskraftbesparende teknologi", "velfærdsteknologi"],
    notes:
      "3 mia. kr. afsat på finansloven 2008; fx 2009: 53,9 mio. kr. til 11 projekter; FL2010: knap 350 mio. kr. " +
      "til 26 projekter. Historisk pulje: tjek om der er en aktuel runde.",
    link: "https://fm.dk/nyheder/nyhedsarkiv/2009/juli/abtfondens-projekter/",
  },
  {
    name: "Innovationsfonden – Grand Solutions",
    owner: "Innovationsfonden",
    purpose:
      "Store forsknings- og innovationsprojekter i partnerskab mellem virksomheder, videninstitutioner og " +
      "offentlige parter.",
    eligibleKinds: ["company", "knowledge_institution", "municipality", "region"],
    requiresKnowledgeInstitution: true,
    themes: ["forskning", "innovation"],
    notes:
      "Eksempler: SMOOTH (servicerobot til plejecenter) næsten 11 mio. kr.; O2matic 7 mio. kr. Frister og beløb: " +
      "se fondens opslag.",
    link:
      "https://www.sdu.dk/da/om-sdu/fakulteterne/teknik/nyt_fra_det_tekniske_fakultet/" +
      "robotter_flytter_paa_plejehjem",
  },
  {
    name: "Digitaliseringsstyrelsen – Strategi for digital velfærd, initiativ 3.3",
    owner: "Digitaliseringsstyrelsen",
    purpose: "Afprøvning af fremtidens velfærdsteknologiske løsninger i flere kommuner eller regioner.",
    eligibleKinds: ["municipality", "region"],
    maxAmount: 1_500_000,
    minMunicipalities: 6,
    minRegions: 2,
    // The calls say «som udgangspunkt … minimum seks kommuner eller to regioner»: a guideline, not a requirement.
    countsAreGuidance: true,
    themes: ["afprøvning", "velfærdsteknologi"],
    notes:
      "11,2 mio. kr. til 8 projekter (2014–2016); op til 1,5 mio. kr. pr. projekt (1 mio. evaluering + 0,5 mio. " +
      "projektledelse). Som udgangspunkt afprøvning i mindst seks kommuner eller to regioner.",
    link:
      "https://digst.dk/digital-service/digital-velfaerd/afproevningsprojekter/" +
      "fremtidens-velfaerdsteknologiske-loesninger/",
  },
  {
    name: "Region Hovedstadens OPI-pulje",
    owner: "Region Hovedstaden",
    purpose: "Offentlig-private innovationsprojekter i hovedstadsregionen.",
    eligibleKinds: ["municipality", "region", "company"],
    regionCodes: ["1084"],
    maxAmount: 750_000,
    notes: "2013: 5 mio. kr.; op til 750.000 kr. pr. projekt; 8 projekter. Tjek om puljen er åben.",
  },
  {
    name: "Welfare Tech OPI-pulje (Region Syddanmark)",
    owner: "Welfare Tech",
    purpose:
      "Støtte til virksomheder, der udvikler velfærdsløsninger sammen med offentlige parter; produktet skal være " +
      "tæt på markedsklart.",
    eligibleKinds: ["company"],
    regionCodes: ["1083"],
    minAmount: 400_000,
    maxAmount: 1_450_000,
    requiresCompany: true,
    themes: ["markedsmodning", "OPI"],
    notes: "10 mio. kr. i alt; 400.000–1,45 mio. kr. pr. virksomhed.",
  },
  {
    name: "Danmarks Erhvervsfremmebestyrelse – Velfærdsteknologi 2026–2028",
    owner: "Danmarks Erhvervsfremmebestyrelse",
    purpose: "Projekter om velfærdsteknologi for klynger, erhvervshuse m.fl.; projekterne slutter senest 31.12.2028.",
    eligibleKinds: ["other", "knowledge_institution"],
    deadline: "2026-05-20",
    themes: ["velfærdsteknologi", "erhvervsfremme"],
    notes:
      "29,1 mio. kr. (10,2 Regionalfonden, 8,9 Socialfonden Plus, 10 decentrale midler). Ansøgning 8. jan.–20. " +
      "maj 2026 kl. 12.",
  },
  {
    name: "Aarhus Kommune – OPI-pulje",
    owner: "Aarhus Kommune",
    purpose: "Velfærdsteknologisk udvikling og offentlig-privat innovation i Aarhus Kommune.",
    eligibleKinds: ["municipality"],
    municipalityCodes: ["0751"],
    notes: "4 mio. kr. årligt; omdøbt til OPI-pulje ved byrådsbeslutning 2020. Kun for Aarhus Kommunes egne enheder.",
  },
  {
    name: "Vejle Kommune – VelfærdsTeknologiPuljen 2021–2024",
    owner: "Vejle Kommune",
    purpose: "Velfærdsteknologi i Vejle Kommune.",
    eligibleKinds: ["municipality"],
    municipalityCodes: ["0630"],
    deadline: "2024-12-31",
    notes: "5 mio. kr. i 2021, 10 mio. kr. i 2023, 5 mio. kr. i 2024. Perioden sluttede med 2024.",
  },
  {
    name: "Interreg Deutschland-Danmark",
    owner: "EU (Interreg)",
    purpose: "Grænseoverskridende samarbejde mellem danske og tyske partnere.",
    eligibleKinds: ["municipality", "region", "company", "knowledge_institution", "cluster", "other"],
    // The programme area on the Danish side: Region Syddanmark and Region Sjælland.
    regionCodes: ["1083", "1085"],
    themes: ["EU", "grænseregion"],
    notes:
      "Eksempel: Health-CAT – dansk-tysk robotteknologi til plejesektoren. " +
      "Kræver partnere på begge sider af grænsen. " +
      "Programområdet på dansk side er Region Syddanmark og Region Sjælland.",
  },
  {
    name: "Forebyggelsesfonden",
    owner: "Forebyggelsesfonden",
    purpose: "Forebyggelse af nedslidning og arbejdsmiljø.",
    careAreas: ["prevention"],
    notes: "Ikke undersøgt i kildematerialet: tjek fondens status og regler, før der søges.",
  },
  {
    name: "Markedsmodningsfonden",
    owner: "Erhvervsministeriet",
    purpose: "Markedsmodning af nye løsninger, der er tæt på at kunne sælges.",
    eligibleKinds: ["company"],
    requiresCompany: true,
    notes: "Kun nævnt i en vejledning i kildematerialet: tjek status og regler, før der søges.",
  },
];

export async function loadFundingProgrammes(db: Db): Promise<void> {
  if (await hasSeedRows(db, "funding_programmes")) {
    return;
  }
  await insertSeedRows(
    db,
    "funding_programmes",
    PROGRAMMES.map((programme) => toProgrammeRow(FundingProgrammeInput.parse(programme))),
  );
}
