import type { Insertable } from "kysely";
import { OFFERING_KINDS } from "../../../domain/calls.js";
import type { ContextRef } from "../../../domain/disclosures/rules.js";
import type { Db } from "../../db/database.js";
import type { DisclosuresTable } from "../../db/schema.js";

const listColumns = [
  "d.id",
  "d.context_kind",
  "d.context_id",
  "d.public_organisation_id",
  "g.name as public_organisation_name",
  "d.title",
  "d.description",
  "d.given_at",
  "d.confidential",
  "d.source",
  "d.filename",
  "d.content_type",
  "d.size_bytes",
  "u.name as recorded_by_name",
  "d.recorded_at",
] as const;

/** The records (without file contents) whose context is one of `refs`, oldest gift first. */
export function listDisclosuresIn(db: Db, refs: ContextRef[]) {
  if (refs.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .selectFrom("disclosures as d")
    .innerJoin("organisations as g", "g.id", "d.public_organisation_id")
    .leftJoin("users as u", "u.id", "d.recorded_by")
    .select(listColumns)
    .where((eb) =>
      eb.or(refs.map((ref) => eb.and([eb("d.context_kind", "=", ref.kind), eb("d.context_id", "=", ref.id)]))),
    )
    .orderBy("d.given_at")
    .orderBy("d.recorded_at")
    .execute();
}

export type DisclosureRow = Awaited<ReturnType<typeof listDisclosuresIn>>[number];

export function listRecipients(db: Db, disclosureIds: string[]) {
  if (disclosureIds.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .selectFrom("disclosure_recipients as r")
    .innerJoin("organisations as o", "o.id", "r.organisation_id")
    .select(["r.disclosure_id", "o.id", "o.name"])
    .where("r.disclosure_id", "in", disclosureIds)
    .orderBy("o.name")
    .execute();
}

export function findDisclosureFile(db: Db, id: string) {
  return db
    .selectFrom("disclosures")
    .select(["id", "context_kind", "context_id", "filename", "content_type", "content"])
    .where("id", "=", id)
    .executeTakeFirst();
}

export function listDisclosureFiles(db: Db, ids: string[]) {
  if (ids.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .selectFrom("disclosures")
    .select(["id", "filename", "content"])
    .where("id", "in", ids)
    .where("content", "is not", null)
    .execute();
}

/** Inserts a record and its recipients; null when its source was recorded before (a retried hook). */
export async function insertDisclosure(
  db: Db,
  values: Insertable<DisclosuresTable>,
  recipientIds: string[],
): Promise<string | null> {
  const row = await db
    .insertInto("disclosures")
    .values(values)
    .onConflict((oc) => oc.columns(["source", "source_id"]).where("source_id", "is not", null).doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!row) {
    return null;
  }
  await db
    .insertInto("disclosure_recipients")
    .values(recipientIds.map((organisation_id) => ({ disclosure_id: row.id, organisation_id })))
    .execute();
  return row.id;
}

export function findOrganisations(db: Db, ids: string[]) {
  if (ids.length === 0) {
    return Promise.resolve([]);
  }
  return db.selectFrom("organisations").select(["id", "name", "kind"]).where("id", "in", ids).orderBy("name").execute();
}

/** Open calls published for these needs. */
export async function listCallIdsForNeeds(db: Db, needIds: string[]): Promise<string[]> {
  if (needIds.length === 0) {
    return [];
  }
  const rows = await db.selectFrom("open_calls").select("id").where("need_id", "in", needIds).execute();
  return rows.map((row) => row.id);
}

export async function listProcessIdsForNeed(db: Db, needId: string): Promise<string[]> {
  const rows = await db.selectFrom("process_needs").select("process_id").where("need_id", "=", needId).execute();
  return rows.map((row) => row.process_id);
}

export async function listNeedIdsOfProcess(db: Db, processId: string): Promise<string[]> {
  const rows = await db.selectFrom("process_needs").select("need_id").where("process_id", "=", processId).execute();
  return rows.map((row) => row.need_id);
}

/** Companies taking part, in any role, in these processes. */
export function listProcessCompanies(db: Db, processIds: string[]) {
  if (processIds.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .selectFrom("process_participants as pp")
    .innerJoin("organisations as o", "o.id", "pp.organisation_id")
    .select(["o.id", "o.name"])
    .distinct()
    .where("pp.process_id", "in", processIds)
    .where("o.kind", "=", "company")
    .orderBy("o.name")
    .execute();
}

/** Companies known on these calls: they answered, or the market dialogue names them. */
export async function listCallCompanies(db: Db, callIds: string[]) {
  if (callIds.length === 0) {
    return [];
  }
  const offering = db.selectFrom("offers").select("company_id as id").where("call_id", "in", callIds);
  const inDialogue = db
    .selectFrom("market_dialogue")
    .select("company_id as id")
    .where("call_id", "in", callIds)
    .where("company_id", "is not", null);
  return (
    db
      .selectFrom("organisations as o")
      .select(["o.id", "o.name"])
      // Every bidder (a knowledge institution may answer a call too) is owed the same information.
      .where("o.kind", "in", OFFERING_KINDS)
      .where((eb) => eb.or([eb("o.id", "in", offering), eb("o.id", "in", inDialogue.$narrowType<{ id: string }>())]))
      .orderBy("o.name")
      .execute()
  );
}

export async function listOfferingCompanyIds(db: Db, callIds: string[]): Promise<string[]> {
  if (callIds.length === 0) {
    return [];
  }
  const rows = await db.selectFrom("offers").select("company_id").distinct().where("call_id", "in", callIds).execute();
  return rows.map((row) => row.company_id);
}

/** The titles of the contexts named (needs, calls, processes), keyed `kind:id`. */
export async function listContextTitles(db: Db, refs: ContextRef[]): Promise<Map<string, string>> {
  const idsOf = (kind: ContextRef["kind"]) => refs.filter((ref) => ref.kind === kind).map((ref) => ref.id);
  const titles = new Map<string, string>();
  const [needs, calls, processes] = [idsOf("need"), idsOf("call"), idsOf("process")];
  if (needs.length > 0) {
    const rows = await db.selectFrom("needs").select(["id", "title"]).where("id", "in", needs).execute();
    rows.forEach((row) => titles.set(`need:${row.id}`, row.title));
  }
  if (calls.length > 0) {
    const rows = await db.selectFrom("open_calls").select(["id", "title"]).where("id", "in", calls).execute();
    rows.forEach((row) => titles.set(`call:${row.id}`, row.title));
  }
  if (processes.length > 0) {
    const rows = await db.selectFrom("processes").select(["id", "title"]).where("id", "in", processes).execute();
    rows.forEach((row) => titles.set(`process:${row.id}`, row.title));
  }
  return titles;
}
