/**
 * The labelled evaluation set for partner matching, made from data/demo_cases.json: each
 * real case's need text (as the source paraphrased it, not our demo rewrite) and the demo
 * organisations that are the kind of partner that solved it (its `expected_partner_kinds`).
 *
 * Two lists per case (ADR 0017, «Plausible partners»):
 * - `relevant`: who really solved it — the demo organisations of the kind the sources name. Unchanged.
 * - `plausible`: every demo partner organisation (company, knowledge institution, cluster) a competent
 *   innovation agent would call a plausible partner for the need. Issue 10 reads partner precision@5 on it.
 *
 * How `plausible` was labelled. Blind: written on 2026-12-07 by the «quality» engineer (an AI agent session)
 * before any ranking output of this branch was run or read, and committed on its own before any change to the
 * matching code. Judged only from the need as an agent enters it (the case's title, need_description_da and
 * care area — not its solution, partners, funding or outcome fields) against each organisation's own
 * description, competences and care areas (a list printed from the seeded demo data). The labeller had seen the
 * `relevant` lists in this file; they were not consulted, and several real solvers are not plausible by the rules
 * below (e.g. an evaluator where the need text asks for no evaluation). An organisation is plausible when it can
 * take one of these roles:
 * 1. Supplier: its product or service does what the need asks for, or addresses the problem the need states
 *    (same function, not merely the same care area): a ceiling-lift maker for heavy transfers, a fall alarm for
 *    the fear of falling unfound, an assistive-device wholesaler where the need asks for assistive devices.
 * 2. Field partner: a knowledge institution whose own description or competences name the need's specific field —
 *    its target group or problem (dementia, rehabilitation and training, psychiatry, telemedicine), or its kind of
 *    technology for robots, assistive devices and work environment (heavy lifts), locks, access and alarm systems,
 *    or trials of new health technology in a hospital. «Velfærdsteknologi», «sundhed» and «ældre» are too general
 *    to count: every need shares them.
 * 3. Development partner: only where the need is to build something that does not exist yet (udvikle, prototype,
 *    a new app or platform to be made, collecting data from several systems): institutions and companies whose
 *    description names that kind of technology (software, apps, data and machine learning, sensors and signal
 *    processing, medical-device testing and CE marking) and user-driven design.
 * 4. Evaluator: only where the need text asks for evaluation, documentation of effects, economics, a business case,
 *    pros and cons, measured satisfaction or whether the solution works: the organisations whose description offers
 *    evaluation or effect measurement (VIVE, OmsorgsData, BusinessCase Partners, Aalborg and Syddansk Universitet;
 *    CIMT for health technology in hospitals and regions). Scientific documentation («videnskabeligt») counts
 *    research institutions only.
 * 5. Network: a cluster or facilitator only where the need text has several public bodies acting together
 *    («kommunerne», «kommuner og regioner», a number of municipalities): Welfare Tech for welfare technology,
 *    Odense Robotics where robots are sought, Danish Life Science Cluster where its description names the field;
 *    CO-PI where the need is joint procurement, a joint specification, scaling, or development with companies.
 * Suppliers of the technologies under study are not plausible for an explicitly external evaluation (C44).
 */
export interface LabelledNeed {
  caseId: string;
  careArea: string;
  /** Who owns the need among the demo organisations. */
  owner: string;
  relevant: string[];
  /** Every demo partner a competent agent would call plausible for the need, labelled blind (head comment). */
  plausible: string[];
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
    plausible: [
      "LøfteLet ApS",
      "VendeSeng A/S",
      "Hjælpemiddelhuset Nord ApS",
      "Teknologisk Institut (DTI)",
      "Welfare Tech",
    ],
    funding: ABT,
  },
  {
    caseId: "C02",
    careArea: "home_care",
    owner: "Aarhus Kommune",
    relevant: ["Klarvand Hygiejne ApS"],
    plausible: ["Klarvand Hygiejne ApS", "Hjælpemiddelhuset Nord ApS", "Teknologisk Institut (DTI)"],
  },
  {
    caseId: "C03",
    careArea: "nursing_home",
    owner: "Københavns Kommune",
    relevant: ["Klarvand Hygiejne ApS"],
    plausible: [
      "Klarvand Hygiejne ApS",
      "Hjælpemiddelhuset Nord ApS",
      "Teknologisk Institut (DTI)",
      "VIVE (tidl. SFI og KORA)",
      "OmsorgsData ApS",
      "BusinessCase Partners ApS",
      "Aalborg Universitet",
      "Syddansk Universitet",
    ],
  },
  {
    caseId: "C05",
    careArea: "nursing_home",
    owner: "Aarhus Kommune",
    relevant: ["Spiseven Robotics ApS"],
    plausible: [
      "Spiseven Robotics ApS",
      "SDU Robotics (Mærsk Mc-Kinney Møller Instituttet)",
      "Teknologisk Institut (DTI)",
      "Aalborg Universitet",
    ],
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
    plausible: [
      "DemensGuide ApS",
      "Nationalt Videnscenter for Demens",
      "VIA University College (Center for Aldring og Demens)",
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
    plausible: [
      "Robonær A/S",
      "Madvogn Robot A/S",
      "SDU Robotics (Mærsk Mc-Kinney Møller Instituttet)",
      "Teknologisk Institut (DTI)",
      "Aalborg Universitet",
    ],
    funding: "Innovationsfonden – Grand Solutions",
  },
  {
    caseId: "C10",
    careArea: "prevention",
    owner: "Aarhus Kommune",
    relevant: ["TrygHjem Analytics ApS", "Faldalarm Danmark ApS", "Sensio Gulve ApS", "Nattevagten IoT ApS"],
    plausible: ["TrygHjem Analytics ApS", "Faldalarm Danmark ApS", "HjemmeVagt Sensorer ApS", "Sensio Gulve ApS"],
    funding: AARHUS_POOL,
  },
  {
    caseId: "C14",
    careArea: "health_care",
    owner: "Region Nordjylland",
    relevant: ["TeleOmsorg A/S", "KOL-Coach ApS", "Aalborg Universitet"],
    plausible: [
      "TeleOmsorg A/S",
      "KOL-Coach ApS",
      "Kodehuset Sundhed ApS",
      "Aalborg Universitet",
      "Syddansk Universitet",
    ],
  },
  {
    caseId: "C15",
    careArea: "home_care",
    owner: "Viborg Kommune",
    relevant: ["SkærmNær ApS"],
    plausible: ["SkærmNær ApS"],
  },
  {
    caseId: "C22",
    careArea: "nursing_home",
    owner: "Aalborg Kommune",
    relevant: ["Sensio Gulve ApS", "Nattevagten IoT ApS", "Designværkstedet for Velfærd ApS"],
    plausible: [
      "Sensio Gulve ApS",
      "Nattevagten IoT ApS",
      "Robonær A/S",
      "Rengøringsrobotten ApS",
      "LøfteLet ApS",
      "Inkontinens Sensor ApS",
    ],
  },
  {
    caseId: "C24",
    careArea: "home_care",
    owner: "Københavns Kommune",
    relevant: ["LåsLet A/S"],
    plausible: ["LåsLet A/S", "DBI – Dansk Brand- og sikringsteknisk Institut"],
    funding: ABT,
  },
  {
    caseId: "C33",
    careArea: "disability",
    owner: "Hillerød Kommune",
    relevant: ["VR-Rummet ApS"],
    plausible: ["VR-Rummet ApS"],
  },
  // Added with the larger set (C40–C68): sources and read date in data/demo_cases.json.
  {
    caseId: "C40",
    careArea: "psychiatry",
    owner: "Aalborg Kommune",
    relevant: ["SkærmNær ApS", "BusinessCase Partners ApS"],
    plausible: [
      "SkærmNær ApS",
      "Kodehuset Sundhed ApS",
      "Aarhus Universitet",
      "Aalborg Universitet",
      "Syddansk Universitet",
      "Welfare Tech",
    ],
    funding: DIGST,
  },
  {
    caseId: "C41",
    careArea: "nursing_home",
    owner: "Aabenraa Kommune",
    relevant: ["VendeSeng A/S", "Teknologisk Institut (DTI)"],
    plausible: [
      "VendeSeng A/S",
      "LøfteLet ApS",
      "Hjælpemiddelhuset Nord ApS",
      "Teknologisk Institut (DTI)",
      "VIVE (tidl. SFI og KORA)",
      "OmsorgsData ApS",
      "BusinessCase Partners ApS",
      "Aalborg Universitet",
      "Syddansk Universitet",
      "Welfare Tech",
    ],
    funding: DIGST,
  },
  {
    caseId: "C42",
    careArea: "home_care",
    owner: "Næstved Kommune",
    relevant: ["Medicindosis ApS"],
    plausible: [
      "Medicindosis ApS",
      "VIVE (tidl. SFI og KORA)",
      "OmsorgsData ApS",
      "BusinessCase Partners ApS",
      "Aalborg Universitet",
      "Syddansk Universitet",
      "Welfare Tech",
    ],
    funding: DIGST,
  },
  {
    caseId: "C43",
    careArea: "home_care",
    owner: "Hjørring Kommune",
    relevant: ["Medicindosis ApS", "Alexandra Instituttet"],
    plausible: [
      "Medicindosis ApS",
      "Kodehuset Sundhed ApS",
      "Alexandra Instituttet",
      "Designværkstedet for Velfærd ApS",
      "Welfare Tech",
      "CO-PI – Center for Offentlig-Privat Innovation",
    ],
    funding: DIGST,
  },
  {
    caseId: "C44",
    careArea: "nursing_home",
    owner: "Aarhus Kommune",
    relevant: ["VIVE (tidl. SFI og KORA)", "OmsorgsData ApS"],
    plausible: [
      "VIVE (tidl. SFI og KORA)",
      "OmsorgsData ApS",
      "BusinessCase Partners ApS",
      "Aalborg Universitet",
      "Syddansk Universitet",
    ],
    funding: DIGST,
  },
  {
    caseId: "C45",
    careArea: "home_care",
    owner: "Sorø Kommune",
    relevant: ["Medicindosis ApS"],
    plausible: ["Medicindosis ApS"],
  },
  {
    caseId: "C46",
    careArea: "hospital",
    owner: "Region Sjælland",
    relevant: ["Madvogn Robot A/S", "Robonær A/S"],
    plausible: [
      "Madvogn Robot A/S",
      "Robonær A/S",
      "SDU Robotics (Mærsk Mc-Kinney Møller Instituttet)",
      "Teknologisk Institut (DTI)",
      "Aalborg Universitet",
    ],
  },
  {
    caseId: "C47",
    careArea: "rehabilitation",
    owner: "Aarhus Kommune",
    relevant: ["TræningsPortalen ApS", "KOL-Coach ApS"],
    plausible: [
      "TræningsPortalen ApS",
      "KOL-Coach ApS",
      "TræningsTrappen ApS",
      "University College Lillebælt",
      "VIA University College (Center for Aldring og Demens)",
      "Aalborg Universitet",
    ],
    funding: AARHUS_POOL,
  },
  {
    caseId: "C48",
    careArea: "home_care",
    owner: "Viborg Kommune",
    relevant: ["TræningsPortalen ApS", "KOL-Coach ApS"],
    plausible: [
      "TræningsPortalen ApS",
      "KOL-Coach ApS",
      "TræningsTrappen ApS",
      "University College Lillebælt",
      "VIA University College (Center for Aldring og Demens)",
      "Aalborg Universitet",
    ],
  },
  {
    caseId: "C49",
    careArea: "rehabilitation",
    owner: "Hjørring Kommune",
    relevant: ["TræningsPortalen ApS", "KOL-Coach ApS"],
    plausible: [
      "TræningsPortalen ApS",
      "KOL-Coach ApS",
      "TræningsTrappen ApS",
      "University College Lillebælt",
      "VIA University College (Center for Aldring og Demens)",
      "Aalborg Universitet",
    ],
  },
  {
    caseId: "C50",
    careArea: "hospital",
    owner: "Region Hovedstaden",
    relevant: ["Kodehuset Sundhed ApS", "DTU Elektro"],
    plausible: [
      "MåleLab Danmark ApS",
      "Kodehuset Sundhed ApS",
      "Designværkstedet for Velfærd ApS",
      "DTU Elektro",
      "FORCE Technology",
      "CIMT – Center for Innovativ Medicinsk Teknologi (OUH/SDU)",
      "SDU Robotics (Mærsk Mc-Kinney Møller Instituttet)",
      "Aalborg Universitet",
      "Teknologisk Institut (DTI)",
    ],
    funding: REGION_H_POOL,
  },
  {
    caseId: "C51",
    careArea: "hospital",
    owner: "Region Hovedstaden",
    relevant: ["Kodehuset Sundhed ApS"],
    plausible: [
      "Kodehuset Sundhed ApS",
      "Designværkstedet for Velfærd ApS",
      "Alexandra Instituttet",
      "CIMT – Center for Innovativ Medicinsk Teknologi (OUH/SDU)",
    ],
    funding: REGION_H_POOL,
  },
  {
    caseId: "C52",
    careArea: "dementia",
    owner: "Vejen Kommune",
    relevant: ["Pejlemærket GPS ApS"],
    plausible: [
      "Pejlemærket GPS ApS",
      "HjemmeVagt Sensorer ApS",
      "Nationalt Videnscenter for Demens",
      "VIA University College (Center for Aldring og Demens)",
    ],
  },
  {
    caseId: "C53",
    careArea: "nursing_home",
    owner: "Hillerød Kommune",
    relevant: ["Sensio Gulve ApS", "Teknologisk Institut (DTI)"],
    plausible: [
      "Sensio Gulve ApS",
      "VIVE (tidl. SFI og KORA)",
      "OmsorgsData ApS",
      "BusinessCase Partners ApS",
      "Aalborg Universitet",
      "Syddansk Universitet",
      "Welfare Tech",
    ],
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
    plausible: [
      "Pejlemærket GPS ApS",
      "HjemmeVagt Sensorer ApS",
      "Sensio Gulve ApS",
      "Nattevagten IoT ApS",
      "LåsLet A/S",
      "Hjælpemiddelhuset Nord ApS",
      "Nationalt Videnscenter for Demens",
      "VIA University College (Center for Aldring og Demens)",
      "DBI – Dansk Brand- og sikringsteknisk Institut",
      "Teknologisk Institut (DTI)",
      "VIVE (tidl. SFI og KORA)",
      "OmsorgsData ApS",
      "BusinessCase Partners ApS",
      "Aalborg Universitet",
      "Syddansk Universitet",
      "Welfare Tech",
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
    plausible: [
      "Inkontinens Sensor ApS",
      "Klarvand Hygiejne ApS",
      "Welfare Tech",
      "CO-PI – Center for Offentlig-Privat Innovation",
      "Danish Life Science Cluster",
    ],
  },
  {
    caseId: "C56",
    careArea: "disability",
    owner: "Aarhus Kommune",
    relevant: ["Inkontinens Sensor ApS"],
    plausible: ["Inkontinens Sensor ApS"],
    funding: AARHUS_POOL,
  },
  {
    caseId: "C57",
    careArea: "dementia",
    owner: "Hillerød Kommune",
    relevant: ["DTU Compute", "Aalborg Universitet", "Sensio Gulve ApS", "Designværkstedet for Velfærd ApS"],
    plausible: [
      "Sensio Gulve ApS",
      "Nattevagten IoT ApS",
      "Kropssensor ApS",
      "HjemmeVagt Sensorer ApS",
      "Kodehuset Sundhed ApS",
      "TrygHjem Analytics ApS",
      "OmsorgsData ApS",
      "Designværkstedet for Velfærd ApS",
      "DTU Compute",
      "Alexandra Instituttet",
      "DTU Elektro",
      "Aalborg Universitet",
      "Nationalt Videnscenter for Demens",
      "VIA University College (Center for Aldring og Demens)",
    ],
    funding: INNOVATION_FUND,
  },
  {
    caseId: "C58",
    careArea: "dementia",
    owner: "Kerteminde Kommune",
    relevant: ["Kropssensor ApS", "Syddansk Universitet"],
    plausible: [
      "Kropssensor ApS",
      "Nattevagten IoT ApS",
      "Sensio Gulve ApS",
      "Lyd og Lys Sansning ApS",
      "Nationalt Videnscenter for Demens",
      "VIA University College (Center for Aldring og Demens)",
    ],
  },
  {
    caseId: "C59",
    careArea: "dementia",
    owner: "Viborg Kommune",
    relevant: ["HjemmeVagt Sensorer ApS", "TrygHjem Analytics ApS", "BusinessCase Partners ApS"],
    plausible: [
      "HjemmeVagt Sensorer ApS",
      "TrygHjem Analytics ApS",
      "Pejlemærket GPS ApS",
      "Faldalarm Danmark ApS",
      "Sensio Gulve ApS",
      "Nationalt Videnscenter for Demens",
      "VIA University College (Center for Aldring og Demens)",
      "DBI – Dansk Brand- og sikringsteknisk Institut",
      "Welfare Tech",
    ],
    funding: DIGST,
  },
  {
    caseId: "C60",
    careArea: "psychiatry",
    owner: "Region Syddanmark",
    relevant: ["Kodehuset Sundhed ApS", "Aalborg Universitet", "Aarhus Universitet"],
    plausible: [
      "Kodehuset Sundhed ApS",
      "Designværkstedet for Velfærd ApS",
      "Aarhus Universitet",
      "Alexandra Instituttet",
      "CIMT – Center for Innovativ Medicinsk Teknologi (OUH/SDU)",
      "Aalborg Universitet",
      "CO-PI – Center for Offentlig-Privat Innovation",
    ],
  },
  {
    caseId: "C61",
    careArea: "psychiatry",
    owner: "Region Syddanmark",
    relevant: ["Syddansk Universitet", "Aalborg Universitet", "Kodehuset Sundhed ApS"],
    plausible: [
      "Kodehuset Sundhed ApS",
      "SkærmNær ApS",
      "Aarhus Universitet",
      "Aalborg Universitet",
      "Syddansk Universitet",
      "CIMT – Center for Innovativ Medicinsk Teknologi (OUH/SDU)",
      "VIVE (tidl. SFI og KORA)",
    ],
    funding: INNOVATION_FUND,
  },
  {
    caseId: "C62",
    careArea: "psychiatry",
    owner: "Region Hovedstaden",
    relevant: ["Kodehuset Sundhed ApS"],
    plausible: [
      "Kodehuset Sundhed ApS",
      "Kropssensor ApS",
      "Designværkstedet for Velfærd ApS",
      "Aarhus Universitet",
      "Alexandra Instituttet",
      "DTU Compute",
    ],
    // The company partner applied; a region is not eligible, so this counts as a miss unless advice says so.
    funding: "Markedsmodningsfonden",
  },
  {
    caseId: "C63",
    careArea: "psychiatry",
    owner: "Region Hovedstaden",
    relevant: ["Kodehuset Sundhed ApS"],
    plausible: [
      "Kodehuset Sundhed ApS",
      "Kropssensor ApS",
      "Designværkstedet for Velfærd ApS",
      "Aarhus Universitet",
      "Alexandra Instituttet",
      "DTU Compute",
      "CO-PI – Center for Offentlig-Privat Innovation",
    ],
  },
  {
    caseId: "C64",
    careArea: "home_care",
    owner: "Odense Kommune",
    relevant: ["RehabRobot ApS", "Robonær A/S", "Nordisk Hjælpemiddelproduktion A/S"],
    plausible: [
      "RehabRobot ApS",
      "Spiseven Robotics ApS",
      "Nordisk Hjælpemiddelproduktion A/S",
      "Hjælpemiddelhuset Nord ApS",
      "TræningsTrappen ApS",
      "Designværkstedet for Velfærd ApS",
      "SDU Robotics (Mærsk Mc-Kinney Møller Instituttet)",
      "Teknologisk Institut (DTI)",
      "FORCE Technology",
      "University College Lillebælt",
      "VIVE (tidl. SFI og KORA)",
      "OmsorgsData ApS",
      "BusinessCase Partners ApS",
      "Aalborg Universitet",
      "Syddansk Universitet",
      "Odense Robotics",
      "Welfare Tech",
      "CO-PI – Center for Offentlig-Privat Innovation",
    ],
  },
  {
    caseId: "C65",
    careArea: "disability",
    owner: "Aabenraa Kommune",
    relevant: ["Spiseven Robotics ApS"],
    plausible: [
      "Spiseven Robotics ApS",
      "SDU Robotics (Mærsk Mc-Kinney Møller Instituttet)",
      "Teknologisk Institut (DTI)",
      "VIVE (tidl. SFI og KORA)",
      "OmsorgsData ApS",
      "BusinessCase Partners ApS",
      "Aalborg Universitet",
      "Syddansk Universitet",
    ],
  },
  {
    caseId: "C66",
    careArea: "health_care",
    owner: "Region Syddanmark",
    relevant: ["TeleOmsorg A/S"],
    plausible: [
      "TeleOmsorg A/S",
      "Kodehuset Sundhed ApS",
      "Aalborg Universitet",
      "Syddansk Universitet",
      "Welfare Tech",
      "CO-PI – Center for Offentlig-Privat Innovation",
    ],
  },
  {
    caseId: "C67",
    careArea: "disability",
    owner: "Vejle Kommune",
    relevant: ["Lyd og Lys Sansning ApS"],
    plausible: [
      "Lyd og Lys Sansning ApS",
      "Nationalt Videnscenter for Demens",
      "VIA University College (Center for Aldring og Demens)",
    ],
  },
  {
    caseId: "C68",
    careArea: "disability",
    owner: "Vejle Kommune",
    relevant: ["Hjælpemiddelhuset Nord ApS", "Nordisk Hjælpemiddelproduktion A/S"],
    plausible: ["Nordisk Hjælpemiddelproduktion A/S", "Hjælpemiddelhuset Nord ApS", "Teknologisk Institut (DTI)"],
  },
];
