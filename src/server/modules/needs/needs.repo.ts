import { singleSearchWord } from "../../../domain/text/search-word.js";
import { sql, type Expression, type SqlBool, type Updateable } from "kysely";
import type { NeedCreate, NeedQuery, NeedStatus } from "../../../domain/needs.js";
import type { Db } from "../../db/database.js";
import type { NeedsTable } from "../../db/schema.js";
import { toPrefixTsQuery } from "../../platform/search.js";

export interface NeedScope {
  /** null = every need (agents, programme manager); otherwise these owner or parent organisations. */
  organisationIds: string[] | null;
}

function needsInScope(db: Db, scope: NeedScope, query: Omit<NeedQuery, "page" | "pageSize">) {
  const tsQuery = query.q ? toPrefixTsQuery(query.q) : null;
  return db
    .selectFrom("needs as n")
    .innerJoin("organisations as o", "o.id", "n.owner_organisation_id")
    .where((eb) => {
      const conditions: Expression<SqlBool>[] = [];
      if (scope.organisationIds !== null) {
        const ids = scope.organisationIds.length > 0 ? scope.organisationIds : ["00000000-0000-0000-0000-000000000000"];
        conditions.push(
          eb.or([
            eb("n.owner_organisation_id", "in", ids),
            eb("o.parent_id", "in", ids),
            // A joint need is also in the scope of its co-owners and their municipalities.
            eb.exists(
              eb
                .selectFrom("need_co_owners as nco")
                .innerJoin("organisations as co", "co.id", "nco.organisation_id")
                .select("nco.need_id")
                .whereRef("nco.need_id", "=", "n.id")
                .where((inner) =>
                  inner.or([inner("nco.organisation_id", "in", ids), inner("co.parent_id", "in", ids)]),
                ),
            ),
          ]),
        );
      }
      if (query.status && query.status.length > 0) {
        conditions.push(eb("n.status", "in", query.status));
      }
      if (query.careArea) {
        conditions.push(eb("n.care_area", "=", query.careArea));
      }
      if (query.dimension) {
        conditions.push(eb("n.dimension", "=", query.dimension));
      }
      if (query.priority) {
        conditions.push(eb("n.priority", "=", query.priority));
      }
      if (query.ownerOrganisationId) {
        conditions.push(
          eb.or([
            eb("n.owner_organisation_id", "=", query.ownerOrganisationId),
            eb("o.parent_id", "=", query.ownerOrganisationId),
          ]),
        );
      }
      if (tsQuery) {
        conditions.push(sql<SqlBool>`n.search_vector @@ to_tsquery('danish', ${tsQuery})`);
      }
      return eb.and(conditions);
    });
}

const summaryColumns = [
  "n.id",
  "n.title",
  "n.owner_organisation_id",
  "o.name as owner_name",
  "n.care_area",
  "n.dimension",
  "n.priority",
  "n.status",
  "n.staff_hours_per_year",
  "n.created_at",
] as const;

/** Totals above this are not counted: the answer says «over 1,000» (`isTotalExact: false`), as lists do. */
export const NEED_COUNT_CAP = 1000;

/**
 * A page of needs, newest first, or by ts_rank for a text search. The cost is bounded by `limit` (the count
 * cap or the page's end), not by the number of matches (ADR 0020): the count stops at the cap, and a search
 * ranks at most the `limit` needs with every word in the title (weight A, which ranks above any match outside
 * the title) and, up to `limit` in all, the newest other matches (index order on created_at). Below the cap
 * that is every match, so order and total are exactly those of ranking every match.
 */
export async function searchNeeds(db: Db, scope: NeedScope, query: NeedQuery) {
  const word = titleKeyWord(scope, query);
  const broad = word ? await titleKeyPage(db, query, word) : undefined;
  return broad ?? searchNeedsBounded(db, scope, query);
}

/** How many rows of need_title_keys a one-word search ranks exactly, shared among the keys it reaches. */
const KEY_CANDIDATES = 300;

/** The one word of a search the title keys can answer: every need in scope, no filters, the first pages. */
function titleKeyWord(scope: NeedScope, query: NeedQuery): string | undefined {
  const hasFilters =
    scope.organisationIds !== null ||
    (query.status?.length ?? 0) > 0 ||
    query.careArea !== undefined ||
    query.dimension !== undefined ||
    query.priority !== undefined ||
    query.ownerOrganisationId !== undefined;
  const fitsCandidates = query.page * query.pageSize <= KEY_CANDIDATES;
  return !hasFilters && fitsCandidates ? singleSearchWord(query.q) : undefined;
}

/**
 * A broad one-word search from the title keys (migration 2026-12-12T0210): the stem's prefix range of keys is
 * walked key by key, the best `KEY_CANDIDATES` rows (rank, then newest) are ranked exactly, and the needs with a
 * title key are counted up to the cap (the text matches only when fewer have one). Undefined when the matches
 * stay below the cap (then `searchNeedsBounded` ranks every match).
 */
async function titleKeyPage(db: Db, query: NeedQuery, word: string) {
  const offset = (query.page - 1) * query.pageSize;
  const cap = NEED_COUNT_CAP + 1;
  const stem = sql`(select (tsvector_to_array(to_tsvector('danish', ${word})))[1])`;
  const end = sql`(select (tsvector_to_array(to_tsvector('danish', ${word})))[1] || chr(1114111))`;
  const ranked = await sql<{ named: number; texts: number; id: string | null }>`
    with recursive keys as (
      select (select min(k.key) from need_title_keys k where k.key >= ${stem} and k.key < ${end}) as key
      union all
      select (select min(k.key) from need_title_keys k where k.key > keys.key and k.key < ${end})
      from keys where keys.key is not null
    ),
    named as (
      -- A need has a row per key: two rows per counted need are read at most.
      select count(distinct r.need_id)::int as named from (
        select k.need_id from need_title_keys k where k.key >= ${stem} and k.key < ${end} limit ${2 * cap}
      ) r
    ),
    texts as (
      -- Fewer named than the cap: the text matches may still pass it (read only then, up to the cap).
      select count(*)::int as texts from (
        select 1 from needs n
        where (select named from named) < ${cap} and n.search_vector @@ to_tsquery('danish', ${`${word}:*`})
        limit ${cap}
      ) m
    ),
    candidates as (
      select distinct c.need_id from keys, lateral (
        select x.need_id from need_title_keys x where x.key = keys.key
        order by x.score desc, x.created_at desc, x.need_id
        limit (select ceil(${KEY_CANDIDATES}::numeric / count(*)) from keys where key is not null)
      ) c
      where keys.key is not null
    ),
    top_ranked as (
      select n.id, n.created_at, ts_rank(n.search_vector, to_tsquery('danish', ${`${word}:*`})) as rank
      from candidates c join needs n on n.id = c.need_id
      order by rank desc, n.created_at desc, n.id
      limit ${query.pageSize} offset ${offset}
    )
    select named.named, texts.texts, t.id from named cross join texts left join top_ranked t on true
    order by t.rank desc, t.created_at desc, t.id`.execute(db);
  const named = Number(ranked.rows[0]?.named ?? 0);
  const texts = Number(ranked.rows[0]?.texts ?? 0);
  const ids = ranked.rows.flatMap((row) => (row.id ? [row.id] : []));
  if ((named < cap && texts < cap) || ids.length < query.pageSize) {
    return undefined;
  }
  const found = await db
    .selectFrom("needs as n")
    .innerJoin("organisations as o", "o.id", "n.owner_organisation_id")
    .select(summaryColumns)
    .where("n.id", "in", ids)
    .execute();
  const byId = new Map(found.map((row) => [row.id, row]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  return { rows, total: cap - 1, isTotalExact: false };
}

async function searchNeedsBounded(db: Db, scope: NeedScope, query: NeedQuery) {
  const base = needsInScope(db, scope, query);
  const tsQuery = query.q ? toPrefixTsQuery(query.q) : null;
  const offset = (query.page - 1) * query.pageSize;
  const limit = Math.max(NEED_COUNT_CAP, offset + query.pageSize) + 1;
  const counting = db
    .selectFrom(
      base
        .select(sql<number>`1`.as("one"))
        .limit(limit)
        .as("c"),
    )
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .executeTakeFirstOrThrow();
  let items;
  if (tsQuery) {
    // The title's own index (needs_title_words_idx) finds the title matches without rechecking the weight
    // of every match in the whole search document; the newest other matches fill the candidates up to
    // `limit` (they rank below the title's): below the cap that is every match.
    const inTitle = sql<SqlBool>`to_tsvector('danish', n.title) @@ to_tsquery('danish', ${tsQuery})`;
    items = db
      .with("in_title", () => base.select("n.id").where(inTitle).orderBy("n.created_at", "desc").limit(limit))
      .with("newest", () =>
        base
          .select("n.id")
          .where((eb) => eb.not(inTitle))
          .orderBy("n.created_at", "desc")
          .limit(sql<number>`greatest(0, ${limit} - (select count(*) from in_title))`),
      )
      .selectFrom("needs as n")
      .innerJoin("organisations as o", "o.id", "n.owner_organisation_id")
      .where("n.id", "in", (eb) =>
        eb.selectFrom("in_title").select("in_title.id").union(eb.selectFrom("newest").select("newest.id")),
      )
      .select(summaryColumns)
      .orderBy(sql`ts_rank(n.search_vector, to_tsquery('danish', ${tsQuery}))`, "desc")
      .orderBy("n.created_at", "desc")
      .orderBy("n.id")
      .limit(query.pageSize)
      .offset(offset)
      .execute();
  } else {
    items = base
      .select(summaryColumns)
      .orderBy("n.created_at", "desc")
      .orderBy("n.id")
      .limit(query.pageSize)
      .offset(offset)
      .execute();
  }
  const [rows, count] = await Promise.all([items, counting]);
  const total = Number(count.count);
  return total < limit ? { rows, total, isTotalExact: true } : { rows, total: limit - 1, isTotalExact: false };
}

export type NeedSummaryRow = Awaited<ReturnType<typeof searchNeedsBounded>>["rows"][number];

export function findNeed(db: Db, id: string) {
  return db
    .selectFrom("needs as n")
    .innerJoin("organisations as o", "o.id", "n.owner_organisation_id")
    .leftJoin("organisations as p", "p.id", "o.parent_id")
    .leftJoin("municipalities as m", "m.code", "o.municipality_code")
    .leftJoin("municipalities as pm", "pm.code", "p.municipality_code")
    .select([
      ...summaryColumns,
      "n.description",
      "n.affected",
      "n.citizens_affected",
      "n.budget_dkk",
      "n.quality_potential",
      "n.source",
      "n.updated_at",
      "o.kind as owner_kind",
      "o.parent_id as owner_parent_id",
      "p.kind as owner_parent_kind",
      sql<string | null>`coalesce(m.region_code, pm.region_code)`.as("owner_region_code"),
    ])
    .where("n.id", "=", id)
    .executeTakeFirst();
}

export type NeedDetailRow = NonNullable<Awaited<ReturnType<typeof findNeed>>>;

export function listNeedCompetences(db: Db, needId: string) {
  return db
    .selectFrom("need_competences as nc")
    .innerJoin("competences as c", "c.id", "nc.competence_id")
    .select(["c.id", "c.name_da", "c.name_en"])
    .where("nc.need_id", "=", needId)
    .orderBy("c.name_da")
    .execute();
}

/** The co-owners of a joint need, with their parents (whose members also see the need). */
export function listNeedCoOwners(db: Db, needId: string) {
  return db
    .selectFrom("need_co_owners as nco")
    .innerJoin("organisations as o", "o.id", "nco.organisation_id")
    .select(["o.id", "o.name", "o.parent_id"])
    .where("nco.need_id", "=", needId)
    .orderBy("o.name")
    .execute();
}

export async function replaceNeedCoOwners(db: Db, needId: string, organisationIds: string[]): Promise<void> {
  await db.deleteFrom("need_co_owners").where("need_id", "=", needId).execute();
  if (organisationIds.length > 0) {
    await db
      .insertInto("need_co_owners")
      .values(
        [...new Set(organisationIds)].map((organisationId) => ({ need_id: needId, organisation_id: organisationId })),
      )
      .execute();
  }
}

export function listOrganisationsForNeed(db: Db, ids: string[]) {
  if (ids.length === 0) {
    return Promise.resolve([]);
  }
  return db.selectFrom("organisations").select(["id", "kind", "archived_at"]).where("id", "in", ids).execute();
}

export async function replaceNeedCompetences(db: Db, needId: string, competenceIds: string[]): Promise<void> {
  await db.deleteFrom("need_competences").where("need_id", "=", needId).execute();
  if (competenceIds.length > 0) {
    await db
      .insertInto("need_competences")
      .values([...new Set(competenceIds)].map((competenceId) => ({ need_id: needId, competence_id: competenceId })))
      .execute();
  }
}

export async function refreshNeedSearchVector(db: Db, needId: string): Promise<void> {
  await refreshNeedSearchVectors(db, [needId]);
}

export async function refreshNeedSearchVectors(db: Db, needIds: string[]): Promise<void> {
  if (needIds.length === 0) {
    return;
  }
  await sql`
    update needs set search_vector =
      setweight(to_tsvector('danish', title), 'A') ||
      setweight(to_tsvector('danish', description), 'B') ||
      setweight(to_tsvector('danish', affected || ' ' || quality_potential), 'C') ||
      setweight(to_tsvector('danish', coalesce(search_extra, '')), 'D')
    where id = any(${needIds}::uuid[])`.execute(db);
}

export function findOrganisationForNeed(db: Db, id: string) {
  return db
    .selectFrom("organisations")
    .select(["id", "kind", "parent_id", "archived_at"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Inserts a need with its competences and search document; the caller writes the audit log. */
export async function insertNeed(
  db: Db,
  input: NeedCreate,
  createdBy: string | null,
  searchExtra: string,
  originSeminarId: string | null = null,
): Promise<string> {
  const { id } = await db
    .insertInto("needs")
    .values({
      owner_organisation_id: input.ownerOrganisationId,
      care_area: input.careArea,
      dimension: input.dimension,
      title: input.title,
      description: input.description,
      affected: input.affected,
      staff_hours_per_year: input.staffHoursPerYear,
      citizens_affected: input.citizensAffected,
      budget_dkk: input.budgetDkk,
      quality_potential: input.qualityPotential,
      priority: input.priority,
      status: input.status,
      source: input.source,
      search_extra: searchExtra,
      created_by: createdBy,
      origin_seminar_id: originSeminarId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await replaceNeedCompetences(db, id, input.competenceIds);
  await replaceNeedCoOwners(db, id, input.coOwnerIds);
  await refreshNeedSearchVector(db, id);
  return id;
}

export type NeedRowUpdate = Partial<
  Pick<
    Updateable<NeedsTable>,
    | "care_area"
    | "dimension"
    | "title"
    | "description"
    | "affected"
    | "staff_hours_per_year"
    | "citizens_affected"
    | "quality_potential"
    | "priority"
    | "status"
    | "search_extra"
  >
>;

export async function updateNeedRow(db: Db, id: string, values: NeedRowUpdate): Promise<void> {
  await db
    .updateTable("needs")
    .set({ ...values, updated_at: new Date() })
    .where("id", "=", id)
    .execute();
}

/** The current status of a need, locked for the caller's transaction so two moves do not race. */
export function findNeedStatusForUpdate(db: Db, id: string) {
  return db.selectFrom("needs").select(["id", "status"]).where("id", "=", id).forUpdate().executeTakeFirst();
}

export async function setNeedStatus(db: Db, id: string, status: NeedStatus, at = new Date()): Promise<void> {
  await db.updateTable("needs").set({ status, updated_at: at }).where("id", "=", id).execute();
}

/** Needs whose compound parts were never computed (rows from before the column), a batch at a time. */
export function listNeedsWithoutSearchExtra(db: Db, limit: number) {
  return db
    .selectFrom("needs")
    .select(["id", "title", "description", "affected", "quality_potential"])
    .where("search_extra", "is", null)
    .orderBy("id")
    .limit(limit)
    .execute();
}

/** Stores many needs' compound parts in one statement and refreshes their search documents with them. */
export async function updateNeedSearchExtras(db: Db, rows: { id: string; searchExtra: string }[]): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  const ids = rows.map((row) => row.id);
  await sql`
    update needs n set search_extra = v.extra
    from unnest(${ids}::uuid[], ${rows.map((row) => row.searchExtra)}::text[]) as v(id, extra)
    where n.id = v.id`.execute(db);
  await refreshNeedSearchVectors(db, ids);
}
