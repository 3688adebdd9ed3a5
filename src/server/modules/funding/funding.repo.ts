import type { FundingProgrammeInput } from "../../../domain/funding.js";
import type { Db } from "../../db/database.js";
import type { FundingProgrammesTable } from "../../db/schema.js";
import type { Selectable } from "kysely";

export function toProgrammeRow(input: FundingProgrammeInput) {
  return {
    name: input.name,
    owner: input.owner,
    purpose: input.purpose,
    eligible_kinds: input.eligibleKinds,
    care_areas: input.careAreas,
    themes: input.themes,
    min_amount: input.minAmount,
    max_amount: input.maxAmount,
    cofinancing_pct: input.cofinancingPct,
    deadline: input.deadline,
    min_municipalities: input.minMunicipalities,
    min_regions: input.minRegions,
    requires_company: input.requiresCompany,
    requires_knowledge_institution: input.requiresKnowledgeInstitution,
    link: input.link,
    notes: input.notes,
  };
}

export function listProgrammes(db: Db): Promise<Selectable<FundingProgrammesTable>[]> {
  return db.selectFrom("funding_programmes").selectAll().where("archived_at", "is", null).orderBy("name").execute();
}

export async function findProgramme(db: Db, id: string) {
  return db.selectFrom("funding_programmes").selectAll().where("id", "=", id).executeTakeFirst();
}

/** What funding rules need to know about a need: who would apply and which partners it has. */
export async function readNeedFundingFacts(db: Db, needId: string) {
  return db
    .selectFrom("needs as n")
    .innerJoin("organisations as o", "o.id", "n.owner_organisation_id")
    .leftJoin("organisations as p", "p.id", "o.parent_id")
    .select((eb) => [
      "n.care_area",
      "o.kind as owner_kind",
      "p.kind as parent_kind",
      eb
        .exists(
          eb
            .selectFrom("need_matches as nm")
            .innerJoin("organisations as c", "c.id", "nm.organisation_id")
            .select("nm.need_id")
            .whereRef("nm.need_id", "=", "n.id")
            .where("nm.decision", "=", "shortlisted")
            .where("c.kind", "=", "company"),
        )
        .as("has_company"),
      eb
        .exists(
          eb
            .selectFrom("need_matches as nm")
            .innerJoin("organisations as k", "k.id", "nm.organisation_id")
            .select("nm.need_id")
            .whereRef("nm.need_id", "=", "n.id")
            .where("nm.decision", "=", "shortlisted")
            .where("k.kind", "=", "knowledge_institution"),
        )
        .as("has_knowledge_institution"),
    ])
    .where("n.id", "=", needId)
    .executeTakeFirstOrThrow();
}

export function insertProgramme(db: Db, values: ReturnType<typeof toProgrammeRow>) {
  return db.insertInto("funding_programmes").values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateProgrammeRow(db: Db, id: string, values: ReturnType<typeof toProgrammeRow>) {
  return db
    .updateTable("funding_programmes")
    .set({ ...values, updated_at: new Date() })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
