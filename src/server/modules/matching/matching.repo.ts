import { sql, type RawBuilder } from "kysely";
import { relatedCareAreas, type NetworkReason } from "../../../domain/matching.js";
import { isInformativeTerm } from "../../../domain/matching-terms.js";
import { ACTIVE_NEED_STATUSES } from "../../../domain/needs.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { PartnerQuery } from "./partner-ranking.repo.js";

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

/**
 * For each stem, how many active partner organisations have it in their text (one GIN look-up each). A stem no
 * organisation has at all (organisation_terms, one index probe) is not looked up: a need's own words that no partner
 * writes are asked for again on every ranking, as a count of 0 is never kept (loadCorpus).
 */
export async function countTermDocuments(db: Db, stems: string[]): Promise<Map<string, number>> {
  if (stems.length === 0) {
    return new Map();
  }
  const result = await sql<{ stem: string; n: number }>`
    select t as stem, case when exists (select 1 from organisation_terms ot where ot.term = t)
      then (select count(*)::int from organisations o
        where o.search_vector @@ quote_literal(t)::tsquery
          and o.archived_at is null and o.kind in (${sql.join(PARTNER_KINDS)}))
      else 0 end as n
    from unnest(${stems}::text[]) t`.execute(db);
  return new Map(result.rows.map((row) => [row.stem, Number(row.n)]));
}

/** The organisations partner matching considers: active companies and knowledge institutions. */
export const PARTNER_KINDS = ["company", "knowledge_institution"];

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
 * work done together. The processes are gathered first and their participants read by process (the key's
 * first column), not every participant of every process scanned (a large municipality's family at 100,000).
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
    where pp.process_id = any(array(select process_id from together))
      and pp.process_id <> all(array(select process_id from process_needs where need_id = ${needId}))
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

/**
 * ts_rank of an OR query from need_terms' contributions (migration 2026-12-12T0300), bit for bit: PostgreSQL's
 * calc_rank_or adds each stem's contribution (double precision) to a single-precision sum, stem by stem in byte
 * order, and divides that by the number of the query's stems. Needs of the same words in other proportions share
 * the exact sum but not always its single-precision rounding, and the pool's order (newest first among equals)
 * follows the rounding.
 */
export function rankFromContributions(contributions: readonly number[], stems: number): number {
  let sum = 0;
  for (const contribution of contributions) {
    sum = Math.fround(sum + contribution);
  }
  return Math.fround(sum / Math.max(1, stems));
}

/** How far a single-precision sum of ≤ a few hundred contributions can lie from the exact one (relative). */
const RANK_ROUNDING_BAND = 1e-5;

/**
 * The reverse view's pool: the CANDIDATE_POOL active needs that rank highest by ts_rank against an OR query of the
 * organisation's stems, the newest first among equals, filled up (the newest first) with needs that share a
 * competence or a related care area but no stem. The same needs in the same order as ranking every active need
 * by ts_rank, without reading their vectors: the exact sums from need_terms find the needs that could be among
 * the pool's (the rounding band around the pool's last), and only those are ranked as ts_rank rounds.
 */
async function findNeedPool(
  db: Db,
  organisation: { id: string; careAreas: string[]; terms: string[] },
): Promise<string[]> {
  const careAreas =
    organisation.careAreas.length > 0 ? [...new Set(organisation.careAreas.flatMap(relatedCareAreas))] : [""];
  // Two statements, not one with a subquery per row: the one would be estimated costly enough for PostgreSQL's JIT
  // compiler, whose compiling alone took longer than the query (0.7 s at 100,000 organisations).
  const band = await sql<{ id: string }>`
    with ranked as materialized (
      select need_id as id, sum(contribution) as total from need_terms
      where term = any(${organisation.terms}::text[]) group by need_id
    ),
    cut as (
      select coalesce((select total from ranked order by total desc
        offset ${sql.lit(CANDIDATE_POOL - 1)} limit 1), 0) as total
    )
    select r.id from ranked r
    where r.total >= (select total from cut) * ${1 - RANK_ROUNDING_BAND}::float8
    order by (select n.created_at from needs n where n.id = r.id) desc`.execute(db);
  const parts = await sql<{ id: string; contributions: number[] }>`
    select need_id as id, array_agg(contribution order by term collate "C") as contributions from need_terms
    where need_id = any(${band.rows.map((row) => row.id)}::uuid[]) and term = any(${organisation.terms}::text[])
    group by need_id`.execute(db);
  const contributions = new Map(parts.rows.map((row) => [row.id, row.contributions]));
  const ranked = band.rows.map((row) => ({ ...row, contributions: contributions.get(row.id) ?? [] }));
  const stems = new Set(organisation.terms).size;
  // The band comes newest first, and the sort is stable: the newest first among equal ranks.
  const pool = ranked
    .map((row) => ({ id: row.id, rank: rankFromContributions(row.contributions, stems) }))
    .sort((a, b) => b.rank - a.rank)
    .slice(0, CANDIDATE_POOL)
    .map((row) => row.id);
  if (pool.length >= CANDIDATE_POOL) {
    return pool;
  }
  const others = await sql<{ id: string }>`
    select n.id from needs n
    where n.status in (${sql.join(ACTIVE_NEED_STATUSES)})
      and (n.id in (select need_id from need_competences where competence_id in
          (select competence_id from organisation_competences where organisation_id = ${organisation.id}))
        or n.care_area = any(${careAreas}::text[]))
      and not exists (select 1 from need_terms t where t.need_id = n.id and t.term = any(${organisation.terms}::text[]))
    order by n.created_at desc limit ${CANDIDATE_POOL - pool.length}`.execute(db);
  return [...pool, ...others.rows.map((row) => row.id)];
}

/** The reverse: active needs an organisation could help with (findNeedPool), with the same evidence. */
export async function findNeedCandidates(
  db: Db,
  organisation: { id: string; careAreas: string[]; terms: string[] },
): Promise<NeedEvidenceRow[]> {
  const pool = await findNeedPool(db, organisation);
  const result = await sql<NeedEvidenceRow>`
    with mine as (select competence_id from organisation_competences where organisation_id = ${organisation.id})
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
    from unnest(${pool}::uuid[]) with ordinality pool(id, position) join needs n on n.id = pool.id
    join organisations o on o.id = n.owner_organisation_id
    left join organisations p on p.id = o.parent_id
    left join municipalities m on m.code = o.municipality_code
    left join municipalities pm on pm.code = p.municipality_code
    order by pool.position`.execute(db);
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
