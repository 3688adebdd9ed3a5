import type { FundingProgramme, FundingProgrammeInput } from "../../../domain/funding.js";
import type { Db } from "../../db/database.js";
import type { FundingProgrammesTable } from "../../db/schema.js";
import type { Selectable } from "kysely";

const toNumber = (value: string | null): number | null => (value === null ? null : Number(value));

export function presentProgramme(row: Selectable<FundingProgrammesTable>): FundingProgramme {
  return {
    id: row.id,
    name: row.name,
    owner: row.owner,
    purpose: row.purpose,
    eligibleKinds: row.eligible_kinds as FundingProgramme["eligibleKinds"],
    careAreas: row.care_areas as FundingProgramme["careAreas"],
    themes: row.themes,
    minAmount: toNumber(row.min_amount),
    maxAmount: toNumber(row.max_amount),
    cofinancingPct: toNumber(row.cofinancing_pct),
    deadline: row.deadline ? row.deadline.toISOString().slice(0, 10) : null,
    minMunicipalities: row.min_municipalities,
    minRegions: row.min_regions,
    requiresCompany: row.requires_company,
    requiresKnowledgeInstitution: row.requires_knowledge_institution,
    link: row.link,
    notes: row.notes,
  };
}

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

export async function listProgrammes(db: Db): Promise<FundingProgramme[]> {
  const rows = await db
    .selectFrom("funding_programmes")
    .selectAll()
    .where("archived_at", "is", null)
    .orderBy("name")
    .execute();
  return rows.map(presentProgramme);
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
