import { sql, type Expression, type SqlBool } from "kysely";
import type { OrganisationQuery } from "../../../domain/organisation.js";
import type { Db } from "../../db/database.js";
import type { NewOrganisationRow, OrganisationUpdate } from "../../db/schema.js";

const SME_BANDS = ["1-9", "10-49", "50-249"];

/** "teknologisk inst" → "teknologisk:* & inst:*" (each word a stemmed prefix); null when no words. */
export function toPrefixTsQuery(q: string): string | null {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length > 0 ? words.slice(0, 10).map((word) => `${word}:*`).join(" & ") : null;
}

function filteredOrganisations(db: Db, query: Omit<OrganisationQuery, "page" | "pageSize">) {
  const tsQuery = query.q ? toPrefixTsQuery(query.q) : null;
  return db
    .selectFrom("organisations as o")
    .leftJoin("municipalities as m", "m.code", "o.municipality_code")
    .leftJoin("regions as r", "r.code", "m.region_code")
    .where((eb) => {
      const conditions: Expression<SqlBool>[] = [];
      if (!query.includeArchived) {
        conditions.push(eb("o.archived_at", "is", null));
      }
      if (query.kind && query.kind.length > 0) {
        conditions.push(eb("o.kind", "in", query.kind));
      }
      if (query.regionCode) {
        conditions.push(eb("m.region_code", "=", query.regionCode));
      }
      if (query.municipalityCode) {
        conditions.push(eb("o.municipality_code", "=", query.municipalityCode));
      }
      if (query.competenceId) {
        const competenceId = query.competenceId;
        conditions.push(
          eb.exists(
            eb
              .selectFrom("organisation_competences as oc")
              .select("oc.organisation_id")
              .whereRef("oc.organisation_id", "=", "o.id")
              .where("oc.competence_id", "=", competenceId),
          ),
        );
      }
      if (query.sme !== undefined) {
        const sme = eb.and([eb("o.kind", "=", "company"), eb("o.employee_band", "in", SME_BANDS)]);
        conditions.push(query.sme ? sme : eb.not(sme));
      }
      if (query.q) {
        const text = query.q;
        const matches: Expression<SqlBool>[] = [sql<SqlBool>`o.name % ${text}`, eb("o.cvr", "=", text.replace(/\s/g, ""))];
        if (tsQuery) {
          matches.push(sql<SqlBool>`o.search_vector @@ to_tsquery('danish', ${tsQuery})`);
        }
        conditions.push(eb.or(matches));
      }
      return eb.and(conditions);
    });
}

export async function searchOrganisations(db: Db, query: OrganisationQuery) {
  const base = filteredOrganisations(db, query);
  const tsQuery = query.q ? toPrefixTsQuery(query.q) : null;
  let rowsQuery = base.select([
    "o.id",
    "o.kind",
    "o.name",
    "o.cvr",
    "o.municipality_code",
    "m.name as municipality_name",
    "m.region_code",
    "r.name as region_name",
    "o.employee_band",
    "o.archived_at",
  ]);
  if (query.q) {
    const rank = tsQuery
      ? sql`ts_rank(o.search_vector, to_tsquery('danish', ${tsQuery})) + similarity(o.name, ${query.q})`
      : sql`similarity(o.name, ${query.q})`;
    rowsQuery = rowsQuery.orderBy(rank, "desc");
  }
  const [rows, count] = await Promise.all([
    rowsQuery
      .orderBy("o.name")
      .orderBy("o.id")
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as("count")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.count) };
}

export type OrganisationListRow = Awaited<ReturnType<typeof searchOrganisations>>["rows"][number];

/** Every organisation matching the filters (for export), capped. */
export function listAllOrganisations(db: Db, query: Omit<OrganisationQuery, "page" | "pageSize">, cap: number) {
  return filteredOrganisations(db, query)
    .selectAll("o")
    .select(["m.name as municipality_name", "m.region_code", "r.name as region_name"])
    .orderBy("o.name")
    .limit(cap)
    .execute();
}

export function findOrganisation(db: Db, id: string) {
  return db
    .selectFrom("organisations as o")
    .leftJoin("municipalities as m", "m.code", "o.municipality_code")
    .leftJoin("regions as r", "r.code", "m.region_code")
    .leftJoin("organisations as p", "p.id", "o.parent_id")
    .selectAll("o")
    .select(["m.name as municipality_name", "m.region_code", "r.name as region_name", "p.name as parent_name"])
    .where("o.id", "=", id)
    .executeTakeFirst();
}

export type OrganisationDetailRow = NonNullable<Awaited<ReturnType<typeof findOrganisation>>>;

export function findOrganisationKind(db: Db, id: string) {
  return db.selectFrom("organisations").select(["id", "kind"]).where("id", "=", id).executeTakeFirst();
}

export function findOrganisationIdByCvr(db: Db, cvr: string) {
  return db.selectFrom("organisations").select("id").where("cvr", "=", cvr).executeTakeFirst();
}

export function listCompetencesOf(db: Db, organisationIds: string[]) {
  if (organisationIds.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .selectFrom("organisation_competences as oc")
    .innerJoin("competences as c", "c.id", "oc.competence_id")
    .select(["oc.organisation_id", "c.id", "c.slug", "c.name_da", "c.name_en"])
    .where("oc.organisation_id", "in", organisationIds)
    .orderBy("c.name_da")
    .execute();
}

export function listDb07Titles(db: Db, codes: string[]) {
  if (codes.length === 0) {
    return Promise.resolve([]);
  }
  return db.selectFrom("db07_codes").select(["code", "title"]).where("code", "in", codes).execute();
}

export function listUnits(db: Db, parentId: string) {
  return db
    .selectFrom("organisations")
    .select(["id", "name"])
    .where("parent_id", "=", parentId)
    .where("archived_at", "is", null)
    .orderBy("name")
    .execute();
}

export function insertOrganisation(db: Db, values: NewOrganisationRow) {
  return db.insertInto("organisations").values(values).returning("id").executeTakeFirstOrThrow();
}

export function updateOrganisationRow(db: Db, id: string, values: OrganisationUpdate) {
  return db
    .updateTable("organisations")
    .set({ ...values, updated_at: new Date() })
    .where("id", "=", id)
    .execute();
}

export async function replaceCompetences(db: Db, organisationId: string, competenceIds: string[]): Promise<void> {
  await db.deleteFrom("organisation_competences").where("organisation_id", "=", organisationId).execute();
  if (competenceIds.length > 0) {
    await db
      .insertInto("organisation_competences")
      .values([...new Set(competenceIds)].map((competenceId) => ({ organisation_id: organisationId, competence_id: competenceId })))
      .execute();
  }
}

export async function countKnownCompetences(db: Db, ids: string[]): Promise<number> {
  if (ids.length === 0) {
    return 0;
  }
  const row = await db
    .selectFrom("competences")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("id", "in", [...new Set(ids)])
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Recomputes the Danish full-text document: name (weight A), competences (B), description and
 * care areas (C), address and industry titles (D).
 */
export async function refreshSearchVectors(db: Db, organisationIds: string[]): Promise<void> {
  if (organisationIds.length === 0) {
    return;
  }
  await sql`
    update organisations o set search_vector =
      setweight(to_tsvector('danish', coalesce(o.name, '')), 'A') ||
      setweight(to_tsvector('danish', coalesce((
        select string_agg(c.name_da || ' ' || c.name_en, ' ')
        from organisation_competences oc join competences c on c.id = oc.competence_id
        where oc.organisation_id = o.id), '')), 'B') ||
      setweight(to_tsvector('danish', coalesce(o.description, '')), 'C') ||
      setweight(to_tsvector('danish', coalesce((
        select string_agg(d.title, ' ') from db07_codes d where d.code = any(o.db07_codes)), '') || ' ' || coalesce(o.address, '')), 'D')
    where o.id in (${sql.join(organisationIds)})`.execute(db);
}
