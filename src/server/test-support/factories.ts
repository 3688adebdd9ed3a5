import { OrganisationCreate, type OrganisationCreateInput } from "../../domain/organisation.js";
import type { Db } from "../db/database.js";
import { insertCheckedOrganisation } from "../modules/organisations/organisations.service.js";

let cvrCounter = 0;

/** A fresh valid CVR number (modulus 11) for tests. */
export function nextCvr(): string {
  const weights = [2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    cvrCounter += 1;
    const digits = String(3000000 + cvrCounter * 13 + (process.pid % 1000) * 5000)
      .slice(-7)
      .padStart(7, "1");
    const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * weights[index], 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) {
      return `${digits}${check}`;
    }
  }
}

export async function buildOrganisation(db: Db, overrides: Partial<OrganisationCreateInput> = {}): Promise<string> {
  const input = OrganisationCreate.parse({
    kind: "company",
    name: `Testvirksomhed ${Math.random().toString(36).slice(2, 8)}`,
    municipalityCode: "0751",
    employeeBand: "10-49",
    ...overrides,
  });
  return insertCheckedOrganisation(db, "da", input);
}

export async function buildCompetence(db: Db, slug: string, nameDa: string, nameEn = nameDa): Promise<string> {
  const row = await db
    .insertInto("competences")
    .values({ slug, name_da: nameDa, name_en: nameEn })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function buildNeed(
  db: Db,
  overrides: Partial<{
    ownerOrganisationId: string;
    title: string;
    description: string;
    careArea: string;
    status: string;
    competenceIds: string[];
  }> & { ownerOrganisationId: string },
): Promise<string> {
  const { id } = await db
    .insertInto("needs")
    .values({
      owner_organisation_id: overrides.ownerOrganisationId,
      care_area: overrides.careArea ?? "home_care",
      title: overrides.title ?? "Tunge forflytninger i hjemmeplejen",
      description:
        overrides.description ?? "Forflytning af borgere kræver to medarbejdere. Vi søger loftlifte eller robotter.",
      status: overrides.status ?? "new",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (overrides.competenceIds && overrides.competenceIds.length > 0) {
    await db
      .insertInto("need_competences")
      .values(overrides.competenceIds.map((competenceId) => ({ need_id: id, competence_id: competenceId })))
      .execute();
  }
  const { refreshNeedSearchVector } = await import("../modules/needs/needs.repo.js");
  await refreshNeedSearchVector(db, id);
  return id;
}
