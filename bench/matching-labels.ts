/**
 * The labelled evaluation set for partner matching, made from data/demo_cases.json: each
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
/**
 * C40–C43 and C59 name initiative 3.3. C44 and C53 say only that Digitaliseringsstyrelsen paid for the evaluation
 * (2015–2016), which is what 3.3 funded then: labelled with it by inference, not because the source names it.
 */
const DIGST = "Digitaliseringsstyrelsen – Strategi for digital velfærd, initiativ 3.3";
const REGION_H_POOL = "Region Hovedstadens OPI-pulje";
/** The seed has one Innovationsfonden programme; C57 and C61 state only «Innovationsfonden». */
const INNOVATION_FUND = "Innovationsfonden – Grand Solutions";
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
  // Added with the larger set (C40–C68): sources and read date in data/demo_cases.json.
  {
    caseId: "C40",
    careArea: "psychiatry",
    owner: "Aalborg Kommune",
    relevant: ["SkærmNær ApS", "BusinessCase Partners ApS"],
    funding: DIGST,
  },
  {
    caseId: "C41",
    careArea: "nursing_home",
    owner: "Aabenraa Kommune",
    relevant: ["VendeSeng A/S", "Teknologisk Institut (DTI)"],
    funding: DIGST,
  },
  { caseId: "C42", careArea: "home_care", owner: "Næstved Kommune", relevant: ["Medicindosis ApS"], funding: DIGST },
  {
    caseId: "C43",
    careArea: "home_care",
    owner: "Hjørring Kommune",
    relevant: ["Medicindosis ApS", "Alexandra Instituttet"],
    funding: DIGST,
  },
  {
    caseId: "C44",
    careArea: "nursing_home",
    owner: "Aarhus Kommune",
    relevant: ["VIVE (tidl. SFI og KORA)", "OmsorgsData ApS"],
    funding: DIGST,
  },
  { caseId: "C45", careArea: "home_care", owner: "Sorø Kommune", relevant: ["Medicindosis ApS"] },
  { caseId: "C46", careArea: "hospital", owner: "Region Sjælland", relevant: ["Madvogn Robot A/S", "Robonær A/S"] },
  {
    caseId: "C47",
    careArea: "rehabilitation",
    owner: "Aarhus Kommune",
    relevant: ["TræningsPortalen ApS", "KOL-Coach ApS"],
    funding: AARHUS_POOL,
  },
  {
    caseId: "C48",
    careArea: "home_care",
    owner: "Viborg Kommune",
    relevant: ["TræningsPortalen ApS", "KOL-Coach ApS"],
  },
  {
    caseId: "C49",
    careArea: "rehabilitation",
    owner: "Hjørring Kommune",
    relevant: ["TræningsPortalen ApS", "KOL-Coach ApS"],
  },
  {
    caseId: "C50",
    careArea: "hospital",
    owner: "Region Hovedstaden",
    relevant: ["Kodehuset Sundhed ApS", "DTU Elektro"],
    funding: REGION_H_POOL,
  },
  {
    caseId: "C51",
    careArea: "hospital",
    owner: "Region Hovedstaden",
    relevant: ["Kodehuset Sundhed ApS"],
    funding: REGION_H_POOL,
  },
  { caseId: "C52", careArea: "dementia", owner: "Vejen Kommune", relevant: ["Pejlemærket GPS ApS"] },
  {
    caseId: "C53",
    careArea: "nursing_home",
    owner: "Hillerød Kommune",
    relevant: ["Sensio Gulve ApS", "Teknologisk Institut (DTI)"],
    funding: DIGST,
  },
  {
    caseId: "C54",
    careArea: "disability",
    owner: "Favrskov Kommune",
    relevant: [
      "VIVE (tidl. SFI og KORA)",
      "Sensio Gulve ApS",
      "Nattevagten IoT ApS",
      "Pejlemærket GPS ApS",
      "HjemmeVagt Sensorer ApS",
    ],
  },
  {
    caseId: "C55",
    careArea: "nursing_home",
    owner: "Aalborg Kommune",
    relevant: [
      "Inkontinens Sensor ApS",
      "CO-PI – Center for Offentlig-Privat Innovation",
      "Danish Life Science Cluster",
    ],
  },
  {
    caseId: "C56",
    careArea: "disability",
    owner: "Aarhus Kommune",
    relevant: ["Inkontinens Sensor ApS"],
    funding: AARHUS_POOL,
  },
  {
    caseId: "C57",
    careArea: "dementia",
    owner: "Hillerød Kommune",
    relevant: ["DTU Compute", "Aalborg Universitet", "Sensio Gulve ApS", "Designværkstedet for Velfærd ApS"],
    funding: INNOVATION_FUND,
  },
  {
    caseId: "C58",
    careArea: "dementia",
    owner: "Kerteminde Kommune",
    relevant: ["Kropssensor ApS", "Syddansk Universitet"],
  },
  {
    caseId: "C59",
    careArea: "dementia",
    owner: "Viborg Kommune",
    relevant: ["HjemmeVagt Sensorer ApS", "TrygHjem Analytics ApS", "BusinessCase Partners ApS"],
    funding: DIGST,
  },
  {
    caseId: "C60",
    careArea: "psychiatry",
    owner: "Region Syddanmark",
    relevant: ["Kodehuset Sundhed ApS", "Aalborg Universitet", "Aarhus Universitet"],
  },
  {
    caseId: "C61",
    careArea: "psychiatry",
    owner: "Region Syddanmark",
    relevant: ["Syddansk Universitet", "Aalborg Universitet", "Kodehuset Sundhed ApS"],
    funding: INNOVATION_FUND,
  },
  {
    caseId: "C62",
    careArea: "psychiatry",
    owner: "Region Hovedstaden",
    relevant: ["Kodehuset Sundhed ApS"],
    // The company partner applied; a region is not eligible, so this counts as a miss unless advice says so.
    funding: "Markedsmodningsfonden",
  },
  { caseId: "C63", careArea: "psychiatry", owner: "Region Hovedstaden", relevant: ["Kodehuset Sundhed ApS"] },
  {
    caseId: "C64",
    careArea: "home_care",
    owner: "Odense Kommune",
    relevant: ["RehabRobot ApS", "Robonær A/S", "Nordisk Hjælpemiddelproduktion A/S"],
  },
  { caseId: "C65", careArea: "disability", owner: "Aabenraa Kommune", relevant: ["Spiseven Robotics ApS"] },
  { caseId: "C66", careArea: "health_care", owner: "Region Syddanmark", relevant: ["TeleOmsorg A/S"] },
  { caseId: "C67", careArea: "disability", owner: "Vejle Kommune", relevant: ["Lyd og Lys Sansning ApS"] },
  {
    caseId: "C68",
    careArea: "disability",
    owner: "Vejle Kommune",
    relevant: ["Hjælpemiddelhuset Nord ApS", "Nordisk Hjælpemiddelproduktion A/S"],
  },
];
