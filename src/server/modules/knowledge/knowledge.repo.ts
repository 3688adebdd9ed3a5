import { sql, type Expression, type ExpressionBuilder, type SqlBool } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { EditorialState, EntryKind, KnowledgeQuery } from "../../../domain/knowledge/entries.js";
import type { Db } from "../../db/database.js";
import type { DB } from "../../db/schema.js";
import type { MeasurePeriod } from "../../platform/measures.js";
import { toPrefixTsQuery } from "../../platform/search.js";

/** All SQL of the knowledge base. */

/** Who reads: everyone published; staff everything; a member also the entries of their organisation. */
export type EntryScope = { kind: "public" } | { kind: "staff" } | { kind: "member"; organisationId: string };

const entryColumns = [
  "e.id",
  "e.kind",
  "e.state",
  "e.title",
  "e.title_en",
  "e.summary",
  "e.summary_en",
  "e.facts",
  "e.version",
  "e.process_id",
  "e.published_at",
  "e.updated_at",
  "e.created_at",
] as const;

type EntryFilterBuilder = ExpressionBuilder<DB & { e: DB["knowledge_entries"] }, "e">;

/** What the reader may see and asked for: scope, the filters and the words. */
function matchesQuery(eb: EntryFilterBuilder, scope: EntryScope, query: KnowledgeQuery, tsQuery: string | null) {
  const conditions: Expression<SqlBool>[] = [];
  if (scope.kind === "public") {
    conditions.push(eb("e.state", "=", "published"));
  } else if (scope.kind === "member") {
    conditions.push(
      eb.or([
        eb("e.state", "=", "published"),
        eb.exists(
          eb
            .selectFrom("knowledge_entry_organisations as eo")
            .select("eo.entry_id")
            .whereRef("eo.entry_id", "=", "e.id")
            .where("eo.organisation_id", "=", scope.organisationId),
        ),
      ]),
    );
  }
  if (query.kind) {
    conditions.push(eb("e.kind", "=", query.kind));
  }
  if (query.phase) {
    conditions.push(eb("e.phase", "=", query.phase));
  }
  if (query.side) {
    conditions.push(sql<SqlBool>`e.sides @> array[${query.side}]::text[]`);
  }
  if (query.careArea) {
    conditions.push(eb("e.care_area", "=", query.careArea));
  }
  if (query.model) {
    conditions.push(eb("e.model", "=", query.model));
  }
  if (query.status) {
    conditions.push(eb("e.case_status", "=", query.status));
  }
  if (tsQuery) {
    conditions.push(sql<SqlBool>`e.search_vector @@ to_tsquery('danish', ${tsQuery})`);
  }
  return eb.and(conditions);
}

/**
 * One page of entries in one statement: the matches are found and ranked on narrow columns only (id,
 * rank, order keys), counted once, and only the page's rows are then read whole, with the approvals
 * the reader's facts depend on and the adoption count beside them. Nothing is fetched per match.
 */
export async function searchEntries(db: Db, scope: EntryScope, query: KnowledgeQuery) {
  const rows = await searchStatement(db, scope, query).execute();
  // An empty page means no matches at all (the limit is at least 1), so its total is 0.
  return { rows, total: Number(rows[0]?.total ?? 0) };
}

/** The search statement itself, unexecuted: `bench:knowledge` shows its plan (EXPLAIN ANALYZE). */
export function searchStatement(db: Db, scope: EntryScope, query: KnowledgeQuery) {
  const tsQuery = query.q ? toPrefixTsQuery(query.q) : null;
  const rank = tsQuery ? sql<number>`ts_rank(e.search_vector, to_tsquery('danish', ${tsQuery}))` : sql<number>`0`;
  return db
    .with("matches", (qb) =>
      qb
        .selectFrom("knowledge_entries as e")
        .where((eb) => matchesQuery(eb, scope, query, tsQuery))
        .select(["e.id", "e.published_at", "e.title", rank.as("rank")]),
    )
    .with("page", (qb) =>
      qb
        .selectFrom("matches as m")
        .select(["m.id", "m.rank"])
        .orderBy("m.rank", "desc")
        .orderBy("m.published_at", (ob) => ob.desc().nullsLast())
        .orderBy("m.title")
        .orderBy("m.id")
        .limit(query.limit),
    )
    .selectFrom("page as p")
    .innerJoin("knowledge_entries as e", "e.id", "p.id")
    .select(entryColumns)
    .select((eb) => [
      eb
        .selectFrom("matches")
        .select((sub) => sub.fn.countAll<number>().as("n"))
        .as("total"),
      jsonArrayFrom(
        eb
          .selectFrom("knowledge_approvals as a")
          .select(["a.organisation_id", "a.version", "a.shares_confidential"])
          .whereRef("a.entry_id", "=", "e.id"),
      ).as("approvals"),
      eb
        .selectFrom("knowledge_adoptions as ad")
        .select((sub) => sub.fn.countAll<number>().as("n"))
        .whereRef("ad.entry_id", "=", "e.id")
        .where("ad.area_kind", "=", "municipality")
        .as("adopted"),
    ])
    .orderBy("p.rank", "desc")
    .orderBy("e.published_at", (ob) => ob.desc().nullsLast())
    .orderBy("e.title")
    .orderBy("e.id");
}

export type SearchRow = Awaited<ReturnType<typeof searchEntries>>["rows"][number];

export type EntryRow = NonNullable<Awaited<ReturnType<typeof findEntry>>>;

export function findEntry(db: Db, id: string) {
  return db.selectFrom("knowledge_entries as e").select(entryColumns).where("e.id", "=", id).executeTakeFirst();
}

export function findEntryForUpdate(db: Db, id: string) {
  return db
    .selectFrom("knowledge_entries as e")
    .select(entryColumns)
    .where("e.id", "=", id)
    .forUpdate()
    .executeTakeFirst();
}

export function findEntryBySourceKey(db: Db, sourceKey: string) {
  return db
    .selectFrom("knowledge_entries")
    .select(["id", "kind"])
    .where("source_key", "=", sourceKey)
    .executeTakeFirst();
}

/** The columns filtered on beside the facts document. */
export interface EntryColumns {
  kind: EntryKind;
  title: string;
  title_en: string;
  summary: string;
  summary_en: string;
  facts: unknown;
  phase: string | null;
  sides: string[];
  care_area: string | null;
  model: string | null;
  case_status: string | null;
  search_extra: string;
}

export async function insertEntry(
  db: Db,
  values: EntryColumns & { process_id: string | null; source_key: string | null; created_by: string | null },
): Promise<string> {
  const { id } = await db
    .insertInto("knowledge_entries")
    .values({ ...values, facts: JSON.stringify(values.facts) })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateEntryRow(db: Db, id: string, values: EntryColumns, version: number): Promise<void> {
  await db
    .updateTable("knowledge_entries")
    .set({ ...values, facts: JSON.stringify(values.facts), version, updated_at: new Date() })
    .where("id", "=", id)
    .execute();
}

export async function setEntryState(
  db: Db,
  id: string,
  state: EditorialState,
  publishedAt?: Date | null,
): Promise<void> {
  const values = {
    state,
    updated_at: new Date(),
    ...(publishedAt !== undefined ? { published_at: publishedAt } : {}),
  };
  await db.updateTable("knowledge_entries").set(values).where("id", "=", id).execute();
}

export async function replaceEntryOrganisations(db: Db, entryId: string, organisationIds: string[]): Promise<void> {
  await db.deleteFrom("knowledge_entry_organisations").where("entry_id", "=", entryId).execute();
  if (organisationIds.length > 0) {
    await db
      .insertInto("knowledge_entry_organisations")
      .values(organisationIds.map((organisationId) => ({ entry_id: entryId, organisation_id: organisationId })))
      .execute();
  }
}

export async function listEntryOrganisations(db: Db, entryId: string): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom("knowledge_entry_organisations as eo")
    .innerJoin("organisations as o", "o.id", "eo.organisation_id")
    .select(["o.id", "o.name"])
    .where("eo.entry_id", "=", entryId)
    .orderBy("o.name")
    .execute();
}

export function findKnownOrganisations(db: Db, ids: string[]) {
  if (ids.length === 0) {
    return Promise.resolve([]);
  }
  return db.selectFrom("organisations").select(["id", "name", "kind"]).where("id", "in", ids).execute();
}

export async function insertVersion(
  db: Db,
  values: { entry_id: string; version: number; comment: string; title: string; summary: string; facts: unknown },
  authorId: string | null,
): Promise<void> {
  await db
    .insertInto("knowledge_versions")
    .values({ ...values, facts: JSON.stringify(values.facts), author_id: authorId })
    .execute();
}

export function listVersions(db: Db, entryId: string) {
  return db
    .selectFrom("knowledge_versions as v")
    .leftJoin("users as u", "u.id", "v.author_id")
    .select(["v.version", "v.comment", "v.created_at", "u.name as author"])
    .where("v.entry_id", "=", entryId)
    .orderBy("v.version", "desc")
    .execute();
}

export function listApprovals(db: Db, entryIds: string[]) {
  if (entryIds.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .selectFrom("knowledge_approvals as a")
    .leftJoin("users as u", "u.id", "a.approved_by")
    .select([
      "a.entry_id",
      "a.organisation_id",
      "a.version",
      "a.shares_confidential",
      "a.recorded_by_agent",
      "a.approved_at",
      "u.name as approved_by_name",
    ])
    .where("a.entry_id", "in", entryIds)
    .execute();
}

export type ApprovalRow = Awaited<ReturnType<typeof listApprovals>>[number];

export async function upsertApproval(
  db: Db,
  values: {
    entry_id: string;
    organisation_id: string;
    version: number;
    shares_confidential: boolean;
    approved_by: string;
    recorded_by_agent: boolean;
    note: string;
  },
): Promise<void> {
  await db
    .insertInto("knowledge_approvals")
    .values(values)
    .onConflict((oc) =>
      oc.columns(["entry_id", "organisation_id"]).doUpdateSet({
        version: values.version,
        shares_confidential: values.shares_confidential,
        approved_by: values.approved_by,
        recorded_by_agent: values.recorded_by_agent,
        note: values.note,
        approved_at: new Date(),
      }),
    )
    .execute();
}

export async function insertLink(
  db: Db,
  entryId: string,
  targetKind: "process" | "method" | "tool",
  targetId: string,
): Promise<void> {
  await db
    .insertInto("knowledge_links")
    .values({ entry_id: entryId, target_kind: targetKind, target_id: targetId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** The methods and tools an entry uses (published or not: the service filters for the reader). */
export function listLinkedEntries(db: Db, entryId: string) {
  return db
    .selectFrom("knowledge_links as l")
    .innerJoin("knowledge_entries as t", "t.id", "l.target_id")
    .select(["t.id", "t.kind", "t.title", "t.state"])
    .where("l.entry_id", "=", entryId)
    .where("l.target_kind", "in", ["method", "tool"])
    .orderBy("t.title")
    .execute();
}

/** The entries (cases) that link to this method or tool. */
export function listLinkingEntries(db: Db, targetId: string) {
  return db
    .selectFrom("knowledge_links as l")
    .innerJoin("knowledge_entries as e", "e.id", "l.entry_id")
    .select(["e.id", "e.kind", "e.title", "e.state", "e.process_id"])
    .where("l.target_id", "=", targetId)
    .orderBy("e.title")
    .execute();
}

/** Processes a tool was used in: linked directly, or through a case that came from the process. */
export function listLinkedProcessIds(db: Db, entryId: string, viaCaseProcessIds: string[]) {
  return db
    .selectFrom("knowledge_links")
    .select("target_id")
    .where("entry_id", "=", entryId)
    .where("target_kind", "=", "process")
    .execute()
    .then((rows) => [...new Set([...rows.map((row) => row.target_id), ...viaCaseProcessIds])]);
}

export async function insertFile(
  db: Db,
  values: { entry_id: string; filename: string; media_type: string; content: Buffer },
): Promise<string> {
  const { id } = await db
    .insertInto("knowledge_files")
    .values({ ...values, size_bytes: values.content.length })
    .onConflict((oc) =>
      oc.columns(["entry_id", "filename"]).doUpdateSet({
        media_type: values.media_type,
        content: values.content,
        size_bytes: values.content.length,
        created_at: new Date(),
      }),
    )
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

export function listFiles(db: Db, entryId: string) {
  return db
    .selectFrom("knowledge_files")
    .select(["id", "filename", "media_type", "size_bytes"])
    .where("entry_id", "=", entryId)
    .orderBy("filename")
    .execute();
}

export function findFile(db: Db, entryId: string, fileId: string) {
  return db
    .selectFrom("knowledge_files")
    .select(["id", "filename", "media_type", "content"])
    .where("entry_id", "=", entryId)
    .where("id", "=", fileId)
    .executeTakeFirst();
}

export async function upsertAdoption(
  db: Db,
  values: {
    entry_id: string;
    area_code: string;
    area_kind: "municipality" | "region";
    level: "considering" | "piloting" | "implemented";
    note: string;
    recorded_by: string | null;
  },
): Promise<void> {
  await db
    .insertInto("knowledge_adoptions")
    .values(values)
    .onConflict((oc) =>
      oc.columns(["entry_id", "area_code"]).doUpdateSet({
        level: values.level,
        note: values.note,
        recorded_by: values.recorded_by,
        recorded_at: new Date(),
      }),
    )
    .execute();
}

export function listAdoptions(db: Db, entryId: string) {
  return db
    .selectFrom("knowledge_adoptions")
    .select(["area_code", "area_kind", "level", "note", "recorded_at"])
    .where("entry_id", "=", entryId)
    .orderBy("area_code")
    .execute();
}

/** The adoptions recorded for a municipality or region, with the case titles. */
export function listAdoptionsOfArea(db: Db, areaCode: string) {
  return db
    .selectFrom("knowledge_adoptions as a")
    .innerJoin("knowledge_entries as e", "e.id", "a.entry_id")
    .select(["e.id", "e.title", "e.state", "a.level", "a.recorded_at"])
    .where("a.area_code", "=", areaCode)
    .orderBy("e.title")
    .execute();
}

/** How many municipalities have adopted each entry (any level). */
export async function countMunicipalityAdoptions(db: Db, entryIds: string[]): Promise<Map<string, number>> {
  if (entryIds.length === 0) {
    return new Map();
  }
  const rows = await db
    .selectFrom("knowledge_adoptions")
    .select(["entry_id", (eb) => eb.fn.countAll<number>().as("count")])
    .where("entry_id", "in", entryIds)
    .where("area_kind", "=", "municipality")
    .groupBy("entry_id")
    .execute();
  return new Map(rows.map((row) => [row.entry_id, Number(row.count)]));
}

/** The newest published entries, for the Atom feed. */
export function listRecentlyPublished(db: Db, limit: number) {
  return db
    .selectFrom("knowledge_entries as e")
    .select(entryColumns)
    .where("e.state", "=", "published")
    .orderBy("e.published_at", "desc")
    .limit(limit)
    .execute();
}

/** Evidence for `cases_published`: cases published in the period (still published). */
export function listCasesPublished(db: Db, period: MeasurePeriod) {
  return db
    .selectFrom("knowledge_entries")
    .select(["id", "title", "published_at"])
    .where("kind", "=", "case")
    .where("state", "=", "published")
    .where(sql<SqlBool>`published_at::date between ${period.from}::date and ${period.to}::date`)
    .orderBy("published_at")
    .execute();
}

/** Evidence for `adoptions`: adoptions recorded in the period, with their case. */
export function listAdoptionsRecorded(db: Db, period: MeasurePeriod) {
  return db
    .selectFrom("knowledge_adoptions as a")
    .innerJoin("knowledge_entries as e", "e.id", "a.entry_id")
    .select(["a.entry_id", "a.area_code", "a.level", "a.recorded_at", "e.title"])
    .where(sql<SqlBool>`a.recorded_at::date between ${period.from}::date and ${period.to}::date`)
    .orderBy("a.recorded_at")
    .execute();
}
