import type { FundingApplicant, FundingProgrammeInput } from "../../../domain/funding.js";
import type { Db } from "../../db/database.js";
import type { FundingProgrammesTable } from "../../db/schema.js";
import type { Selectable } from "kysely";

const toNumber = (value: string | null): number | null => (value === null ? null : Number(value));

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
    rolling: input.rolling,
    region_codes: input.regionCodes,
    municipality_codes: input.municipalityCodes,
    min_municipalities: input.minMunicipalities,
    min_regions: input.minRegions,
    counts_are_guidance: input.countsAreGuidance,
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
