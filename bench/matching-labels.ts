/**
 * A small labelled evaluation set for partner matching, made from data/demo_cases.json: each
 * real case's need text (as the source paraphrased it, not our demo rewrite) and the demo
 * organisations that are the kind of partner that solved it (its `expected_partner_kinds`).
 */
export interface LabelledNeed {
  caseId: string;
  careArea: string;
  /** Who owns the need among the demo organisations. */
  owner: string;
  relevant: string[];
  /**
   * The seeded funding programme (src/server/seed/funding.ts) the case really used, by name; absent
   * when the case used none of them (municipal budget, Fremfærd, not stated).
   */
  funding?: string;
}

const ABT = "ABT-fonden / Fonden for Velfærdsteknologi";
/** KOMTEK-puljen and «Aarhus Kommunes Innovationspulje» (C05, C10) are Aarhus's own pools. */
const AARHUS_POOL = "Aarhus Kommune – OPI-pulje";

export const MATCHING_LABELS: LabelledNeed[] = [
  {
    caseId: "C01",
    careArea: "home_care",
    owner: "Aarhus Kommune",
    relevant: [
      "LøfteLet ApS",
      "VendeSeng A/S",
      "Hjælpemiddelhuset Nord ApS",
      "Nordisk Hjælpemiddelproduktion A/S",
      "BusinessCase Partners ApS",
      "OmsorgsData ApS",
    ],
    funding: ABT,
  },
  { caseId: "C02", careArea: "home_care", owner: "Aarhus Kommune", relevant: ["Klarvand Hygiejne ApS"] },
  { caseId: "C03", careArea: "nursing_home", owner: "Københavns Kommune", relevant: ["Klarvand Hygiejne ApS"] },
  {
    caseId: "C05",
    careArea: "nursing_home",
    owner: "Aarhus Kommune",
    relevant: ["Spiseven Robotics ApS"],
    funding: AARHUS_POOL,
  },
  {
    caseId: "C07",
    careArea: "dementia",
    owner: "Norddjurs Kommune",
    relevant: [
      "DemensGuide ApS",
      "VIA University College (Center for Aldring og Demens)",
      "Nationalt Videnscenter for Demens",
    ],
  },
  {
    caseId: "C09",
    careArea: "nursing_home",
    owner: "Køge Kommune",
    relevant: [
      "Robonær A/S",
      "SDU Robotics (Mærsk Mc-Kinney Møller Instituttet)",
      "Teknologisk Institut (DTI)",
      "Rengøringsrobotten ApS",
      "Madvogn Robot A/S",
    ],
    funding: "Innovationsfonden – Grand Solutions",
  },
  {
    caseId: "C10",
    careArea: "prevention",
    owner: "Aarhus Kommune",
    relevant: ["TrygHjem Analytics ApS", "Faldalarm Danmark ApS", "Sensio Gulve ApS", "Nattevagten IoT ApS"],
    funding: AARHUS_POOL,
  },
  {
    caseId: "C14",
    careArea: "health_care",
    owner: "Region Nordjylland",
    relevant: ["TeleOmsorg A/S", "KOL-Coach ApS", "Aalborg Universitet"],
  },
  { caseId: "C15", careArea: "home_care", owner: "Viborg Kommune", relevant: ["SkærmNær ApS"] },
  {
    caseId: "C22",
    careArea: "nursing_home",
    owner: "Aalborg Kommune",
    relevant: ["Sensio Gulve ApS", "Nattevagten IoT ApS", "Designværkstedet for Velfærd ApS"],
  },
  { caseId: "C24", careArea: "home_care", owner: "Københavns Kommune", relevant: ["LåsLet A/S"], funding: ABT },
  { caseId: "C33", careArea: "disability", owner: "Hillerød Kommune", relevant: ["VR-Rummet ApS"] },
];
