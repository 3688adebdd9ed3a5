import { sql, type RawBuilder } from "kysely";
import { isInformativeTerm, relatedCareAreas, type NetworkReason, type ScoringPlan } from "../../../domain/matching.js";
import { ACTIVE_NEED_STATUSES } from "../../../domain/needs.js";
import type { Db } from "../../db/database.js";

/** Needs considered per organisation in the reverse view before scoring. */
export const CANDIDATE_POOL = 300;

/** The distinct word stems (lexemes) of a need's text, longer than two letters. */
export async function listNeedTerms(db: Db, needId: string): Promise<string[]> {
  const result = await sql<{ term: string }>`
    select distinct t as term from needs n, unnest(tsvector_to_array(n.search_vector)) t
    where n.id = ${needId}`.execute(db);
  return result.rows.map((row) => row.term).filter(isInformativeTerm);
}

export async function listOrganisationTerms(db: Db, organisationId: string): Promise<string[]> {
  return (await readOrganisationTerms(db, organisationId)).all;
}

/** An organisation's informative stems: all of them, and those of its own text (not its industry-code titles). */
export async function readOrganisationTerms(db: Db, organisationId: string): Promise<{ all: string[]; own: string[] }> {
  const result = await sql<{ all: string[]; own: string[] }>`
    select array(select distinct unnest(tsvector_to_array(o.search_vector))) as all,
      array(select distinct unnest(tsvector_to_array(ts_filter(o.search_vector, '{a,b,c}'))
        || tsvector_to_array(to_tsvector('danish', coalesce(o.search_extra, ''))))) as own
    from organisations o where o.id = ${organisationId}`.execute(db);
  const row = result.rows[0] ?? { all: [], own: [] };
  return { all: row.all.filter(isInformativeTerm), own: row.own.filter(isInformativeTerm) };
}

/**
 * The words of a text with the lexemes the `danish` configuration gives them: the parser's tokens, each
 * through that configuration's dictionary for its token type (danish_stem for words, simple for numbers,
 * addresses and the like). The same lexemes as ts_debug('danish', …) at a fraction of its cost, as
 * ts_debug looks each token's type and dictionaries up through catalogue joins.
 */
function lexemesSql(text: RawBuilder<string>) {
  return sql`ts_parse('default', ${text}) d,
      unnest(case when d.tokid in (1, 2, 10, 11, 16, 17) then ts_lexize('danish_stem', d.token)
        when d.tokid in (3, 4, 5, 6, 7, 8, 9, 15, 18, 19, 20, 21, 22) then array[lower(d.token)] end) l`;
}

/** The need's words as written (lowercase), by stem, from its text and its compound parts. */
export async function listNeedWords(db: Db, needId: string): Promise<Map<string, string>> {
  const result = await sql<{ stem: string; word: string }>`
    select distinct on (l) l as stem, lower(d.token) as word
    from needs n, ${lexemesSql(sql`n.title || ' ' || n.description || ' ' || coalesce(n.search_extra, '')`)}
    where n.id = ${needId}
    order by l, length(d.token), lower(d.token)`.execute(db);
  return new Map(result.rows.map((row) => [row.stem, row.word]));
}

/** The stems the Danish stemmer gives each phrase's words (for the thesaurus). */
export async function stemPhrases(db: Db, phrases: string[]): Promise<Map<string, string[]>> {
  const result = await sql<{ phrase: string; stems: string[] }>`
    select p as phrase, array(select unnest(tsvector_to_array(to_tsvector('danish', p)))) as stems
    from unnest(${phrases}::text[]) p`.execute(db);
  return new Map(result.rows.map((row) => [row.phrase, row.stems]));
}

/** How many active partner organisations there are. */
export async function countPartners(db: Db): Promise<number> {
  const result = await sql<{ n: number }>`
    select count(*)::int as n from organisations
    where archived_at is null and kind in (${sql.join(PARTNER_KINDS)})`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

/** For each stem, how many active partner organisations have it in their text (one GIN look-up each). */
export async function countTermDocuments(db: Db, stems: string[]): Promise<Map<string, number>> {
  if (stems.length === 0) {
    return new Map();
  }
  const result = await sql<{ stem: string; n: number }>`
    select t as stem, (select count(*)::int from organisations o
      where o.search_vector @@ quote_literal(t)::tsquery
        and o.archived_at is null and o.kind in (${sql.join(PARTNER_KINDS)})) as n
    from unnest(${stems}::text[]) t`.execute(db);
  return new Map(result.rows.map((row) => [row.stem, Number(row.n)]));
}

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

/** The organisations partner matching considers: active companies and knowledge institutions. */
export const PARTNER_KINDS = ["company", "knowledge_institution"];

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
  const floor = plan.contextWithoutSubject;
  const factor =
    shares.length === 0
      ? sql`1::float8`
      : sql`(${floor}::float8 + ${1 - floor}::float8 * greatest(0::float8, ${sql.join(shares, sql`, `)}))`;
  const setting = (part: RawBuilder<unknown>) => sql`(${part}) * ${factor}`;
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
  const result = await sql<RankedPartnerRow>`
    with ${query.sharedFrom === "terms" ? sharedTermsCte(query) : sql`shared as (select null::uuid as id, 0 as n where false)`},
    evidence as materialized (
      select o.id, o.kind, o.employee_band, o.care_areas, m.region_code, w.shared as shared_competences,
        ${query.sharedFrom === "terms" ? sql`coalesce(s.n, 0)` : sharedTermsSql(query, sql`o.search_vector`)} as shared_terms
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
 * at their best, over the smallest maximum its kind could have. Not rounded: see `mayReach`.
 */
function boundSql(
  query: PartnerQuery,
  shared: RawBuilder<number>,
  competences: RawBuilder<number>,
  collaborator: RawBuilder<boolean>,
) {
  const { plan } = query;
  const points = [];
  if (plan.competence.wanted > 0) {
    points.push(
      sql`${plan.competence.points}::float8 * least(1, ${competences}::float8 / ${plan.competence.wanted}::float8)`,
    );
  }
  if (plan.text.needed > 0) {
    points.push(sql`${plan.text.points}::float8 * least(1, ${shared}::float8 / ${plan.text.needed}::float8)`);
  }
  points.push(sql`${plan.careArea.same}::float8`);
  points.push(sql`case when ${collaborator} then ${plan.collaboration}::float8 else 0 end`);
  const common = sql.join(points, sql` + `);
  const region = plan.region.code ? sql`${plan.region.points}::float8` : sql`0::float8`;
  const ratio = (numerator: RawBuilder<unknown>, max: number) =>
    max === 0 ? sql`0::float8` : sql`(${numerator}) / ${max}::float8 * 100`;
  return sql<number>`greatest(${ratio(sql`${common} + ${region} + ${plan.sme}::float8`, plan.maxPoints.company)},
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
      select coalesce((select ub from bound order by ub desc offset ${sql.lit(rows * FIRST_ROUND - 1)} limit 1), 0) as ub
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

export interface PartnerEvidenceRow {
  id: string;
  name: string;
  kind: string;
  employee_band: string | null;
  care_areas: string[];
  region_code: string | null;
  /** Query stems anywhere in the organisation's text. */
  shared_terms: string[];
  /** Query stems in its own text: name, competences, description, care areas and their compound parts. */
  own_terms: string[];
  shared_competences: string[];
}

/**
 * What the given organisations share with the need, for scoring and explaining them. Industry-code
 * titles and the address sit at weight D with the compound parts; the own text is the A–C weights
 * and the compound parts recomputed from search_extra, so a word only in a code title is told apart.
 */
export async function readPartnerEvidence(
  db: Db,
  query: Pick<PartnerQuery, "terms" | "competenceIds">,
  organisationIds: string[],
): Promise<PartnerEvidenceRow[]> {
  if (organisationIds.length === 0) {
    return [];
  }
  const result = await sql<PartnerEvidenceRow>`
    select o.id, o.name, o.kind, o.employee_band, o.care_areas, m.region_code,
      array(select unnest(tsvector_to_array(o.search_vector))
            intersect select unnest(${query.terms}::text[]) order by 1) as shared_terms,
      array(select unnest(tsvector_to_array(ts_filter(o.search_vector, '{a,b,c}'))
              || tsvector_to_array(to_tsvector('danish', coalesce(o.search_extra, ''))))
            intersect select unnest(${query.terms}::text[]) order by 1) as own_terms,
      array(select c.name_da from organisation_competences oc join competences c on c.id = oc.competence_id
            where oc.organisation_id = o.id and oc.competence_id = any(${query.competenceIds}::uuid[])
            order by c.name_da) as shared_competences
    from organisations o left join municipalities m on m.code = o.municipality_code
    where o.id = any(${organisationIds}::uuid[])`.execute(db);
  return result.rows;
}

/**
 * How each organisation writes the given stems: the shortest word (lowercase) in its name, competences,
 * description, compound parts or industry-code titles that the Danish stemmer gives each stem. Read only
 * for the partners shown, to show the shared words as written.
 */
export async function listPartnerWords(
  db: Db,
  wanted: { organisationId: string; stems: string[] }[],
): Promise<Map<string, Map<string, string>>> {
  const words = new Map<string, Map<string, string>>();
  const rows = wanted.filter((item) => item.stems.length > 0);
  if (rows.length === 0) {
    return words;
  }
  const result = await sql<{ organisation_id: string; stem: string; word: string }>`
    with w as (
      select * from unnest(${rows.map((row) => row.organisationId)}::uuid[],
        ${rows.map((row) => row.stems.join(" "))}::text[]) as w(id, stems)
    )
    select distinct on (o.id, l) o.id as organisation_id, l as stem, lower(d.token) as word
    from w join organisations o on o.id = w.id,
      ${lexemesSql(sql`o.name || ' ' || o.description || ' ' || coalesce(o.search_extra, '') || ' ' ||
        coalesce((select string_agg(c.name_da || ' ' || c.name_en, ' ') from organisation_competences oc
          join competences c on c.id = oc.competence_id where oc.organisation_id = o.id), '') || ' ' ||
        coalesce((select string_agg(t.title, ' ') from db07_codes t where t.code = any(o.db07_codes)), '')`)}
    where l = any(string_to_array(w.stems, ' '))
    order by o.id, l, length(d.token), lower(d.token)`.execute(db);
  for (const row of result.rows) {
    const found = words.get(row.organisation_id) ?? new Map<string, string>();
    found.set(row.stem, row.word);
    words.set(row.organisation_id, found);
  }
  return words;
}

/**
 * Real collaboration only: the organisations that took part in an innovation process (and so in
 * its agreements) with the owner's family — the owner, its parent and the parent's other units —
 * as a participant or as the owner of one of the process's needs; with in how many processes.
 * Processes of this very need are left out, and so are shortlists: a shortlist is a choice, not
 * work done together.
 */
export async function listCollaborations(db: Db, needId: string, ownerId: string): Promise<Map<string, number>> {
  const result = await sql<{ organisation_id: string; count: number }>`
    with owner as (select id, coalesce(parent_id, id) as root from organisations where id = ${ownerId}),
    family as (select o.id from organisations o, owner
      where o.id = owner.root or o.parent_id = owner.root or o.id = owner.id),
    together as (
      select pp.process_id from process_participants pp where pp.organisation_id in (select id from family)
      union
      select pn.process_id from process_needs pn join needs n on n.id = pn.need_id
      where n.owner_organisation_id in (select id from family)
    )
    select pp.organisation_id, count(distinct pp.process_id)::int as count
    from process_participants pp
    where pp.process_id in (select process_id from together)
      and pp.process_id not in (select process_id from process_needs where need_id = ${needId})
      and pp.organisation_id not in (select id from family)
    group by pp.organisation_id`.execute(db);
  return new Map(result.rows.map((row) => [row.organisation_id, Number(row.count)]));
}

/**
 * Whether the need asks for a network: co-owners (a joint need), or an active network process that
 * holds it. Co-owners are named first, as the need itself says so.
 */
export async function readNeedNetwork(db: Db, needId: string): Promise<NetworkReason | null> {
  const result = await sql<{ co_owners: boolean; network_process: boolean }>`
    select exists (select 1 from need_co_owners where need_id = ${needId}) as co_owners,
      exists (select 1 from process_needs pn join processes p on p.id = pn.process_id
        where pn.need_id = ${needId} and p.kind = 'network' and p.status = 'active') as network_process`.execute(db);
  const row = result.rows[0];
  return row?.co_owners ? "co_owners" : row?.network_process ? "network_process" : null;
}

export interface NeedEvidenceRow {
  id: string;
  title: string;
  owner_organisation_id: string;
  owner_name: string;
  care_area: string;
  status: string;
  region_code: string | null;
  /** The need's stems. */
  terms: string[];
  need_competence_count: number;
  shared_competences: string[];
  collaborations: number;
}

/** The reverse: active needs an organisation could help with, with the same evidence. */
export async function findNeedCandidates(
  db: Db,
  organisation: { id: string; careAreas: string[]; terms: string[] },
): Promise<NeedEvidenceRow[]> {
  const careAreas =
    organisation.careAreas.length > 0 ? [...new Set(organisation.careAreas.flatMap(relatedCareAreas))] : [""];
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
      tsvector_to_array(n.search_vector) as terms,
      (select count(*)::int from need_competences nc where nc.need_id = n.id) as need_competence_count,
      array(select c.name_da from need_competences nc join competences c on c.id = nc.competence_id
            where nc.need_id = n.id and nc.competence_id in (select competence_id from mine)
            order by c.name_da) as shared_competences,
      (select count(distinct pp.process_id)::int from process_participants pp
        where pp.organisation_id = ${organisation.id}
          and pp.process_id not in (select process_id from process_needs where need_id = n.id)
          and (exists (select 1 from process_participants fp join organisations fo on fo.id = fp.organisation_id
                where fp.process_id = pp.process_id and coalesce(fo.parent_id, fo.id) = coalesce(o.parent_id, o.id))
            or exists (select 1 from process_needs fn join needs n2 on n2.id = fn.need_id
                join organisations o2 on o2.id = n2.owner_organisation_id
                where fn.process_id = pp.process_id
                  and coalesce(o2.parent_id, o2.id) = coalesce(o.parent_id, o.id)))) as collaborations
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
    .select([
      "nm.organisation_id",
      "o.name",
      "o.kind",
      "nm.decision",
      "nm.reason",
      "nm.score",
      "nm.parts",
      "nm.decided_at",
      "u.name as decided_by_name",
    ])
    .where("nm.need_id", "=", needId)
    .orderBy("nm.decided_at", "desc")
    .execute();
}

export async function readMatchingWeights(db: Db): Promise<Record<string, number>> {
  const row = await db
    .selectFrom("programmes")
    .select("matching_weights")
    .orderBy("created_at")
    .limit(1)
    .executeTakeFirst();
  return row?.matching_weights ?? {};
}

export function findDecision(db: Db, needId: string, organisationId: string) {
  return db
    .selectFrom("need_matches")
    .selectAll()
    .where("need_id", "=", needId)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
}

/** Records (or replaces) the decision on one need–partner pair, with the score it was made on. */
export async function upsertDecision(
  db: Db,
  decision: {
    needId: string;
    organisationId: string;
    decision: "shortlisted" | "dismissed";
    reason: string;
    score: number;
    parts: unknown;
    decidedBy: string;
  },
): Promise<void> {
  await db
    .insertInto("need_matches")
    .values({
      need_id: decision.needId,
      organisation_id: decision.organisationId,
      decision: decision.decision,
      reason: decision.reason,
      score: decision.score,
      parts: JSON.stringify(decision.parts),
      decided_by: decision.decidedBy,
    })
    .onConflict((oc) =>
      oc.columns(["need_id", "organisation_id"]).doUpdateSet({
        decision: decision.decision,
        reason: decision.reason,
        score: decision.score,
        parts: JSON.stringify(decision.parts),
        decided_by: decision.decidedBy,
        decided_at: new Date(),
      }),
    )
    .execute();
}

/** A partner candidate with what the reverse ranking needs: kind, care areas, size and region. */
export function findPartnerProfile(db: Db, organisationId: string) {
  return db
    .selectFrom("organisations as o")
    .leftJoin("municipalities as m", "m.code", "o.municipality_code")
    .select(["o.id", "o.kind", "o.care_areas", "o.employee_band", "m.region_code"])
    .where("o.id", "=", organisationId)
    .executeTakeFirst();
}

/**
 * Organisations whose organisation_terms rows differ from the lexemes of their search_vector (none, while the
 * triggers of migration 2026-12-11T0300 keep them): for tests and for checking a database by hand.
 */
export async function listOrganisationTermDrift(db: Db): Promise<string[]> {
  const result = await sql<{ id: string }>`
    select coalesce(a.organisation_id, b.organisation_id) as id from
      (select o.id as organisation_id, t as term from organisations o, unnest(tsvector_to_array(o.search_vector)) t) a
      full join organisation_terms b on b.organisation_id = a.organisation_id and b.term = a.term
    where a.term is null or b.term is null
    group by 1 order by 1`.execute(db);
  return result.rows.map((row) => row.id);
}
