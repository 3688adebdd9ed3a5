import { SHARED_DIALOGUE_KINDS } from "../../../domain/calls.js";
import { sql, type Insertable, type Updateable } from "kysely";
import type { Db } from "../../db/database.js";
import type { OfferAttachmentsTable, OffersTable, OpenCallsTable } from "../../db/schema.js";

const callColumns = [
  "c.id",
  "c.need_id",
  "c.title",
  "c.description",
  "c.deadline",
  "c.status",
  "c.chosen_offer_id",
  "c.closing_reason",
  "c.published_at",
  "c.closed_at",
  "n.care_area",
  "n.owner_organisation_id",
  "o.name as owner_name",
  "o.parent_id as owner_parent_id",
] as const;

export function listCalls(db: Db, status: "open" | "closed" | "all", needId?: string) {
  let query = db
    .selectFrom("open_calls as c")
    .innerJoin("needs as n", "n.id", "c.need_id")
    .innerJoin("organisations as o", "o.id", "n.owner_organisation_id")
    .select(callColumns);
  if (status === "open") {
    query = query.where("c.status", "=", "open").where("c.deadline", ">", new Date());
  } else if (status === "closed") {
    query = query.where((eb) => eb.or([eb("c.status", "=", "closed"), eb("c.deadline", "<=", new Date())]));
  }
  if (needId) {
    query = query.where("c.need_id", "=", needId);
  }
  return query.orderBy("c.deadline").limit(200).execute();
}

export function findCall(db: Db, id: string) {
  return db
    .selectFrom("open_calls as c")
    .innerJoin("needs as n", "n.id", "c.need_id")
    .innerJoin("organisations as o", "o.id", "n.owner_organisation_id")
    .select(callColumns)
    .where("c.id", "=", id)
    .executeTakeFirst();
}

export type CallRow = NonNullable<Awaited<ReturnType<typeof findCall>>>;

export function findOpenCallForNeed(db: Db, needId: string) {
  return db
    .selectFrom("open_calls")
    .select("id")
    .where("need_id", "=", needId)
    .where("status", "=", "open")
    .executeTakeFirst();
}

export async function countOffers(db: Db, callId: string): Promise<number> {
  const row = await db
    .selectFrom("offers")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("call_id", "=", callId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Offers of a call; `companyId` restricts to one company's own offer; `q` searches the text. */
export function listOffers(db: Db, callId: string, options: { companyId?: string; q?: string }) {
  let query = db
    .selectFrom("offers as f")
    .innerJoin("organisations as o", "o.id", "f.company_id")
    .leftJoin("users as u", "u.id", "f.submitted_by")
    .select([
      "f.id",
      "f.call_id",
      "f.company_id",
      "o.name as company_name",
      "f.solution_text",
      "f.price_indication",
      "f.submitted_at",
      "f.updated_at",
      "u.name as submitted_by_name",
      (eb) =>
        eb
          .selectFrom("offer_attachments as a")
          .select((inner) => inner.fn.countAll<number>().as("n"))
          .whereRef("a.offer_id", "=", "f.id")
          .as("attachment_count"),
    ])
    .where("f.call_id", "=", callId);
  if (options.companyId) {
    query = query.where("f.company_id", "=", options.companyId);
  }
  if (options.q) {
    query = query.where(
      sql<boolean>`to_tsvector('danish', f.solution_text || ' ' || o.name) @@ plainto_tsquery('danish', ${options.q})`,
    );
  }
  return query.orderBy("f.submitted_at").execute();
}

export type OfferRow = Awaited<ReturnType<typeof listOffers>>[number];

export function findOffer(db: Db, id: string) {
  return db.selectFrom("offers").selectAll().where("id", "=", id).executeTakeFirst();
}

export function listAttachments(db: Db, offerId: string) {
  return db
    .selectFrom("offer_attachments")
    .select(["id", "filename", "content_type", "size_bytes", "uploaded_at"])
    .where("offer_id", "=", offerId)
    .orderBy("uploaded_at")
    .execute();
}

export function findAttachment(db: Db, offerId: string, id: string) {
  return db
    .selectFrom("offer_attachments")
    .selectAll()
    .where("offer_id", "=", offerId)
    .where("id", "=", id)
    .executeTakeFirst();
}

export function listDialogue(db: Db, callId: string, companyId?: string) {
  let query = db
    .selectFrom("market_dialogue as d")
    .leftJoin("organisations as o", "o.id", "d.company_id")
    .leftJoin("users as u", "u.id", "d.recorded_by")
    .select([
      "d.id",
      "d.company_id",
      "o.name as company_name",
      "d.kind",
      "d.summary",
      "d.occurred_at",
      "u.name as recorded_by_name",
    ])
    .where("d.call_id", "=", callId);
  if (companyId) {
    // The company's own entries and the questions and answers given to all (isDialogueEntryVisibleToCompany).
    query = query.where((eb) =>
      eb.or([
        eb("d.company_id", "=", companyId),
        eb.and([eb("d.company_id", "is", null), eb("d.kind", "in", [...SHARED_DIALOGUE_KINDS])]),
      ]),
    );
  }
  return query.orderBy("d.occurred_at").orderBy("d.created_at").execute();
}

export async function addDialogue(
  db: Db,
  entry: {
    callId: string;
    companyId: string | null;
    kind: string;
    summary: string;
    occurredAt?: string;
    recordedBy: string;
  },
): Promise<string> {
  const row = await db
    .insertInto("market_dialogue")
    .values({
      call_id: entry.callId,
      company_id: entry.companyId,
      kind: entry.kind,
      summary: entry.summary,
      ...(entry.occurredAt ? { occurred_at: entry.occurredAt } : {}),
      recorded_by: entry.recordedBy,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findOrganisationKind(db: Db, id: string | null) {
  if (!id) {
    return Promise.resolve(undefined);
  }
  return db.selectFrom("organisations").select(["id", "kind", "name"]).where("id", "=", id).executeTakeFirst();
}

export function insertCall(db: Db, values: Insertable<OpenCallsTable>) {
  return db.insertInto("open_calls").values(values).returning("id").executeTakeFirstOrThrow();
}

export async function closeCallRow(
  db: Db,
  id: string,
  values: { chosen_offer_id: string | null; closing_reason: string },
): Promise<void> {
  await db
    .updateTable("open_calls")
    .set({ status: "closed", ...values, closed_at: new Date() })
    .where("id", "=", id)
    .execute();
}

export async function insertOffer(db: Db, values: Insertable<OffersTable>): Promise<void> {
  await db.insertInto("offers").values(values).execute();
}

export async function updateOfferRow(
  db: Db,
  id: string,
  values: Pick<Updateable<OffersTable>, "solution_text" | "price_indication" | "submitted_by">,
): Promise<void> {
  await db
    .updateTable("offers")
    .set({ ...values, updated_at: new Date() })
    .where("id", "=", id)
    .execute();
}

export function insertAttachment(db: Db, values: Insertable<OfferAttachmentsTable>) {
  return db
    .insertInto("offer_attachments")
    .values(values)
    .returning(["id", "filename", "content_type", "size_bytes", "uploaded_at"])
    .executeTakeFirstOrThrow();
}

/** A company's offers, newest first, with the call each answers. */
export function listOffersOfCompany(db: Db, companyId: string, limit: number) {
  return db
    .selectFrom("offers as f")
    .innerJoin("open_calls as c", "c.id", "f.call_id")
    .select([
      "f.id",
      "f.call_id",
      "c.title as call_title",
      "c.deadline",
      "c.status",
      "c.chosen_offer_id",
      "f.updated_at",
    ])
    .where("f.company_id", "=", companyId)
    .orderBy("f.updated_at", "desc")
    .limit(limit)
    .execute();
}
