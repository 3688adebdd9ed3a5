import type { FundingApplicant, FundingProgramme, FundingProgrammeInput } from "../../../domain/funding.js";
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
    opensOn: row.opens_on ? row.opens_on.toISOString().slice(0, 10) : null,
    nextRound: row.next_round,
    regionCodes: row.region_codes,
    municipalityCodes: row.municipality_codes,
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
    opens_on: input.opensOn,
    next_round: input.nextRound,
    region_codes: input.regionCodes,
    municipality_codes: input.municipalityCodes,
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

/** The facts of a need that funding rules read besides its applicants. */
export async function readNeedFundingFacts(db: Db, needId: string) {
  const row = await db
    .selectFrom("needs")
    .select(["care_area", "budget_dkk"])
    .where("id", "=", needId)
    .executeTakeFirstOrThrow();
  return { careArea: row.care_area, budgetDkk: toNumber(row.budget_dkk) };
}

/**
 * Everyone who would apply for a need: its owner and co-owners, the companies and knowledge
 * institutions on its shortlist, and the participants of the active processes that hold it (a
 * network process brings its municipalities), each with its place and its parent.
 */
export async function listNeedFundingApplicants(db: Db, needId: string): Promise<FundingApplicant[]> {
  const ids = await db
    .selectFrom("needs")
    .select("owner_organisation_id as organisation_id")
    .where("id", "=", needId)
    .union((eb) => eb.selectFrom("need_co_owners").select("organisation_id").where("need_id", "=", needId))
    .union((eb) =>
      eb
        .selectFrom("need_matches as nm")
        .innerJoin("organisations as c", "c.id", "nm.organisation_id")
        .select("nm.organisation_id")
        .where("nm.need_id", "=", needId)
        .where("nm.decision", "=", "shortlisted")
        .where("c.kind", "in", ["company", "knowledge_institution"]),
    )
    .union((eb) =>
      eb
        .selectFrom("process_participants as pp")
        .innerJoin("process_needs as pn", "pn.process_id", "pp.process_id")
        .innerJoin("processes as pr", "pr.id", "pp.process_id")
        .select("pp.organisation_id")
        .where("pn.need_id", "=", needId)
        .where("pr.status", "=", "active"),
    )
    .execute();
  return listApplicants(
    db,
    ids.map((row) => row.organisation_id),
  );
}

/** Everyone who would apply in a process: its participants, whatever their role. */
export async function listProcessFundingApplicants(db: Db, processId: string): Promise<FundingApplicant[]> {
  const ids = await db
    .selectFrom("process_participants")
    .select("organisation_id")
    .where("process_id", "=", processId)
    .execute();
  return listApplicants(
    db,
    ids.map((row) => row.organisation_id),
  );
}

/** The care areas and the summed budget of the needs a process works on. */
export async function readProcessFundingFacts(db: Db, processId: string) {
  const rows = await db
    .selectFrom("process_needs as pn")
    .innerJoin("needs as n", "n.id", "pn.need_id")
    .select(["n.care_area", "n.budget_dkk"])
    .where("pn.process_id", "=", processId)
    .execute();
  const areas = [...new Set(rows.map((row) => row.care_area))];
  const budgets = rows.flatMap((row) => (row.budget_dkk === null ? [] : [Number(row.budget_dkk)]));
  return {
    // A process over needs of several care areas has no single one to match on.
    careArea: areas.length === 1 ? (areas[0] ?? null) : null,
    budgetDkk: budgets.length > 0 ? budgets.reduce((sum, value) => sum + value, 0) : null,
  };
}

async function listApplicants(db: Db, organisationIds: string[]): Promise<FundingApplicant[]> {
  if (organisationIds.length === 0) {
    return [];
  }
  const rows = await db
    .selectFrom("organisations as o")
    .leftJoin("organisations as p", "p.id", "o.parent_id")
    .leftJoin("municipalities as m", "m.code", "o.municipality_code")
    .leftJoin("municipalities as pm", "pm.code", "p.municipality_code")
    .select([
      "o.id",
      "o.kind",
      "o.municipality_code",
      "m.region_code",
      "p.id as parent_id",
      "p.kind as parent_kind",
      "p.municipality_code as parent_municipality_code",
      "pm.region_code as parent_region_code",
    ])
    .where("o.id", "in", [...new Set(organisationIds)])
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    municipalityCode: row.municipality_code,
    regionCode: row.region_code,
    parent:
      row.parent_id === null || row.parent_kind === null
        ? null
        : {
            id: row.parent_id,
            kind: row.parent_kind,
            municipalityCode: row.parent_municipality_code,
            regionCode: row.parent_region_code,
          },
  }));
}
