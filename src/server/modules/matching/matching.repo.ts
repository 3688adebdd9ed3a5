import { sql } from "kysely";
import { isInformativeTerm, relatedCareAreas } from "../../../domain/matching.js";
import { ACTIVE_NEED_STATUSES } from "../../../domain/needs.js";
import type { Db } from "../../db/database.js";

/** Candidates considered per need before scoring; retrieval is cheap, scoring is exact. */
export const CANDIDATE_POOL = 300;

/** The distinct word stems (lexemes) of a need's text, longer than two letters. */
export async function listNeedTerms(db: Db, needId: string): Promise<string[]> {
  const result = await sql<{ term: string }>`
    select distinct t as term from needs n, unnest(tsvector_to_array(n.search_vector)) t
    where n.id = ${needId}`.execute(db);
  return result.rows.map((row) => row.term).filter(isInformativeTerm);
}

export async function listOrganisationTerms(db: Db, organisationId: string): Promise<string[]> {
  const result = await sql<{ term: string }>`
    select distinct t as term from organisations o, unnest(tsvector_to_array(o.search_vector)) t
    where o.id = ${organisationId}`.execute(db);
  return result.rows.map((row) => row.term).filter(isInformativeTerm);
}

export function listNeedCompetenceIds(db: Db, needId: string) {
  return db.selectFrom("need_competences").select("competence_id").where("need_id", "=", needId).execute();
}

/** Owner and its family: the owner, its parent, and the parent's other units. */
export async function listOwnerFamily(db: Db, ownerId: string): Promise<string[]> {
  const result = await sql<{ id: string }>`
    with owner as (select id, coalesce(parent_id, id) as root from organisations where id = ${ownerId})
    select o.id from organisations o, owner where o.id = owner.root or o.parent_id = owner.root or o.id = owner.id`.execute(db);
  return result.rows.map((row) => row.id);
}

export interface PartnerEvidenceRow {
  id: string;
  name: string;
  kind: string;
  employee_band: string | null;
  care_areas: string[];
  region_code: string | null;
  shared_terms: string[];
  shared_competences: string[];
  collaborations: number;
}

/**
 * Candidate partners for a need: companies and knowledge institutions whose text shares a stem
 * with the need, that hold a wanted competence, or that work in the need's care area. The pool is
 * cut by a cheap pre-rank; the exact evidence is then read for the pool only.
 */
export async function findPartnerCandidates(
  db: Db,
  need: { id: string; careArea: string; terms: string[]; competenceIds: string[]; ownerFamily: string[] },
): Promise<PartnerEvidenceRow[]> {
  const competenceIds = need.competenceIds.length > 0 ? need.competenceIds : ["00000000-0000-0000-0000-000000000000"];
  const result = await sql<PartnerEvidenceRow>`
    with q as (
      select (select string_agg(quote_literal(t), ' | ') from unnest(${need.terms}::text[]) t)::tsquery as query
    ),
    pool as (
      select o.id,
        coalesce(ts_rank(o.search_vector, q.query), 0) as text_rank,
        (select count(*) from organisation_competences oc where oc.organisation_id = o.id and oc.competence_id = any(${competenceIds}::uuid[])) as competence_count,
        (${need.careArea} = any(o.care_areas)) as same_area
      from organisations o, q
      where o.archived_at is null
        and o.kind in ('company', 'knowledge_institution')
        and (o.search_vector @@ q.query
          or o.id in (select organisation_id from organisation_competences where competence_id = any(${competenceIds}::uuid[]))
          or o.care_areas && ${relatedCareAreas(need.careArea)}::text[])
      order by competence_count desc, text_rank desc, same_area desc, o.id
      limit ${CANDIDATE_POOL}
    )
    select o.id, o.name, o.kind, o.employee_band, o.care_areas, m.region_code,
      array(select unnest(tsvector_to_array(o.search_vector)) intersect select unnest(${need.terms}::text[]) order by 1) as shared_terms,
      array(select c.name_da from organisation_competences oc join competences c on c.id = oc.competence_id
            where oc.organisation_id = o.id and oc.competence_id = any(${competenceIds}::uuid[]) order by c.name_da) as shared_competences,
      (select count(*)::int from need_matches nm join needs n2 on n2.id = nm.need_id
        where nm.organisation_id = o.id and nm.decision = 'shortlisted' and n2.id <> ${need.id}
          and n2.owner_organisation_id = any(${need.ownerFamily}::uuid[])) as collaborations
    from pool join organisations o on o.id = pool.id
    left join municipalities m on m.code = o.municipality_code`.execute(db);
  return result.rows;
}

export interface NeedEvidenceRow {
  id: string;
  title: string;
  owner_organisation_id: string;
  owner_name: string;
  care_area: string;
  status: string;
  region_code: string | null;
  term_count: number;
  need_competence_count: number;
  shared_terms: string[];
  shared_competences: string[];
  collaborations: number;
}

/** The reverse: active needs an organisation could help with, with the same evidence. */
export async function findNeedCandidates(
  db: Db,
  organisation: { id: string; careAreas: string[]; terms: string[] },
): Promise<NeedEvidenceRow[]> {
  const careAreas = organisation.careAreas.length > 0 ? [...new Set(organisation.careAreas.flatMap(relatedCareAreas))] : [""];
  const result = await sql<NeedEvidenceRow>`
    with q as (
      select (select string_agg(quote_literal(t), ' | ') from unnest(${organisation.terms}::text[]) t)::tsquery as query
    ),
    mine as (select competence_id from organisation_competences where organisation_id = ${organisation.id}),
    pool as (
      select n.id from needs n, q
      where n.status in (${sql.join(ACTIVE_NEED_STATUSES)})
        and (n.search_vector @@ q.query
          or n.id in (select need_id from need_competences where competence_id in (select competence_id from mine))
          or n.care_area = any(${careAreas}::text[]))
      order by coalesce(ts_rank(n.search_vector, q.query), 0) desc, n.created_at desc
      limit ${CANDIDATE_POOL}
    )
    select n.id, n.title, n.owner_organisation_id, o.name as owner_name, n.care_area, n.status,
      coalesce(m.region_code, pm.region_code) as region_code,
      (select count(*)::int from (select distinct t from unnest(tsvector_to_array(n.search_vector)) t where length(t) > 2) terms) as term_count,
      (select count(*)::int from need_competences nc where nc.need_id = n.id) as need_competence_count,
      array(select t from unnest(tsvector_to_array(n.search_vector)) t where length(t) > 2
            intersect select unnest(${organisation.terms}::text[]) order by 1) as shared_terms,
      array(select c.name_da from need_competences nc join competences c on c.id = nc.competence_id
            where nc.need_id = n.id and nc.competence_id in (select competence_id from mine) order by c.name_da) as shared_competences,
      (select count(*)::int from need_matches nm join needs n2 on n2.id = nm.need_id join organisations o2 on o2.id = n2.owner_organisation_id
        where nm.organisation_id = ${organisation.id} and nm.decision = 'shortlisted' and n2.id <> n.id
          and coalesce(o2.parent_id, o2.id) = coalesce(o.parent_id, o.id)) as collaborations
    from pool join needs n on n.id = pool.id
    join organisations o on o.id = n.owner_organisation_id
    left join organisations p on p.id = o.parent_id
    left join municipalities m on m.code = o.municipality_code
    left join municipalities pm on pm.code = p.municipality_code`.execute(db);
  return result.rows;
}

export function listDecisions(db: Db, needId: string) {
  return db
    .selectFrom("need_matches as nm")
    .innerJoin("organisations as o", "o.id", "nm.organisation_id")
    .leftJoin("users as u", "u.id", "nm.decided_by")
    .select(["nm.organisation_id", "o.name", "o.kind", "nm.decision", "nm.reason", "nm.score", "nm.parts", "nm.decided_at", "u.name as decided_by_name"])
    .where("nm.need_id", "=", needId)
    .orderBy("nm.decided_at", "desc")
    .execute();
}

export async function readMatchingWeights(db: Db): Promise<Record<string, number>> {
  const row = await db.selectFrom("programmes").select("matching_weights").orderBy("created_at").limit(1).executeTakeFirst();
  return row?.matching_weights ?? {};
}
