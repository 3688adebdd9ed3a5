import { readFileSync } from "node:fs";
import path from "node:path";
import { OrganisationCreate, type OrganisationCreateInput } from "../../domain/organisation.js";
import type { CareArea } from "../../domain/care-areas.js";
import type { Db } from "../db/database.js";
import { hashPassword } from "../modules/auth/password.js";
import { insertCheckedOrganisation } from "../modules/organisations/organisations.service.js";
import { loadDemoCalls } from "./demo-calls.js";
import { loadDemoNeeds } from "./demo-needs.js";
import { loadDemoAssessments } from "./demo-assessments.js";
import { loadDemoBusinessCases } from "./demo-business-cases.js";
import { loadDemoProcesses } from "./demo-processes.js";
import { loadDemoDisclosures } from "./demo-disclosures.js";
import { demoProgrammeIndicators, loadDemoPilots } from "./demo-programme.js";
import { loadDemoOutreach } from "./demo-outreach.js";
import { loadDemoSeminars } from "./demo-seminars.js";
import { DEMO_COMPANIES } from "./demo-companies.js";
import { CASE_COMPANIES, CASE_KNOWLEDGE_INSTITUTIONS, CASE_OWNERS } from "./demo-case-organisations.js";
import {
  DEMO_COMPETENCES,
  DEMO_PASSWORD,
  DEMO_PUBLIC,
  DEMO_UNITS,
  KNOWLEDGE_COMPETENCE_HINTS,
  knowledgeKind,
} from "./demo-content.js";
import { hasSeedRows, insertSeedCompetences, insertSeedRows, insertSeedUsers } from "./seed.repo.js";

const DATA_DIR = path.resolve(import.meta.dirname, "../../../data");

interface KnowledgeEntry {
  name: string;
  type: string;
  competence_summary: string;
  /** The institution's own fields, care areas and competence slugs (its matching profile), where recorded. */
  profile_da?: string;
  care_areas?: CareArea[];
  competences?: string[];
}

/** A made-up CVR number in the 99xxxxxx range that passes the modulus-11 check. */
export function demoCvr(seed: number): string {
  const weights = [2, 7, 6, 5, 4, 3, 2];
  for (let candidate = 9900000 + seed * 37; ; candidate += 1) {
    const digits = String(candidate).padStart(7, "0");
    const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * weights[index], 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) {
      return `${digits}${check}`;
    }
  }
}

export interface DemoUser {
  email: string;
  name: string;
  role: "admin" | "agent" | "member";
  organisation: string | null;
  label: string;
}

export const DEMO_USERS: DemoUser[] = [
  {
    email: "programleder@samspil.example",
    name: "Lone Kristensen",
    role: "admin",
    organisation: null,
    label: "programleder (admin)",
  },
  { email: "agent@samspil.example", name: "Jonas Holm", role: "agent", organisation: null, label: "innovationsagent" },
  {
    email: "hjemmepleje@samspil.example",
    name: "Sara Nielsen",
    role: "member",
    organisation: "Hjemmeplejen Aarhus Syd",
    label: "medlem, offentlig enhed",
  },
  {
    email: "virksomhed@samspil.example",
    name: "Mads Berg",
    role: "member",
    organisation: "LøfteLet ApS",
    label: "medlem, virksomhed (SMV)",
  },
  {
    email: "viden@samspil.example",
    name: "Karen Lund",
    role: "member",
    organisation: "Teknologisk Institut (DTI)",
    label: "medlem, videninstitution",
  },
];

/** Loads the demo programme, organisations and users into an empty database, in one transaction. */
export async function loadDemoData(db: Db): Promise<boolean> {
  if (await hasSeedRows(db, "organisations")) {
    return false;
  }
  const knowledge = JSON.parse(readFileSync(path.join(DATA_DIR, "knowledge_institutions.json"), "utf8")) as {
    gts_institutes: KnowledgeEntry[];
    other_knowledge_institutions: KnowledgeEntry[];
  };
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.transaction().execute(async (trx) => {
    await insertSeedRows(trx, "programmes", [
      {
        name: "OPI Velfærd 2026–2028",
        description:
          "Innovationsagenter fra GTS-institutterne hjælper kommuner, regioner og SMV'er med at " +
          "udvikle og teste velfærdsteknologi sammen.",
        starts_on: "2026-01-01",
        ends_on: "2028-12-31",
        targets: JSON.stringify({ municipalities: 5, regionalInstitutions: 1, stateInstitutions: 1, smes: 25 }),
        indicators: JSON.stringify(demoProgrammeIndicators()),
        themes: ["fra 2 til 1", "digitale besøg", "tryghed om natten", "demens"],
        public_summary: true,
      },
    ]);

    const competences = await insertSeedCompetences(
      trx,
      DEMO_COMPETENCES.map(([slug, da, en]) => ({ slug, name_da: da, name_en: en })),
    );
    const competenceId = new Map(competences.map((row) => [row.slug, row.id]));
    const ids = new Map<string, string>();
    const add = async (key: string, input: OrganisationCreateInput) => {
      const id = await insertCheckedOrganisation(trx, "da", OrganisationCreate.parse(input));
      ids.set(key, id);
      ids.set(input.name, id);
    };

    for (const item of [...DEMO_PUBLIC, ...CASE_OWNERS]) {
      await add(item.key, {
        kind: item.kind,
        name: item.name,
        municipalityCode: item.municipalityCode,
        address: item.address,
        website: item.website,
        description: item.description,
        careAreas: item.careAreas,
        contactPersons: [
          {
            name: "Demo Kontaktperson",
            title: "Innovationskonsulent",
            email: `innovation@${item.key}.example`,
            phone: "",
          },
        ],
      });
    }
    for (const unit of DEMO_UNITS) {
      await add(unit.name, {
        kind: "public_unit",
        name: unit.name,
        parentId: ids.get(unit.parent),
        municipalityCode: unit.municipalityCode,
        careAreas: unit.careAreas,
        description: unit.description,
      });
    }
    for (const entry of [...knowledge.gts_institutes, ...knowledge.other_knowledge_institutions]) {
      const kind = knowledgeKind(entry.type);
      // The institution's own profile where recorded: the scout's summary names the cases it was seen in.
      const summary = entry.profile_da ?? entry.competence_summary;
      const hints = KNOWLEDGE_COMPETENCE_HINTS.filter(([pattern]) => pattern.test(`${entry.type} ${summary}`));
      const typeLabel = entry.type === "GTS" ? "GTS-institut" : entry.type[0].toUpperCase() + entry.type.slice(1);
      const slugs = [...hints.map(([, slug]) => slug), ...(entry.competences ?? [])];
      await add(entry.name, {
        kind,
        name: entry.name,
        parentId: kind === "public_unit" ? ids.get("hilleroed") : null,
        description: `${typeLabel}. ${summary}`,
        careAreas: entry.care_areas ?? [],
        competenceIds: [...new Set(slugs.map((slug) => competenceId.get(slug) as string))],
      });
    }
    for (const institution of CASE_KNOWLEDGE_INSTITUTIONS) {
      await add(institution.name, {
        kind: "knowledge_institution",
        name: institution.name,
        description: `${institution.typeLabel}. ${institution.description}`,
        careAreas: institution.careAreas,
        competenceIds: institution.competences.map((slug) => competenceId.get(slug) as string),
      });
    }
    for (const [index, company] of [...DEMO_COMPANIES, ...CASE_COMPANIES].entries()) {
      await add(company.name, {
        kind: "company",
        name: company.name,
        cvr: demoCvr(index + 1),
        municipalityCode: company.municipalityCode,
        employeeBand: company.band,
        db07Codes: company.db07,
        careAreas: company.careAreas,
        competenceIds: company.competences.map((slug) => competenceId.get(slug) as string),
        description: `${company.description} (Fiktiv demovirksomhed.)`,
        website: `https://www.${company.name
          .toLowerCase()
          .replace(/æ/g, "ae")
          .replace(/ø/g, "oe")
          .replace(/å/g, "aa")
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/-(aps|a-s)$/, "")}.example`,
      });
    }

    const users = await insertSeedUsers(
      trx,
      DEMO_USERS.map((user) => ({
        email: user.email,
        name: user.name,
        role: user.role,
        organisation_id: user.organisation ? (ids.get(user.organisation) ?? null) : null,
        password_hash: passwordHash,
      })),
    );
    const agentId = users.find((user) => user.email === "agent@samspil.example")?.id ?? null;
    const needIds = await loadDemoNeeds(trx, ids, competenceId, agentId);
    await loadDemoCalls(trx, {
      needIds,
      ids,
      agentId,
      companyUserId: users.find((user) => user.email === "virksomhed@samspil.example")?.id ?? null,
    });
    await loadDemoProcesses(trx, { needIds, ids, agentId });
    await loadDemoDisclosures(trx, { ids, agentId });
    await loadDemoPilots(trx, { ids, agentId });
    await loadDemoAssessments(trx, { ids, agentId });
    await loadDemoOutreach(trx, { ids, agentId });
    await loadDemoSeminars(trx, { ids, needIds, agentId });
  });
  await loadDemoBusinessCases(db);
  return true;
}
