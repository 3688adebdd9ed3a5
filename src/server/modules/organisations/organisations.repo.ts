import { sql, type Expression, type SqlBool } from "kysely";
import { toPrefixTsQuery } from "../../platform/search.js";
import { nameKeyWords, readNameKeyPage } from "./organisation-name-keys.repo.js";
import { SME_BANDS } from "../../../domain/organisation-kinds.js";
import type { OrganisationQuery } from "../../../domain/organisation.js";
import type { Db } from "../../db/database.js";
import type { NewOrganisationRow, OrganisationUpdate } from "../../db/schema.js";

type OrganisationFilters = Omit<OrganisationQuery, "q" | "page" | "pageSize">;

/**
 * Exact totals above this are not counted: the answer says "over 1,000" (`isTotalExact: false`).
 * Counting every active organisation costs more than reading the page itself.
 */
export const COUNT_CAP = 1000;

/** Organisations (with their municipality, for the region filter) that pass every filter except the text. */
function filteredOrganisations(db: Db, query: OrganisationFilters) {
  return db
    .selectFrom("organisations as o")
    .leftJoin("municipalities as m", "m.code", "o.municipality_code")
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
        // Unknown size is not an SME (isSme): without coalesce, «not (… in …)» of a null band drops the company.
        conditions.push(query.sme ? sme : eb.not(eb.fn.coalesce(sme, eb.lit(false))));
      }
      return eb.and(conditions);
    });
}

/**
 * The text match, one index per part: a similar name (trigram `%`, GIN), the CVR number, or the
 * Danish full-text document (prefix words, GIN). Written as a UNION because an OR of the three
 * lets PostgreSQL use none of the indexes and compute trigram similarity for every row.
 */
function textMatch(q: string) {
  const tsQuery = toPrefixTsQuery(q);
  return {
    cvr: q.replace(/\s/g, ""),
    byName: sql<SqlBool>`o.name % ${q}`,
    byText: tsQuery ? sql<SqlBool>`o.search_vector @@ to_tsquery('danish', ${tsQuery})` : undefined,
    textRank: tsQuery ? sql<number>`ts_rank(o.search_vector, to_tsquery('danish', ${tsQuery}))` : sql<number>`0::real`,
  };
}

function matchingIds(db: Db, query: OrganisationFilters & { q: string }) {
  const match = textMatch(query.q);
  let ids = filteredOrganisations(db, query)
    .select("o.id")
    .where(match.byName)
    .union(filteredOrganisations(db, query).select("o.id").where("o.cvr", "=", match.cvr));
  if (match.byText) {
    ids = ids.union(filteredOrganisations(db, query).select("o.id").where(match.byText));
  }
  return ids;
}

const SUMMARY_COLUMNS = [
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
] as const;

export interface OrganisationListRow {
  id: string;
  kind: string;
  name: string;
  cvr: string | null;
  municipality_code: string | null;
  municipality_name: string | null;
  region_code: string | null;
  region_name: string | null;
  employee_band: string | null;
  archived_at: Date | null;
}

export interface OrganisationSearchResult {
  rows: OrganisationListRow[];
  total: number;
  /** false: there are more than `total` (counting stopped at the cap). */
  isTotalExact: boolean;
}

/** The page's rows come back joined to the one-row total; an empty page is a single row of nulls. */
function splitTotal(
  result: ({ total: number | string } & { [K in keyof OrganisationListRow]: OrganisationListRow[K] | null })[],
) {
  const rows: OrganisationListRow[] = [];
  for (const row of result) {
    if (row.id !== null && row.kind !== null && row.name !== null) {
      rows.push({ ...row, id: row.id, kind: row.kind, name: row.name });
    }
  }
  return { rows, total: Number(result[0]?.total ?? 0) };
}

/**
 * The list without a text: one statement reads the page in name order (index
 * organisations_active_name_idx) and counts the matches up to the cap (or up to this page).
 */
async function listPage(db: Db, query: OrganisationQuery): Promise<OrganisationSearchResult> {
  const offset = (query.page - 1) * query.pageSize;
  const countLimit = Math.max(COUNT_CAP, offset + query.pageSize) + 1;
  const result = await db
    .with("counted", (qb) =>
      qb
        .selectFrom(
          filteredOrganisations(db, query)
            .select(sql<number>`1`.as("one"))
            .limit(countLimit)
            .as("c"),
        )
        .select((eb) => eb.fn.countAll<number>().as("total")),
    )
    .with("page", (qb) =>
      filteredOrganisations(db, query)
        .leftJoin("regions as r", "r.code", "m.region_code")
        .select(SUMMARY_COLUMNS)
        .orderBy("o.name")
        .orderBy("o.id")
        .limit(query.pageSize)
        .offset(offset),
    )
    .selectFrom("counted")
    .leftJoin("page", (join) => join.onTrue())
    .selectAll("page")
    .select("counted.total")
    .orderBy("page.name")
    .orderBy("page.id")
    .execute();
  const { rows, total } = splitTotal(result);
  return total < countLimit
    ? { rows, total, isTotalExact: true }
    : { rows, total: countLimit - 1, isTotalExact: false };
}

/** How many matches with the words in the name a broad search ranks (its bounded candidates, ADR 0020). */
const NAME_CANDIDATES = 1000;

/**
 * A text search, ranked by ts_rank + similarity(name, q) (then name, id), in one statement whose cost is
 * bounded by caps, not by the number of matches (issue 16, ADR 0020):
 * - `alike`: the similar names (trigram `%`), nearest first from the GiST trigram index, at most `cap`;
 * - `texts`: the full-text matches, at most `cap`: the count stops there («over 1,000», `isTotalExact: false`);
 * - below the cap every match is ranked, so order and total are exactly those of ranking every match;
 * - above it the ranked candidates are the similar names, the CVR number and up to `NAME_CANDIDATES`
 *   matches with the words in the name (index organisations_name_words_idx; the name is the text's weight A,
 *   which ranks above the rest), taken in index order; other text matches join when these cannot fill the page.
 */
async function searchPage(db: Db, query: OrganisationQuery & { q: string }): Promise<OrganisationSearchResult> {
  const q = query.q;
  const offset = (query.page - 1) * query.pageSize;
  const wanted = offset + query.pageSize;
  const cap = Math.max(COUNT_CAP, wanted) + 1;
  const match = textMatch(q);
  const tsQuery = toPrefixTsQuery(q);
  const none = sql<SqlBool>`false`;
  const result = await db
    .with("alike", () =>
      filteredOrganisations(db, query)
        .where(match.byName)
        .select("o.id")
        .orderBy(sql`o.name <-> ${q}`)
        .limit(cap),
    )
    .with("texts", () =>
      filteredOrganisations(db, query)
        .where(match.byText ?? none)
        .select("o.id")
        .limit(cap),
    )
    .with("in_name", () =>
      filteredOrganisations(db, query)
        .where(tsQuery ? sql<SqlBool>`to_tsvector('danish', o.name) @@ to_tsquery('danish', ${tsQuery})` : none)
        .select("o.id")
        .limit(Math.max(NAME_CANDIDATES, wanted)),
    )
    .with("by_cvr", () => filteredOrganisations(db, query).where("o.cvr", "=", match.cvr).select("o.id"))
    .with("matched", (qb) =>
      qb
        .selectFrom("alike")
        .select("id")
        .union(qb.selectFrom("texts").select("id"))
        .union(qb.selectFrom("by_cvr").select("id")),
    )
    .with("candidates", (qb) =>
      qb
        .selectFrom("alike")
        .select("id")
        .union(qb.selectFrom("by_cvr").select("id"))
        .union(qb.selectFrom("in_name").select("id"))
        .union(
          qb
            .selectFrom("texts")
            .select("id")
            .where((eb) =>
              eb.or([
                eb(
                  eb.selectFrom("texts").select((sub) => sub.fn.countAll<number>().as("n")),
                  "<",
                  cap,
                ),
                eb(
                  eb.selectFrom("in_name").select((sub) => sub.fn.countAll<number>().as("n")),
                  "<",
                  wanted,
                ),
              ]),
            ),
        ),
    )
    .with("top_ranked", (qb) =>
      qb
        .selectFrom("organisations as o")
        .where("o.id", "in", qb.selectFrom("candidates").select("id"))
        .select(["o.id", "o.name", sql<number>`${match.textRank} + similarity(o.name, ${q})`.as("rank")])
        .orderBy("rank", "desc")
        .orderBy("o.name")
        .orderBy("o.id")
        .limit(query.pageSize)
        .offset(offset),
    )
    .with("page", (qb) =>
      qb
        .selectFrom("top_ranked as t")
        .innerJoin("organisations as o", "o.id", "t.id")
        .leftJoin("municipalities as m", "m.code", "o.municipality_code")
        .leftJoin("regions as r", "r.code", "m.region_code")
        .select([...SUMMARY_COLUMNS, "t.rank"]),
    )
    .with("counted", (qb) => qb.selectFrom("matched").select((eb) => eb.fn.countAll<number>().as("total")))
    .selectFrom("counted")
    .leftJoin("page", (join) => join.onTrue())
    .select(["page.id", "page.kind", "page.name", "page.cvr", "page.municipality_code", "page.municipality_name"])
    .select(["page.region_code", "page.region_name", "page.employee_band", "page.archived_at", "counted.total"])
    .orderBy("page.rank", "desc")
    .orderBy("page.name")
    .orderBy("page.id")
    .execute();
  const { rows, total } = splitTotal(result);
  return total < cap ? { rows, total, isTotalExact: true } : { rows, total: cap - 1, isTotalExact: false };
}

/**
 * A broad search from the name keys (organisation-name-keys.repo.ts), or undefined: when the matches stay below
 * the cap (`searchPage` then ranks every match), or, for several words, when the page's last rank is not above
 * 1. A name that is only similar (trigram) without every word in its text ranks by its similarity alone, at
 * most 1: above that no such name can enter the page, so the key path needs no trigram walk (ADR 0020, round 4).
 * One word keeps round 3b's rule: candidates through the name only, as ranked there.
 */
async function nameKeyPage(
  db: Db,
  query: OrganisationQuery & { q: string },
  words: string[],
): Promise<OrganisationSearchResult | undefined> {
  const cap = COUNT_CAP + 1;
  const { named, texts, rows: found } = await readNameKeyPage(db, query, words, cap);
  const { rows } = splitTotal(found.map((row) => ({ ...row, total: named })));
  const lastRank = Number(found.at(-1)?.rank ?? 0);
  if ((named < cap && texts < cap) || rows.length < query.pageSize || (words.length > 1 && lastRank <= 1)) {
    return undefined;
  }
  return { rows, total: cap - 1, isTotalExact: false };
}

export async function searchOrganisations(db: Db, query: OrganisationQuery): Promise<OrganisationSearchResult> {
  const q = query.q;
  if (!q) {
    return listPage(db, query);
  }
  const words = nameKeyWords({ ...query, q });
  const broad = words ? await nameKeyPage(db, { ...query, q }, words) : undefined;
  return broad ?? searchPage(db, { ...query, q });
}

/** The ids of the filtered list in its order (name, then id), for an export read a batch at a time. */
export async function listAllOrganisationIds(
  db: Db,
  query: Omit<OrganisationQuery, "page" | "pageSize">,
  cap: number,
): Promise<string[]> {
  const q = query.q;
  const rows = await filteredOrganisations(db, query)
    .select("o.id")
    .$if(q !== undefined && q !== "", (qb) => qb.where("o.id", "in", matchingIds(db, { ...query, q: q as string })))
    .orderBy("o.name")
    .orderBy("o.id")
    .limit(cap)
    .execute();
  return rows.map((row) => row.id);
}

/** An organisation's row with its municipality's and region's names: the start of every read of whole rows. */
function organisationRows(db: Db) {
  return db
    .selectFrom("organisations as o")
    .leftJoin("municipalities as m", "m.code", "o.municipality_code")
    .leftJoin("regions as r", "r.code", "m.region_code")
    .selectAll("o")
    .select(["m.name as municipality_name", "m.region_code", "r.name as region_name"]);
}

/** As organisationRows, with the parent's name (the detail page's row). */
export function organisationDetailRows(db: Db) {
  return organisationRows(db).leftJoin("organisations as p", "p.id", "o.parent_id").select("p.name as parent_name");
}

/** The rows an export writes, for these ids (in no particular order). */
export function listOrganisationsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) {
    return Promise.resolve([]);
  }
  return organisationRows(db).where("o.id", "in", ids).execute();
}

export function findOrganisation(db: Db, id: string) {
  return organisationDetailRows(db).where("o.id", "=", id).executeTakeFirst();
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
      .values(
        [...new Set(competenceIds)].map((competenceId) => ({
          organisation_id: organisationId,
          competence_id: competenceId,
        })),
      )
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
 * Recomputes the Danish full-text document (the database function organisation_search_vector): name (weight A),
 * competences (B), description (C), address, industry titles and the compound parts of name and description (D).
 */
export async function refreshSearchVectors(db: Db, organisationIds: string[]): Promise<void> {
  if (organisationIds.length === 0) {
    return;
  }
  await sql`
    update organisations o set search_vector = organisation_search_vector(
      o.name,
      array(select oc.competence_id from organisation_competences oc where oc.organisation_id = o.id),
      o.description, o.db07_codes, o.address, o.search_extra)
    where o.id in (${sql.join(organisationIds)})`.execute(db);
}

/** Flushes the GIN pending lists and refreshes the statistics after many rows changed (outside a transaction). */
export async function vacuumOrganisations(db: Db): Promise<void> {
  await sql`vacuum (analyze) organisations, organisation_competences`.execute(db);
}

/** Removes an e-mail from every organisation's contact persons; returns the organisations changed. */
export async function removeContactPersonByEmail(db: Db, email: string): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    update organisations set
      contact_persons = coalesce((
        select jsonb_agg(c) from jsonb_array_elements(contact_persons) c
        where lower(coalesce(c->>'email', '')) <> ${email.toLowerCase()}), '[]'::jsonb),
      updated_at = now()
    where exists (
      select 1 from jsonb_array_elements(contact_persons) c where lower(c->>'email') = ${email.toLowerCase()})
    returning id`.execute(db);
  return rows.rows.map((row) => row.id);
}

/** The registry entry with this CVR (sign-up matches a person's organisation by it). */
export function findOrganisationByCvr(db: Db, cvr: string) {
  return db
    .selectFrom("organisations")
    .select(["id", "name", "kind", "verified"])
    .where("cvr", "=", cvr)
    .executeTakeFirst();
}

export async function setOrganisationVerified(db: Db, id: string): Promise<void> {
  await db.updateTable("organisations").set({ verified: true, updated_at: new Date() }).where("id", "=", id).execute();
}
