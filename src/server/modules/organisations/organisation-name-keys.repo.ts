import { sql } from "kysely";
import type { OrganisationQuery } from "../../../domain/organisation.js";
import { singleSearchWord } from "../../../domain/text/search-word.js";
import type { Db } from "../../db/database.js";
import type { OrganisationListRow } from "./organisations.repo.js";

/** How many rows of organisation_name_keys a one-word search ranks exactly, shared among the keys it reaches. */
export const KEY_CANDIDATES = 300;

/** The one word of a search the name keys can answer, or undefined (several words, digits, filters, deep pages). */
export function nameKeyWord(query: OrganisationQuery & { q: string }): string | undefined {
  const hasFilters =
    query.includeArchived ||
    (query.kind?.length ?? 0) > 0 ||
    query.regionCode !== undefined ||
    query.municipalityCode !== undefined ||
    query.competenceId !== undefined ||
    query.sme !== undefined;
  const fitsCandidates = query.page * query.pageSize <= KEY_CANDIDATES;
  return !hasFilters && fitsCandidates ? singleSearchWord(query.q) : undefined;
}

/**
 * A broad one-word search from the name keys (migration 2026-12-12T0200, ADR 0020): the stem's prefix range of
 * keys is walked key by key (each an index probe), the best `KEY_CANDIDATES` rows of them (score, then name)
 * are ranked exactly, and the organisations with a name key are counted up to the cap (the text matches only
 * when fewer have one). Undefined when the matches stay below the cap: then `searchPage` ranks every match.
 */
export async function readNameKeyPage(db: Db, query: OrganisationQuery & { q: string }, word: string, cap: number) {
  const offset = (query.page - 1) * query.pageSize;
  const tsQuery = `${word}:*`;
  const stem = sql`(select (tsvector_to_array(to_tsvector('danish', ${word})))[1])`;
  const end = sql`(select (tsvector_to_array(to_tsvector('danish', ${word})))[1] || chr(1114111))`;
  const result = await sql<
    { named: number; texts: number } & { [K in keyof OrganisationListRow]: OrganisationListRow[K] | null }
  >`
    with recursive keys as (
      select (select min(k.key) from organisation_name_keys k where k.key >= ${stem} and k.key < ${end}) as key
      union all
      select (select min(k.key) from organisation_name_keys k where k.key > keys.key and k.key < ${end})
      from keys where keys.key is not null
    ),
    named as (
      -- An organisation has a row per key: two rows per counted organisation are read at most.
      select count(distinct r.organisation_id)::int as named from (
        select k.organisation_id from organisation_name_keys k where k.key >= ${stem} and k.key < ${end}
        limit ${2 * cap}
      ) r
    ),
    texts as (
      -- Fewer named than the cap: the text matches may still pass it (read only then, up to the cap).
      select count(*)::int as texts from (
        select 1 from organisations o
        where (select named from named) < ${cap} and o.archived_at is null
          and o.search_vector @@ to_tsquery('danish', ${tsQuery})
        limit ${cap}
      ) m
    ),
    candidates as (
      select distinct c.organisation_id from keys, lateral (
        select x.organisation_id from organisation_name_keys x where x.key = keys.key
        order by x.score desc, x.name, x.organisation_id
        limit (select ceil(${KEY_CANDIDATES}::numeric / count(*)) from keys where key is not null)
      ) c
      where keys.key is not null
    ),
    top_ranked as (
      select o.id, o.name,
        ts_rank(o.search_vector, to_tsquery('danish', ${tsQuery})) + similarity(o.name, ${query.q}) as rank
      from candidates c join organisations o on o.id = c.organisation_id
      where o.archived_at is null
      order by rank desc, o.name, o.id
      limit ${query.pageSize} offset ${offset}
    )
    select named.named, texts.texts, o.id, o.kind, o.name, o.cvr, o.municipality_code, m.name as municipality_name,
      m.region_code, r.name as region_name, o.employee_band, o.archived_at
    from named
    cross join texts
    left join top_ranked t on true
    left join organisations o on o.id = t.id
    left join municipalities m on m.code = o.municipality_code
    left join regions r on r.code = m.region_code
    order by t.rank desc, t.name, t.id`.execute(db);
  return {
    named: Number(result.rows[0]?.named ?? 0),
    texts: Number(result.rows[0]?.texts ?? 0),
    rows: result.rows,
  };
}
