import { sql, type Insertable, type Updateable } from "kysely";
import type { Db } from "../../db/database.js";
import type { OutreachContactsTable } from "../../db/schema.js";
import type { EvidenceRow, MeasurePeriod } from "../../platform/measures.js";
import { VISITED_INSTITUTION_KINDS } from "../../../domain/outreach/rules.js";

/** Dates read as text: a `date` column must not pass through a JavaScript Date and its time zone. */
const day = (column: string) => sql<string>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;
const nullableDay = (column: string) => sql<string | null>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;

export interface ContactRow {
  id: string;
  occurred_on: string;
  kind: "visit" | "meeting" | "call";
  participants: string;
  notes: string;
  follow_up_on: string | null;
  follow_up_done_at: Date | null;
  recorded_by: string | null;
  recorded_by_name: string | null;
  created_at: Date;
}

export interface ContactOrganisationRow {
  contact_id: string;
  id: string;
  name: string;
  kind: string;
}

export interface ContactFilter {
  organisationId?: string;
  recordedBy?: string;
  /** Open follow-ups due on or before this date (YYYY-MM-DD). */
  dueBy?: string;
  limit: number;
}

function selectContacts(db: Db) {
  return db
    .selectFrom("outreach_contacts as c")
    .leftJoin("users as u", "u.id", "c.recorded_by")
    .select([
      "c.id",
      day("c.occurred_on").as("occurred_on"),
      "c.kind",
      "c.participants",
      "c.notes",
      nullableDay("c.follow_up_on").as("follow_up_on"),
      "c.follow_up_done_at",
      "c.recorded_by",
      "u.name as recorded_by_name",
      "c.created_at",
    ]);
}

export function findContact(db: Db, id: string): Promise<ContactRow | undefined> {
  return selectContacts(db).where("c.id", "=", id).executeTakeFirst();
}

export function listContacts(db: Db, filter: ContactFilter): Promise<ContactRow[]> {
  let query = selectContacts(db);
  if (filter.organisationId) {
    const organisationId = filter.organisationId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("outreach_contact_organisations as co")
          .select("co.contact_id")
          .whereRef("co.contact_id", "=", "c.id")
          .where("co.organisation_id", "=", organisationId),
      ),
    );
  }
  if (filter.recordedBy) {
    query = query.where("c.recorded_by", "=", filter.recordedBy);
  }
  if (filter.dueBy) {
    query = query
      .where("c.follow_up_done_at", "is", null)
      .where(sql<boolean>`c.follow_up_on <= ${filter.dueBy}::date`)
      .orderBy("c.follow_up_on", "asc");
  }
  return query.orderBy("c.occurred_on", "desc").orderBy("c.created_at", "desc").limit(filter.limit).execute();
}

export function listContactOrganisations(db: Db, contactIds: string[]): Promise<ContactOrganisationRow[]> {
  if (contactIds.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .selectFrom("outreach_contact_organisations as co")
    .innerJoin("organisations as o", "o.id", "co.organisation_id")
    .select(["co.contact_id", "o.id", "o.name", "o.kind"])
    .where("co.contact_id", "in", contactIds)
    .orderBy("o.name")
    .execute();
}

/** Which of these organisation ids are in the registry. */
export async function listKnownOrganisationIds(db: Db, ids: string[]): Promise<string[]> {
  if (ids.length === 0) {
    return [];
  }
  const rows = await db.selectFrom("organisations").select("id").where("id", "in", ids).execute();
  return rows.map((row) => row.id);
}

export function insertContact(db: Db, values: Insertable<OutreachContactsTable>) {
  return db.insertInto("outreach_contacts").values(values).returning("id").executeTakeFirstOrThrow();
}

export async function updateContactRow(db: Db, id: string, values: Updateable<OutreachContactsTable>): Promise<void> {
  await db
    .updateTable("outreach_contacts")
    .set({ ...values, updated_at: new Date() })
    .where("id", "=", id)
    .execute();
}

export async function replaceContactOrganisations(db: Db, contactId: string, organisationIds: string[]): Promise<void> {
  await db.deleteFrom("outreach_contact_organisations").where("contact_id", "=", contactId).execute();
  await db
    .insertInto("outreach_contact_organisations")
    .values(organisationIds.map((organisationId) => ({ contact_id: contactId, organisation_id: organisationId })))
    .execute();
}

/** Open follow-ups due by `today` that nobody has been reminded of, with the agent who logged them. */
export function listFollowUpsToRemind(db: Db, today: string) {
  return db
    .selectFrom("outreach_contacts as c")
    .innerJoin("users as u", (join) => join.onRef("u.id", "=", "c.recorded_by").on("u.disabled_at", "is", null))
    .select([
      "c.id",
      day("c.occurred_on").as("occurred_on"),
      nullableDay("c.follow_up_on").as("follow_up_on"),
      "u.id as user_id",
      "u.email",
      "u.language",
      sql<string>`(select string_agg(o.name, ', ' order by o.name) from outreach_contact_organisations co
        join organisations o on o.id = co.organisation_id where co.contact_id = c.id)`.as("organisation_names"),
    ])
    .where("c.follow_up_done_at", "is", null)
    .where("c.reminded_at", "is", null)
    .where(sql<boolean>`c.follow_up_on <= ${today}::date`)
    .execute();
}

/**
 * Claims a reminder: sets `reminded_at` only while it is still empty. True for the one caller that set
 * it, so a reminder goes out once however many instances or runs race for it.
 */
export async function claimFollowUpReminder(db: Db, id: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable("outreach_contacts")
    .set({ reminded_at: at })
    .where("id", "=", id)
    .where("reminded_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * «Institutions visited»: each public organisation with a visit in the period, once, from its first
 * visit in the period.
 */
export async function listVisitedInstitutions(db: Db, period: MeasurePeriod): Promise<EvidenceRow[]> {
  const rows = await db
    .selectFrom("outreach_contacts as c")
    .innerJoin("outreach_contact_organisations as co", "co.contact_id", "c.id")
    .innerJoin("organisations as o", "o.id", "co.organisation_id")
    .select([
      "o.id",
      "o.name",
      sql<string>`to_char(min(c.occurred_on), 'YYYY-MM-DD')`.as("first_visit"),
      sql<number>`count(distinct c.id)::int`.as("visits"),
    ])
    .where("c.kind", "=", "visit")
    .where("o.kind", "in", [...VISITED_INSTITUTION_KINDS])
    .where(sql<boolean>`c.occurred_on between ${period.from}::date and ${period.to}::date`)
    .groupBy(["o.id", "o.name"])
    .orderBy("first_visit")
    .orderBy("o.name")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    label: row.name,
    href: `/organisationer/${row.id}`,
    at: row.first_visit,
    detail: `${row.visits} besøg`,
  }));
}

/** Open follow-ups due by `today`, all agents'. */
export async function countOpenFollowUpsDue(db: Db, today: string): Promise<number> {
  const row = await db
    .selectFrom("outreach_contacts")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("follow_up_done_at", "is", null)
    .where(sql<boolean>`follow_up_on <= ${today}::date`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
