import { sql, type RawBuilder } from "kysely";
import { SME_BANDS } from "../../../domain/organisation-kinds.js";
import type { OrganisationQuery } from "../../../domain/organisation.js";
import { searchWords } from "../../../domain/text/search-word.js";
import type { Db } from "../../db/database.js";
import { toPrefixTsQuery } from "../../platform/search.js";
import type { OrganisationListRow } from "./organisations.repo.js";

/** How many rows of organisation_name_keys a search ranks exactly, shared among the keys it reaches. */
export const KEY_CANDIDATES = 300;

/** How many of the most similar names a multi-word search ranks first, to set the bar for the rest. */
const FIRST_RANKED = 60;

/**
 * The words of a search the name keys can answer, or undefined: words of letters only (no CVR), active
 * organisations only (the keys hold no archived ones), and a page within the ranked candidates. The filters
 * on kind, municipality, region and SME are carried in the key rows; a competence is looked up per row.
 */
export function nameKeyWords(query: OrganisationQuery & { q: string }): string[] | undefined {
  const fitsCandidates = query.page * query.pageSize <= KEY_CANDIDATES;
  return !query.includeArchived && fitsCandidates ? searchWords(query.q) : undefined;
}

/**
 * The query's filters as SQL conditions on a row `alias` that has the organisation's kind, municipality and size
 * band, its id in `idColumn`: a key row `x` (its carried columns) or an organisation `o`.
 */
function filterConditions(query: OrganisationQuery, alias: "x" | "o", idColumn: "organisation_id" | "id") {
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  const conditions: RawBuilder<unknown>[] = [];
  if (query.kind && query.kind.length > 0) {
    conditions.push(sql`${column("kind")} in (${sql.join(query.kind)})`);
  }
  if (query.municipalityCode) {
    conditions.push(sql`${column("municipality_code")} = ${query.municipalityCode}`);
  }
  if (query.regionCode) {
    conditions.push(
      sql`${column("municipality_code")} in (select code from municipalities where region_code = ${query.regionCode})`,
    );
  }
  if (query.sme !== undefined) {
    const sme = sql`(${column("kind")} = 'company' and ${column("employee_band")} in (${sql.join(SME_BANDS)}))`;
    conditions.push(query.sme ? sme : sql`not coalesce(${sme}, false)`);
  }
  if (query.competenceId) {
    conditions.push(sql`exists (select 1 from organisation_competences oc
      where oc.organisation_id = ${column(idColumn)} and oc.competence_id = ${query.competenceId})`);
  }
  return conditions;
}

/** The query's filters on a key row `x` (its carried columns), as one SQL condition. */
function keyFilters(query: OrganisationQuery): RawBuilder<unknown> {
  return sql.join([sql`true`, ...filterConditions(query, "x", "organisation_id")], sql` and `);
}

/** The same filters on an organisation `o` (the count of text matches when few names have the words). */
function organisationFilters(query: OrganisationQuery): RawBuilder<unknown> {
  return sql.join([sql`o.archived_at is null`, ...filterConditions(query, "o", "id")], sql` and `);
}

type KeyPageRow = { named: number; texts: number; rank: number | null } & {
  [K in keyof OrganisationListRow]: OrganisationListRow[K] | null;
};

/** The tail both key searches share: the candidates ranked exactly, the page, and the two counts beside it. */
function rankedPage(query: OrganisationQuery & { q: string }, tsQuery: string | null) {
  const offset = (query.page - 1) * query.pageSize;
  return sql`
    top_ranked as (
      select o.id, o.name,
        ts_rank(o.search_vector, to_tsquery('danish', ${tsQuery})) + similarity(o.name, ${query.q}) as rank
      from candidates c join organisations o on o.id = c.organisation_id
      where o.archived_at is null
      order by rank desc, o.name, o.id
      limit ${query.pageSize} offset ${offset}
    )
    select named.named, texts.texts, t.rank, o.id, o.kind, o.name, o.cvr, o.municipality_code,
      m.name as municipality_name, m.region_code, r.name as region_name, o.employee_band, o.archived_at
    from named
    cross join texts
    left join top_ranked t on true
    left join organisations o on o.id = t.id
    left join municipalities m on m.code = o.municipality_code
    left join regions r on r.code = m.region_code
    order by t.rank desc, t.name, t.id`;
}

/**
 * The text matches that pass the filters, counted up to the cap, only when `enough` is false. The documents
 * with the stems themselves (`exact`, a subset of the prefix matches) are counted first: GIN finds whole lexemes
 * several times faster than prefixes, and when they reach the cap the prefix matches are not counted.
 */
function countedTexts(
  query: OrganisationQuery,
  tsQuery: string | null,
  exact: RawBuilder<unknown>,
  enough: RawBuilder<unknown>,
  cap: number,
) {
  const filters = organisationFilters(query);
  return sql`
    exact_texts as (
      select count(*)::int as texts from (
        select 1 from organisations o
        where not ${enough} and ${filters} and o.search_vector @@ ${exact}
        limit ${cap}
      ) m
    ),
    texts as (
      select greatest((select texts from exact_texts), (
        select count(*)::int from (
          select 1 from organisations o
          where not ${enough} and (select texts from exact_texts) < ${cap} and ${filters}
            and o.search_vector @@ to_tsquery('danish', ${tsQuery})
          limit ${cap}
        ) m
      )) as texts
    )`;
}

/**
 * A broad search from the name keys (migrations 2026-12-12T0200 and 2026-12-13T0200, ADR 0020 rounds 3b and 4),
 * with the query's filters checked on the key rows. The best `KEY_CANDIDATES` candidates are ranked exactly
 * (`rank` is each row's exact rank: searchOrganisations checks the page's last one), and the matches are counted
 * up to the cap: the organisations with a key for every word, and only when fewer, the text matches.
 */
export async function readNameKeyPage(db: Db, query: OrganisationQuery & { q: string }, words: string[], cap: number) {
  const stems = words.length === 1 ? [] : await stemWords(db, words);
  // One stem left (repeats, stop words) is not a multi-word search: its text rank is not bounded by 1.
  if (words.length > 1 && stems.length < 2) {
    return { named: 0, texts: 0, rows: [] };
  }
  const statement = words.length === 1 ? oneWordPage(query, words[0], cap) : severalWordsPage(query, stems, cap);
  const result = await statement.$castTo<KeyPageRow>().execute(db);
  return {
    named: Number(result.rows[0]?.named ?? 0),
    texts: Number(result.rows[0]?.texts ?? 0),
    rows: result.rows,
  };
}

/**
 * One word: its stem's prefix range of keys is walked key by key (each an index probe), and the best rows of
 * each key (score, then name) that pass the filters are the candidates. An organisation has a row per key, so
 * counting it reads two rows per counted organisation at most.
 */
function oneWordPage(query: OrganisationQuery & { q: string }, word: string, cap: number) {
  const tsQuery = `${word}:*`;
  const stem = sql`(select (tsvector_to_array(to_tsvector('danish', ${word})))[1])`;
  const end = sql`(select (tsvector_to_array(to_tsvector('danish', ${word})))[1] || chr(1114111))`;
  const filters = keyFilters(query);
  return sql`
    with recursive keys as (
      select (select min(k.key) from organisation_name_keys k where k.key >= ${stem} and k.key < ${end}) as key
      union all
      select (select min(k.key) from organisation_name_keys k where k.key > keys.key and k.key < ${end})
      from keys where keys.key is not null
    ),
    named as (
      select count(distinct r.organisation_id)::int as named from (
        select x.organisation_id from organisation_name_keys x
        where x.key >= ${stem} and x.key < ${end} and ${filters}
        limit ${2 * cap}
      ) r
    ),
    ${countedTexts(query, tsQuery, sql`to_tsquery('simple', ${stem})`, sql`(select named from named) >= ${cap}`, cap)},
    candidates as (
      select distinct c.organisation_id from keys, lateral (
        select x.organisation_id from organisation_name_keys x
        where x.key = keys.key and ${filters}
        order by x.score desc, x.name, x.organisation_id
        limit (select ceil(${KEY_CANDIDATES}::numeric / count(*)) from keys where key is not null)
      ) c
      where keys.key is not null
    ),
    ${rankedPage(query, tsQuery)}`;
}

/** The Danish stems of the words, without stop words (they have none) and repeats, in the words' order. */
export async function stemWords(db: Db, words: string[]): Promise<string[]> {
  const result = await sql<{ stem: string | null }>`
    select (tsvector_to_array(to_tsvector('danish', u.word)))[1] as stem
    from unnest(${words}::text[]) with ordinality as u(word, n) order by u.n`.execute(db);
  return [...new Set(result.rows.flatMap((row) => (row.stem ? [row.stem] : [])))];
}

/**
 * Several words (their stems, from `stemWords`): the organisations with a key for every word, each word's
 * prefix range read from the index (the stems are parameters, so the planner sees each range's size) and
 * intersected in one hash aggregate. Among them the order is exact without ranking them all: the text rank of
 * several words is at most 1, so an organisation ranks at most 1 + its name's similarity, which the key row
 * gives without reading the organisation. The most similar names are ranked first; the page's last rank among
 * them is the bar, and every organisation whose similarity + 1 reaches the bar is ranked (usually a few more).
 * The text matches are counted only when fewer organisations than the cap have every word in the name, and only
 * when those fill the page.
 */
function severalWordsPage(query: OrganisationQuery & { q: string }, stems: string[], cap: number) {
  const tsQuery = toPrefixTsQuery(query.q);
  const filters = keyFilters(query);
  const wanted = query.page * query.pageSize;
  const ranges = stems.map(
    (stem, index) => sql`
      select ${index}::int as n, x.organisation_id, x.name from organisation_name_keys x
      where x.key >= ${stem} and x.key < ${stem} || chr(1114111) and ${filters}`,
  );
  return sql`
    with word_rows as (${sql.join(ranges, sql` union all `)}),
    named_all as materialized (
      -- One hash aggregate: each word sets its bit; an organisation with every bit has every word.
      select w.organisation_id, similarity(max(w.name), ${query.q}) as similar from word_rows w
      group by w.organisation_id having bit_or(1 << w.n) = ${2 ** stems.length - 1}
    ),
    named as (select count(*)::int as named from named_all),
    ${countedTexts(
      query,
      tsQuery,
      sql`to_tsquery('simple', ${stems.join(" & ")})`,
      sql`((select named from named) >= ${cap} or (select named from named) < ${query.pageSize})`,
      cap,
    )},
    most_similar as (
      select o.id, o.name,
        ts_rank(o.search_vector, to_tsquery('danish', ${tsQuery})) + similarity(o.name, ${query.q}) as rank
      from (
        select a.organisation_id from named_all a order by a.similar desc, a.organisation_id
        limit ${Math.max(FIRST_RANKED, wanted)}
      ) a join organisations o on o.id = a.organisation_id
      where o.archived_at is null
    ),
    bar as (
      select coalesce(
        (select rank from most_similar order by rank desc, name, id offset ${wanted - 1} limit 1), 0
      ) as rank
    ),
    candidates as (
      -- A margin below the bar for rounding (real arithmetic); a few more candidates change no order.
      select a.organisation_id from named_all a where a.similar + 1.0 >= (select rank from bar) - 0.0001
    ),
    ${rankedPage(query, tsQuery)}`;
}
