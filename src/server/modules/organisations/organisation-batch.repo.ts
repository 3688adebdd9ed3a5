import { sql } from "kysely";
import type { Db } from "../../db/database.js";
import type { NewOrganisationRow } from "../../db/schema.js";
import { organisationDetailRows } from "./organisations.repo.js";

// Many organisations per statement: an import of 100,000 rows (issue 16) checks and writes a few hundred at a time,
// and a list of ids is read at once, not one query per id.

/** Of these CVRs, the ones already registered. */
export function listTakenCvrs(db: Db, cvrs: string[]) {
  if (cvrs.length === 0) {
    return Promise.resolve([]);
  }
  return db.selectFrom("organisations").select(["id", "cvr"]).where("cvr", "in", cvrs).execute();
}

export function listOrganisationKinds(db: Db, ids: string[]) {
  if (ids.length === 0) {
    return Promise.resolve([]);
  }
  return db.selectFrom("organisations").select(["id", "kind"]).where("id", "in", ids).execute();
}

export function listKnownCompetenceIds(db: Db, ids: string[]) {
  if (ids.length === 0) {
    return Promise.resolve([]);
  }
  return db.selectFrom("competences").select("id").where("id", "in", ids).execute();
}

/**
 * Many organisations in one statement; ids are given, so each row's id is known without relying on order. Each
 * row gets its search document in the same statement (from its competence ids: the links are written after the
 * row), so the derived tables' insert triggers write its terms and name keys once (issue 16). The rows come as
 * one JSON parameter: one call site of organisation_search_vector, planned once per statement (in a VALUES list
 * each row's call was planned apart, a quarter of the batch's database time).
 */
export async function insertOrganisationRows(
  db: Db,
  rows: (NewOrganisationRow & { id: string; competenceIds: string[] })[],
): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  await db
    .insertInto("organisations")
    .columns([
      "id",
      "kind",
      "name",
      "cvr",
      "parent_id",
      "municipality_code",
      "address",
      "website",
      "description",
      "employee_band",
      "db07_codes",
      "care_areas",
      "contact_persons",
      "search_extra",
      "search_vector",
    ])
    .expression(
      sql`select v.id, v.kind, v.name, v.cvr, v.parent_id, v.municipality_code, coalesce(v.address, ''),
          coalesce(v.website, ''), coalesce(v.description, ''), v.employee_band, coalesce(v.db07_codes, '{}'),
          coalesce(v.care_areas, '{}'), coalesce(v.contact_persons, '[]'), coalesce(v.search_extra, ''),
          organisation_search_vector(v.name, v.competence_ids, coalesce(v.description, ''),
            coalesce(v.db07_codes, '{}'), coalesce(v.address, ''), coalesce(v.search_extra, ''))
        from jsonb_to_recordset(${JSON.stringify(rows.map(toJsonRow))}::jsonb) as v(
          id uuid, kind text, name text, cvr text, parent_id uuid, municipality_code text, address text,
          website text, description text, employee_band text, db07_codes text[], care_areas text[],
          contact_persons jsonb, search_extra text, competence_ids uuid[])`,
    )
    .execute();
}

function toJsonRow({ competenceIds, contact_persons, ...row }: NewOrganisationRow & { competenceIds: string[] }) {
  return {
    ...row,
    competence_ids: competenceIds,
    contact_persons: typeof contact_persons === "string" ? JSON.parse(contact_persons) : contact_persons,
  };
}

export async function insertCompetenceLinks(
  db: Db,
  links: { organisation_id: string; competence_id: string }[],
): Promise<void> {
  if (links.length > 0) {
    await db.insertInto("organisation_competences").values(links).execute();
  }
}

/** The detail rows of many organisations (as findOrganisation reads one). */
export function findOrganisations(db: Db, ids: string[]) {
  if (ids.length === 0) {
    return Promise.resolve([]);
  }
  return organisationDetailRows(db).where("o.id", "in", ids).execute();
}

/** The units of many parents (as listUnits reads one parent's). */
export function listUnitsOf(db: Db, parentIds: string[]) {
  if (parentIds.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .selectFrom("organisations")
    .select(["id", "name", "parent_id"])
    .where("parent_id", "in", parentIds)
    .where("archived_at", "is", null)
    .orderBy("name")
    .execute();
}
