import { sql, type RawBuilder } from "kysely";
import type { ScoringPlan } from "../../../domain/matching.js";
import type { Db } from "../../db/database.js";

/*
 * Partner ranking in SQL: scoreCandidate's score (domain/matching.ts) as arithmetic over a ScoringPlan, and the
 * queries that find the best-scoring partners for a need without scoring every organisation in full.
 */

export interface PartnerQuery {
  needId: string;
  /** Every stem a partner could share: the need's own and the thesaurus's related words. */
  terms: string[];
  competenceIds: string[];
  /** Organisations that took part in an earlier innovation process with the owner's family. */
  collaboratorIds: string[];
  /** The organisation kinds to rank (companies and knowledge institutions, or one of them). */
  kinds: string[];
  /** Kinds that serve every region (domain/matching.ts NATIONAL_REACH_KINDS). */
  nationalKinds: readonly string[];
  plan: ScoringPlan;
  /**
   * Where shared stems are counted: from organisation_terms (cost grows with how many organisations have the
   * query's stems) or from the search_vector of each organisation read (cost grows with those read). Both give
   * the same counts; the service picks the cheaper from the stems' document frequencies.
   */
  sharedFrom: "terms" | "vectors";
}

export interface RankedPartnerRow {
  id: string;
  score: number;
}

/**
 * The setting parts (care area, region, SME, collaboration) times contextFactor of the subject shares given
 * (domain/matching.ts): `floor` at no subject, in full at all of it; in full where no subject part applies.
 */
function settingSql(plan: ScoringPlan, shares: RawBuilder<unknown>[]) {
  const floor = plan.contextWithoutSubject;
  const factor =
    shares.length === 0
      ? sql`1::float8`
      : sql`(${floor}::float8 + ${1 - floor}::float8 * greatest(0::float8, ${sql.join(shares, sql`, `)}))`;
  return (part: RawBuilder<unknown>) => sql`(${part}) * ${factor}`;
}

/**
 * The score of scoreCandidate (domain/matching.ts) as SQL arithmetic over the plan's numbers:
 * shared competences, shared word stems (ts_delete leaves the stems the need does not have),
 * care area, region, SME (the rule of isSme) and earlier collaboration. The parts are added in
 * scoreCandidate's order and rounded as round1 does (floor(x + 0.5) for Math.round), so both
 * give the same score for the same evidence.
 */
function scoreSql(query: PartnerQuery, sharedTerms: RawBuilder<number>) {
  const { plan } = query;
  const points = [];
  // The subject shares, as scoreCandidate's competence and text parts; the setting parts count by them.
  const shares = [];
  if (plan.competence.wanted > 0) {
    const share = sql`least(1, e.shared_competences::float8 / ${plan.competence.wanted}::float8)`;
    shares.push(share);
    points.push(sql`${plan.competence.points}::float8 * ${share}`);
  }
  if (plan.text.needed > 0) {
    const share = sql`least(1, ${sharedTerms}::float8 / ${plan.text.needed}::float8)`;
    shares.push(share);
    points.push(sql`${plan.text.points}::float8 * ${share}`);
  }
  const setting = settingSql(plan, shares);
  points.push(
    setting(sql`case when ${plan.careArea.area} = any(e.care_areas) then ${plan.careArea.same}::float8
    when e.care_areas && ${plan.careArea.relatedAreas}::text[] then ${plan.careArea.related}::float8 else 0 end`),
  );
  if (plan.region.code) {
    points.push(
      setting(sql`case when e.kind = any(${query.nationalKinds}::text[]) then 0::float8
      when e.region_code = ${plan.region.code} then ${plan.region.points}::float8 else 0 end`),
    );
  }
  points.push(
    setting(sql`case when e.kind = 'company' and e.employee_band is not null and e.employee_band <> '250+'
      then ${plan.sme}::float8 else 0 end`),
  );
  points.push(
    setting(sql`case when e.id = any(${query.collaboratorIds}::uuid[]) then ${plan.collaboration}::float8 else 0 end`),
  );
  const max = sql`(case when e.kind = 'company' then ${plan.maxPoints.company}::float8
    when e.kind = any(${query.nationalKinds}::text[]) then ${plan.maxPoints.national}::float8
    else ${plan.maxPoints.other}::float8 end)`;
  return sql`case when ${max} = 0 then 0
    else floor(((${sql.join(points, sql` + `)}) / ${max}) * 100 * 10 + 0.5) / 10 end`;
}

/**
 * The evidence a partner needs to be listed at all: a shared stem, a wanted competence, a related care area or a
 * collaboration.
 */
function hasEvidenceSql(query: PartnerQuery) {
  return sql`(e.shared_competences > 0 or e.shared_terms > 0
    or e.care_areas && ${query.plan.careArea.relatedAreas}::text[]
    or e.id = any(${query.collaboratorIds}::uuid[]))`;
}

/**
 * How many of the query's stems each organisation has, for every organisation that has one: one index range
 * scan of organisation_terms per stem and a hash aggregate, however many organisations there are to count for.
 * The same number as length(v) - length(ts_delete(v, terms)) on its search_vector (the triggers of migration
 * 2026-12-11T0300 keep the rows equal to its lexemes).
 */
function sharedTermsCte(query: PartnerQuery) {
  return sql`shared as (
      select t.organisation_id as id, count(*)::int as n from organisation_terms t
      where t.term = any(${query.terms}::text[]) group by t.organisation_id
    )`;
}

const sharedTermsSql = (query: PartnerQuery, vector: RawBuilder<string>) =>
  sql<number>`length(${vector}) - length(ts_delete(${vector}, ${query.terms}::text[]))`;

function tiesSql(limit: number) {
  return sql`order by score desc fetch first ${sql.lit(Math.max(1, Math.trunc(limit)))} rows with ties`;
}

/**
 * The `limit` best holders of a wanted competence and earlier collaborators by score (read from the
 * competence index), and every one tied with the last of them, so the caller can break ties by
 * name as rankCandidates does.
 */
export async function rankCompetenceHolders(db: Db, query: PartnerQuery, limit: number): Promise<RankedPartnerRow[]> {
  const byTerms = query.sharedFrom === "terms";
  const shared = byTerms ? sharedTermsCte(query) : sql`shared as (select null::uuid as id, 0 as n where false)`;
  const sharedTerms = byTerms ? sql`coalesce(s.n, 0)` : sharedTermsSql(query, sql`o.search_vector`);
  const result = await sql<RankedPartnerRow>`
    with ${shared},
    evidence as materialized (
      select o.id, o.kind, o.employee_band, o.care_areas, m.region_code, w.shared as shared_competences,
        ${sharedTerms} as shared_terms
      from (
        select id, max(shared) as shared from (
          select organisation_id as id, count(*)::int as shared from organisation_competences
          where competence_id = any(${query.competenceIds}::uuid[]) group by organisation_id
          union all select unnest(${query.collaboratorIds}::uuid[]), 0) c
        group by id) w
      join organisations o on o.id = w.id left join municipalities m on m.code = o.municipality_code
      left join shared s on s.id = o.id
      where o.archived_at is null and o.kind = any(${query.kinds}::text[])
    )
    select e.id, ${scoreSql(query, sql<number>`e.shared_terms`)} as score
    from evidence e where ${hasEvidenceSql(query)}
    ${tiesSql(limit)}`.execute(db);
  return result.rows;
}

/**
 * The most any organisation of the query's kinds could score with `shared` stems, `competences` wanted
 * competences and (or not) an earlier collaboration: the parts that need its row (care area, region, SME)
 * at their best, counted at the factor those shares give them as scoreSql counts them, over the smallest
 * maximum its kind could have. Not rounded: see `mayReach`.
 */
function boundSql(
  query: PartnerQuery,
  shared: RawBuilder<number>,
  competences: RawBuilder<number>,
  collaborator: RawBuilder<boolean>,
) {
  const { plan } = query;
  const points = [];
  // The subject shares are exact here (counted, not bounded), so the setting parts' factor is too.
  const shares = [];
  if (plan.competence.wanted > 0) {
    const share = sql`least(1, ${competences}::float8 / ${plan.competence.wanted}::float8)`;
    shares.push(share);
    points.push(sql`${plan.competence.points}::float8 * ${share}`);
  }
  if (plan.text.needed > 0) {
    const share = sql`least(1, ${shared}::float8 / ${plan.text.needed}::float8)`;
    shares.push(share);
    points.push(sql`${plan.text.points}::float8 * ${share}`);
  }
  const setting = settingSql(plan, shares);
  points.push(setting(sql`${plan.careArea.same}::float8`));
  points.push(setting(sql`case when ${collaborator} then ${plan.collaboration}::float8 else 0 end`));
  const common = sql.join(points, sql` + `);
  const region = plan.region.code ? setting(sql`${plan.region.points}::float8`) : sql`0::float8`;
  const sme = setting(sql`${plan.sme}::float8`);
  const ratio = (numerator: RawBuilder<unknown>, max: number) =>
    max === 0 ? sql`0::float8` : sql`(${numerator}) / ${max}::float8 * 100`;
  return sql<number>`greatest(${ratio(sql`${common} + ${region} + ${sme}`, plan.maxPoints.company)},
    ${ratio(common, plan.maxPoints.national)}, ${ratio(sql`${common} + ${region}`, plan.maxPoints.other)})`;
}

/**
 * Whether an unrounded bound could still round to `score` or more (scores are rounded to one decimal, and
 * the bound sums its parts in another order, so a margin above the rounding's half step).
 */
const mayReach = (bound: RawBuilder<number>, score: RawBuilder<number>) => sql`${bound} >= ${score} - 0.06`;

/** How many of the best bounds are scored first, in multiples of the list's length. */
const FIRST_ROUND = 3;

/**
 * The `limit` best partners among every organisation of the query's kinds, and every one tied with the last
 * of them — the same rows as scoring every organisation, without reading most of them. What each
 * organisation shares (stems from organisation_terms, wanted competences, an earlier collaboration) gives an
 * upper bound on its score without its row; the best bounds are scored in full first, and the `limit`-th of
 * those scores (or `atLeast`, the `limit`-th competence holder's, if higher) is a floor: the rest are scored
 * only where their bound reaches it. Organisations that share nothing but a related care area are read only
 * if such a one could reach the floor at all.
 */
async function rankAllPartnersByTerms(
  db: Db,
  query: PartnerQuery,
  limit: number,
  atLeast: number,
): Promise<RankedPartnerRow[]> {
  const rows = Math.max(1, Math.trunc(limit));
  const exact = (source: RawBuilder<unknown>, condition: RawBuilder<unknown>) => sql`
    select e.id, ${scoreSql(query, sql<number>`e.shared_terms`)} as score from (
      select o.id, o.kind, o.employee_band, o.care_areas, m.region_code,
        b.c as shared_competences, b.n as shared_terms
      from ${source} b join organisations o on o.id = b.id left join municipalities m on m.code = o.municipality_code
      where ${condition} and o.archived_at is null and o.kind = any(${query.kinds}::text[])) e
    where ${hasEvidenceSql(query)}`;
  const result = await sql<RankedPartnerRow>`
    with ${sharedTermsCte(query)},
    competent as (
      select organisation_id as id, count(*)::int as c from organisation_competences
      where competence_id = any(${query.competenceIds}::uuid[]) group by organisation_id
    ),
    bound as materialized (
      select x.id, max(x.n) as n, max(x.c) as c, bool_or(x.collaborator) as collaborator,
        ${boundSql(query, sql`max(x.n)`, sql`max(x.c)`, sql`bool_or(x.collaborator)`)} as ub
      from (
        select id, n, 0 as c, false as collaborator from shared
        union all select id, 0, c, false from competent
        union all select unnest(${query.collaboratorIds}::uuid[]), 0, 0, true) x
      group by x.id
    ),
    cut as (
      select coalesce((select ub from bound order by ub desc
        offset ${sql.lit(rows * FIRST_ROUND - 1)} limit 1), 0) as ub
    ),
    first as materialized (${exact(sql`bound`, sql`b.ub >= (select ub from cut)`)}),
    floor as (
      select greatest(${atLeast}::float8, coalesce((select score from first order by score desc
        offset ${sql.lit(rows - 1)} limit 1), 0)) as score
    ),
    rest as (
      ${exact(sql`bound`, sql`b.ub < (select ub from cut) and ${mayReach(sql`b.ub`, sql`(select score from floor)`)}`)}
    ),
    others as (
      ${exact(
        sql`(select o.id, 0 as n, 0 as c from organisations o
          where o.care_areas && ${query.plan.careArea.relatedAreas}::text[]
            and not exists (select 1 from bound where bound.id = o.id)
            and ${mayReach(boundSql(query, sql`0`, sql`0`, sql`false`), sql`(select score from floor)`)})`,
        sql`true`,
      )}
    )
    select id, score from first
    union all select id, score from rest
    union all select id, score from others
    ${tiesSql(limit)}`.execute(db);
  return result.rows;
}

/**
 * The `limit` best partners among every company and knowledge institution, and every one tied with
 * the last of them. One pass over the organisations counts shared stems only for the likeliest —
 * competence holders, collaborators and those in the need's own care area; the score the
 * `limit`-th of them reaches (or `atLeast`, if higher) is a floor, and another organisation's stems
 * are counted only if it could reach that floor by sharing every stem.
 */
async function rankAllPartnersByVectors(
  db: Db,
  query: PartnerQuery,
  limit: number,
  atLeast: number,
): Promise<RankedPartnerRow[]> {
  // `rest` reads each remaining vector by id in a subquery, so the planner cannot hash the whole table.
  const likely = sql`(w.id is not null or o.id = any(${query.collaboratorIds}::uuid[])
    or ${query.plan.careArea.area} = any(o.care_areas))`;
  const result = await sql<RankedPartnerRow>`
    with base as materialized (
      select o.id, o.kind, o.employee_band, o.care_areas, m.region_code,
        coalesce(w.shared, 0) as shared_competences,
        ${likely} as likely,
        case when ${likely} then ${sharedTermsSql(query, sql`o.search_vector`)} end as shared_terms
      from organisations o
      left join (select organisation_id as id, count(*)::int as shared from organisation_competences
        where competence_id = any(${query.competenceIds}::uuid[]) group by organisation_id) w on w.id = o.id
      left join municipalities m on m.code = o.municipality_code
      where o.archived_at is null and o.kind = any(${query.kinds}::text[])
    ),
    first as materialized (
      select e.id, ${scoreSql(query, sql<number>`e.shared_terms`)} as score
      from base e where e.likely and ${hasEvidenceSql(query)}
    ),
    floor as (
      select greatest(${atLeast}::float8, coalesce((select score from first order by score desc
        offset ${sql.lit(Math.max(0, Math.trunc(limit) - 1))} limit 1), 0)) as score
    ),
    rest as materialized (
      select e.id, e.kind, e.employee_band, e.care_areas, e.region_code, e.shared_competences,
        (select ${sharedTermsSql(query, sql`o.search_vector`)} from organisations o where o.id = e.id) as shared_terms
      from base e
      where not e.likely and ${scoreSql(query, sql<number>`${query.plan.text.needed}`)} >= (select score from floor)
    )
    select id, score from first
    union all
    select e.id, ${scoreSql(query, sql<number>`e.shared_terms`)} as score
    from rest e where ${hasEvidenceSql(query)}
    ${tiesSql(limit)}`.execute(db);
  return result.rows;
}

/**
 * The `limit` best partners among every organisation of the query's kinds, and every one tied with the last
 * of them, by the method `query.sharedFrom` names (the same rows either way).
 */
export function rankAllPartners(
  db: Db,
  query: PartnerQuery,
  limit: number,
  atLeast: number,
): Promise<RankedPartnerRow[]> {
  return query.sharedFrom === "terms"
    ? rankAllPartnersByTerms(db, query, limit, atLeast)
    : rankAllPartnersByVectors(db, query, limit, atLeast);
}
