import { sql, type Insertable, type Selectable, type Updateable } from "kysely";
import type { Db } from "../../db/database.js";
import type { SeminarOutcomesTable, SeminarRegistrationsTable, SeminarsTable } from "../../db/schema.js";
import type { EvidenceRow, MeasurePeriod } from "../../platform/measures.js";

export type SeminarRow = Selectable<SeminarsTable>;
export type RegistrationDbRow = Selectable<SeminarRegistrationsTable>;

// seminars

export async function insertSeminar(db: Db, values: Insertable<SeminarsTable>): Promise<string> {
  const row = await db.insertInto("seminars").values(values).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

export async function updateSeminarRow(db: Db, id: string, values: Updateable<SeminarsTable>): Promise<void> {
  await db
    .updateTable("seminars")
    .set({ ...values, updated_at: new Date() })
    .where("id", "=", id)
    .execute();
}

export function findSeminar(db: Db, id: string) {
  return db.selectFrom("seminars").selectAll().where("id", "=", id).executeTakeFirst();
}

/**
 * The seminar's row lock: every decision about its places (register, cancel, promote, capacity) takes it
 * first, so concurrent registrations are decided one at a time on PGlite and PostgreSQL alike.
 */
export function lockSeminar(db: Db, id: string) {
  return db.selectFrom("seminars").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export function listSeminarRows(db: Db, options: { publishedOnly: boolean }) {
  let query = db.selectFrom("seminars").selectAll();
  if (options.publishedOnly) {
    query = query.where("status", "in", ["published", "held", "closed"]);
  }
  return query.orderBy("starts_at", "asc").execute();
}

export function listUpcomingPublished(db: Db) {
  return db.selectFrom("seminars").selectAll().where("status", "in", ["published", "cancelled", "held"]).execute();
}

export async function replaceAgenda(
  db: Db,
  seminarId: string,
  items: { startsAt: string; durationMinutes: number; title: string; speaker: string; isPitchSlot: boolean }[],
): Promise<void> {
  await db.deleteFrom("seminar_agenda_items").where("seminar_id", "=", seminarId).execute();
  if (items.length > 0) {
    await db
      .insertInto("seminar_agenda_items")
      .values(
        items.map((item, position) => ({
          seminar_id: seminarId,
          position,
          starts_at: item.startsAt,
          duration_minutes: item.durationMinutes,
          title: item.title,
          speaker: item.speaker,
          is_pitch_slot: item.isPitchSlot,
        })),
      )
      .execute();
  }
}

export function listAgenda(db: Db, seminarId: string) {
  return db
    .selectFrom("seminar_agenda_items")
    .selectAll()
    .where("seminar_id", "=", seminarId)
    .orderBy("position")
    .execute();
}

export async function replaceSeminarNeeds(db: Db, seminarId: string, needIds: string[]): Promise<void> {
  await db.deleteFrom("seminar_needs").where("seminar_id", "=", seminarId).execute();
  if (needIds.length > 0) {
    await db
      .insertInto("seminar_needs")
      .values([...new Set(needIds)].map((needId) => ({ seminar_id: seminarId, need_id: needId })))
      .execute();
  }
}

export function listLinkedNeeds(db: Db, seminarId: string) {
  return db
    .selectFrom("seminar_needs")
    .innerJoin("needs", "needs.id", "seminar_needs.need_id")
    .select(["needs.id", "needs.title"])
    .where("seminar_needs.seminar_id", "=", seminarId)
    .orderBy("needs.title")
    .execute();
}

export async function countKnownNeeds(db: Db, ids: string[]): Promise<number> {
  if (ids.length === 0) {
    return 0;
  }
  const row = await db
    .selectFrom("needs")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("id", "in", ids)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

// registrations

/** Registrations holding a place, per side, and how many of those came through an invitation. */
export async function countPlacesBySide(db: Db, seminarIds: string[]) {
  if (seminarIds.length === 0) {
    return [];
  }
  const rows = await db
    .selectFrom("seminar_registrations")
    .select((eb) => [
      "seminar_id",
      "side",
      eb.fn.countAll<string>().as("taken"),
      eb.fn.count<string>("invitation_id").as("invited_taken"),
    ])
    .where("seminar_id", "in", seminarIds)
    .where("status", "in", ["registered", "offered", "attended"])
    .groupBy(["seminar_id", "side"])
    .execute();
  return rows.map((row) => ({
    seminarId: row.seminar_id,
    side: row.side,
    taken: Number(row.taken),
    invitedTaken: Number(row.invited_taken),
  }));
}

/** A side's wait list, first come first. */
export function listWaitlist(db: Db, seminarId: string, side: string) {
  return db
    .selectFrom("seminar_registrations")
    .select(["id", "invitation_id"])
    .where("seminar_id", "=", seminarId)
    .where("side", "=", side)
    .where("status", "=", "waitlisted")
    .orderBy("queue_no")
    .execute();
}

export function findLiveRegistrationByEmail(db: Db, seminarId: string, email: string) {
  return db
    .selectFrom("seminar_registrations")
    .selectAll()
    .where("seminar_id", "=", seminarId)
    .where((eb) => eb(eb.fn("lower", ["email"]), "=", email.toLowerCase()))
    .where("status", "<>", "cancelled")
    .executeTakeFirst();
}

export async function insertRegistration(db: Db, values: Insertable<SeminarRegistrationsTable>): Promise<string> {
  const row = await db.insertInto("seminar_registrations").values(values).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

export function findRegistration(db: Db, id: string) {
  return db.selectFrom("seminar_registrations").selectAll().where("id", "=", id).executeTakeFirst();
}

export function findRegistrationByTokenHash(db: Db, tokenHash: string) {
  return db.selectFrom("seminar_registrations").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
}

/**
 * Changes a registration only when it still has the status the caller decided on: a job or a second
 * instance that already moved it changes nothing (the number of rows says whether this call did).
 */
export async function updateRegistrationIf(
  db: Db,
  id: string,
  expectedStatus: string,
  values: Updateable<SeminarRegistrationsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable("seminar_registrations")
    .set({ ...values, updated_at: new Date() })
    .where("id", "=", id)
    .where("status", "=", expectedStatus)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function listRegistrationRows(db: Db, seminarId: string) {
  return db
    .selectFrom("seminar_registrations")
    .selectAll()
    .where("seminar_id", "=", seminarId)
    .orderBy("queue_no")
    .execute();
}

export function listConsentingParticipants(db: Db, seminarId: string) {
  return db
    .selectFrom("seminar_registrations")
    .select(["name", "organisation_name", "side"])
    .where("seminar_id", "=", seminarId)
    .where("consent_to_list", "=", true)
    .where("status", "in", ["registered", "attended"])
    .orderBy("name")
    .execute();
}

/** Offers whose claim window has passed (at the exact instant it has). */
export function listLapsedOffers(db: Db, now: Date) {
  return db
    .selectFrom("seminar_registrations")
    .select(["id", "seminar_id", "side"])
    .where("status", "=", "offered")
    .where("offer_expires_at", "<=", now)
    .orderBy("offer_expires_at")
    .execute();
}

/** People with a place in a published seminar starting within `hours`, not yet reminded. */
export function listDueReminders(db: Db, now: Date, hours: number) {
  return db
    .selectFrom("seminar_registrations")
    .innerJoin("seminars", "seminars.id", "seminar_registrations.seminar_id")
    .selectAll("seminar_registrations")
    .where("seminars.status", "=", "published")
    .where("seminars.starts_at", ">", now)
    .where("seminars.starts_at", "<=", new Date(now.getTime() + hours * 3_600_000))
    .where("seminar_registrations.status", "=", "registered")
    .where("seminar_registrations.reminded_at", "is", null)
    .where("seminar_registrations.email", "<>", "")
    .execute();
}

/** Claims the reminder for one registration: only the first caller (instance) gets true. */
export async function markReminded(db: Db, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("seminar_registrations")
    .set({ reminded_at: now })
    .where("id", "=", id)
    .where("reminded_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes registrations of people who did not attend seminars that ended before `endedBefore`. */
export async function deleteNonAttendeesBefore(db: Db, endedBefore: Date): Promise<number> {
  const result = await db
    .deleteFrom("seminar_registrations")
    .where("status", "<>", "attended")
    .where("seminar_id", "in", (eb) => eb.selectFrom("seminars").select("id").where("ends_at", "<", endedBefore))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export function listRegistrationsOfEmail(db: Db, email: string) {
  return db
    .selectFrom("seminar_registrations")
    .innerJoin("seminars", "seminars.id", "seminar_registrations.seminar_id")
    .select([
      "seminar_registrations.id",
      "seminar_registrations.seminar_id",
      "seminars.title as seminar_title",
      "seminar_registrations.name",
      "seminar_registrations.email",
      "seminar_registrations.side",
      "seminar_registrations.organisation_name",
      "seminar_registrations.status",
      "seminar_registrations.consent_to_list",
      "seminar_registrations.created_at",
      "seminar_registrations.checked_in_at",
    ])
    .where((eb) => eb(eb.fn("lower", ["seminar_registrations.email"]), "=", email.toLowerCase()))
    .orderBy("seminar_registrations.created_at")
    .execute();
}

/** Erasure: the registrations lose name and e-mail (attendance still counts), and their links die. */
export async function anonymiseRegistrationsOf(db: Db, email: string, pseudonym: string): Promise<number> {
  const result = await db
    .updateTable("seminar_registrations")
    .set({ name: pseudonym, email: "", token_hash: null, consent_to_list: false, user_id: null })
    .where((eb) => eb(eb.fn("lower", ["email"]), "=", email.toLowerCase()))
    .executeTakeFirst();
  await db
    .updateTable("seminar_invitations")
    .set({ name: pseudonym, email: "" })
    .where((eb) => eb(eb.fn("lower", ["email"]), "=", email.toLowerCase()))
    .execute();
  return Number(result.numUpdatedRows);
}

// invitations

export async function insertInvitation(
  db: Db,
  values: {
    seminar_id: string;
    name: string;
    email: string;
    side: string;
    organisation_id: string | null;
    token_hash: string;
    invited_by: string;
  },
): Promise<string> {
  const row = await db.insertInto("seminar_invitations").values(values).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

/** Invitations with the organisation's name and the state of the registration made through each (the latest). */
export function listInvitationRows(db: Db, seminarId: string) {
  return db
    .selectFrom("seminar_invitations as i")
    .leftJoin("organisations as o", "o.id", "i.organisation_id")
    .selectAll("i")
    .select("o.name as organisation_name")
    .select((eb) =>
      eb
        .selectFrom("seminar_registrations as r")
        .select("r.status")
        .whereRef("r.invitation_id", "=", "i.id")
        .orderBy("r.created_at", "desc")
        .limit(1)
        .as("registration_status"),
    )
    .where("i.seminar_id", "=", seminarId)
    .orderBy("i.sent_at")
    .orderBy("i.id")
    .execute();
}

export function findInvitationByTokenHash(db: Db, tokenHash: string) {
  return db.selectFrom("seminar_invitations").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
}

export async function setInvitationStatus(db: Db, id: string, status: "accepted" | "declined"): Promise<void> {
  await db.updateTable("seminar_invitations").set({ status, responded_at: new Date() }).where("id", "=", id).execute();
}

// outcomes

export async function insertOutcome(db: Db, values: Insertable<SeminarOutcomesTable>): Promise<string> {
  const row = await db.insertInto("seminar_outcomes").values(values).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

export function findOutcome(db: Db, id: string) {
  return db.selectFrom("seminar_outcomes").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Links an idea to the need it became, once: a second call changes nothing. */
export async function linkOutcomeNeed(db: Db, id: string, needId: string): Promise<boolean> {
  const result = await db
    .updateTable("seminar_outcomes")
    .set({ need_id: needId, kind: "need" })
    .where("id", "=", id)
    .where("need_id", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function listOutcomeRows(db: Db, seminarId: string) {
  return db
    .selectFrom("seminar_outcomes")
    .leftJoin("organisations as company", "company.id", "seminar_outcomes.company_id")
    .leftJoin("organisations as institution", "institution.id", "seminar_outcomes.institution_id")
    .leftJoin("needs", "needs.id", "seminar_outcomes.need_id")
    .select([
      "seminar_outcomes.id",
      "seminar_outcomes.kind",
      "seminar_outcomes.text",
      "seminar_outcomes.company_id",
      "company.name as company_name",
      "seminar_outcomes.institution_id",
      "institution.name as institution_name",
      "seminar_outcomes.need_id",
      "needs.title as need_title",
      "seminar_outcomes.created_at",
    ])
    .where("seminar_outcomes.seminar_id", "=", seminarId)
    .orderBy("seminar_outcomes.created_at")
    .execute();
}

export type OutcomeDbRow = Awaited<ReturnType<typeof listOutcomeRows>>[number];

export function findOrganisationBrief(db: Db, id: string) {
  return db.selectFrom("organisations").select(["id", "name", "kind"]).where("id", "=", id).executeTakeFirst();
}

// the trail: seminar → needs → processes

export function listTrailNeeds(db: Db, seminarId: string) {
  return db
    .selectFrom("needs")
    .innerJoin("organisations", "organisations.id", "needs.owner_organisation_id")
    .select(["needs.id", "needs.title", "needs.status", "organisations.name as owner_name"])
    .where("needs.origin_seminar_id", "=", seminarId)
    .orderBy("needs.created_at")
    .execute();
}

export async function listTrailProcesses(db: Db, needIds: string[]) {
  if (needIds.length === 0) {
    return [];
  }
  return db
    .selectFrom("process_needs")
    .innerJoin("processes", "processes.id", "process_needs.process_id")
    .select(["process_needs.need_id", "processes.id", "processes.title", "processes.phase", "processes.status"])
    .where("process_needs.need_id", "in", needIds)
    .orderBy("processes.created_at")
    .execute();
}

// the programme measure

/** Seminars held in the period (held or closed, ended within it): one evidence row each. */
export async function listSeminarsHeld(db: Db, period: MeasurePeriod): Promise<EvidenceRow[]> {
  const rows = await db
    .selectFrom("seminars")
    .select(["id", "title", "ends_at"])
    .select((eb) =>
      eb
        .selectFrom("seminar_registrations")
        .select((inner) => inner.fn.countAll<string>().as("count"))
        .whereRef("seminar_registrations.seminar_id", "=", "seminars.id")
        .where("seminar_registrations.status", "=", "attended")
        .as("attended"),
    )
    .where("status", "in", ["held", "closed"])
    .where(sql<boolean>`ends_at::date between ${period.from}::date and ${period.to}::date`)
    .orderBy("ends_at")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    label: row.title,
    href: `/seminarer/${row.id}`,
    at: row.ends_at.toISOString().slice(0, 10),
    detail: `${Number(row.attended ?? 0)} deltagere`,
  }));
}

/** Organisations of one kind registered for (or attending) a seminar, for the equal-treatment record. */
export function listRegisteredOrganisations(db: Db, seminarId: string, kinds: string[]) {
  return db
    .selectFrom("seminar_registrations")
    .innerJoin("organisations", "organisations.id", "seminar_registrations.organisation_id")
    .select(["organisations.id", "organisations.name"])
    .distinct()
    .where("seminar_registrations.seminar_id", "=", seminarId)
    .where("seminar_registrations.status", "in", ["registered", "attended", "offered"])
    .where("organisations.kind", "in", kinds)
    .orderBy("organisations.name")
    .execute();
}

/** The owners of the needs a seminar is about (its theme), who may give material at it. */
export function listLinkedNeedOwners(db: Db, seminarId: string) {
  return db
    .selectFrom("seminar_needs")
    .innerJoin("needs", "needs.id", "seminar_needs.need_id")
    .innerJoin("organisations", "organisations.id", "needs.owner_organisation_id")
    .select(["organisations.id", "organisations.name"])
    .distinct()
    .where("seminar_needs.seminar_id", "=", seminarId)
    .orderBy("organisations.name")
    .execute();
}

/** Seminars around some needs: about them (theme) or where they came from (origin). */
export async function listSeminarIdsForNeeds(db: Db, needIds: string[]): Promise<string[]> {
  if (needIds.length === 0) {
    return [];
  }
  const [linked, origins] = await Promise.all([
    db.selectFrom("seminar_needs").select("seminar_id").where("need_id", "in", needIds).execute(),
    db
      .selectFrom("needs")
      .select("origin_seminar_id")
      .where("id", "in", needIds)
      .where("origin_seminar_id", "is not", null)
      .execute(),
  ]);
  return [
    ...new Set([...linked.map((row) => row.seminar_id), ...origins.map((row) => row.origin_seminar_id as string)]),
  ];
}
