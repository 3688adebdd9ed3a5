import { sql } from "kysely";
import type { Db } from "../../db/database.js";

/** All SQL for a person's data export (GDPR Art. 15/20). Each query reads only rows tied to the person. */

export function findAccount(db: Db, userId: string) {
  return db
    .selectFrom("users")
    .leftJoin("organisations", "organisations.id", "users.organisation_id")
    .select([
      "users.id",
      "users.email",
      "users.name",
      "users.role",
      "users.external_idp",
      "users.external_subject",
      "users.disabled_at",
      "users.erased_at",
      "users.last_login_at",
      "users.created_at",
      "users.password_hash",
      "organisations.id as organisation_id",
      "organisations.name as organisation_name",
      "organisations.kind as organisation_kind",
    ])
    .where("users.id", "=", userId)
    .executeTakeFirst();
}

export function listSessionsOf(db: Db, userId: string) {
  return db
    .selectFrom("sessions")
    .select(["created_at", "last_seen_at", "expires_at"])
    .where("user_id", "=", userId)
    .orderBy("created_at")
    .execute();
}

export function listInvitationsOf(db: Db, userId: string) {
  return db
    .selectFrom("invitations")
    .select(["created_at", "expires_at", "used_at"])
    .where("user_id", "=", userId)
    .orderBy("created_at")
    .execute();
}

export function listNotificationsOf(db: Db, userId: string) {
  return db
    .selectFrom("notifications")
    .select(["id", "kind", "title", "body", "link", "created_at", "read_at"])
    .where("user_id", "=", userId)
    .orderBy("created_at")
    .execute();
}

export function listNeedsCreatedBy(db: Db, userId: string) {
  return db
    .selectFrom("needs")
    .select(["id", "title", "status", "created_at"])
    .where("created_by", "=", userId)
    .orderBy("created_at")
    .execute();
}

export function listProcessesCreatedBy(db: Db, userId: string) {
  return db
    .selectFrom("processes")
    .select(["id", "title", "created_at"])
    .where("created_by", "=", userId)
    .orderBy("created_at")
    .execute();
}

export function listTasksOwnedBy(db: Db, userId: string) {
  return db
    .selectFrom("process_tasks")
    .select(["id", "process_id", "kind", "title", "due_on", "done_at"])
    .where("owner_user_id", "=", userId)
    .orderBy("created_at")
    .execute();
}

export function listGateDecisionsBy(db: Db, userId: string) {
  return db
    .selectFrom("process_gates")
    .select(["id", "process_id", "phase", "decision", "rationale", "decided_at"])
    .where("decided_by", "=", userId)
    .orderBy("decided_at")
    .execute();
}

/** Offers the person submitted: always their own company's, so nothing confidential of others. */
export function listOffersSubmittedBy(db: Db, userId: string) {
  return db
    .selectFrom("offers")
    .select(["id", "call_id", "company_id", "solution_text", "price_indication", "submitted_at", "updated_at"])
    .where("submitted_by", "=", userId)
    .orderBy("submitted_at")
    .execute();
}

/**
 * Market-dialogue entries the person recorded: when and what kind, not the summary (it may concern other companies).
 */
export function listDialogueRecordedBy(db: Db, userId: string) {
  return db
    .selectFrom("market_dialogue")
    .select(["id", "call_id", "kind", "occurred_at"])
    .where("recorded_by", "=", userId)
    .orderBy("occurred_at")
    .execute();
}

export function listBusinessCasesCreatedBy(db: Db, userId: string) {
  return db
    .selectFrom("business_cases")
    .select(["id", "title", "created_at"])
    .where("created_by", "=", userId)
    .orderBy("created_at")
    .execute();
}

export function listAssessmentsCreatedBy(db: Db, userId: string) {
  return db
    .selectFrom("assessments")
    .select(["id", "title", "opened_at"])
    .where("created_by", "=", userId)
    .orderBy("opened_at")
    .execute();
}

/** Questionnaire links sent to the person's e-mail, with their answers. */
export function listRespondentEntries(db: Db, email: string) {
  return db
    .selectFrom("assessment_respondents as r")
    .innerJoin("assessments as a", "a.id", "r.assessment_id")
    .select([
      "r.id",
      "r.assessment_id",
      "a.title as assessment_title",
      "r.audience",
      "r.name",
      "r.email",
      "r.language",
      "r.expires_at",
      "r.submitted_at",
      "r.created_at",
      (eb) =>
        eb
          .selectFrom("assessment_answers as x")
          .select(sql<Record<string, unknown> | null>`jsonb_object_agg(x.question_key, x.value)`.as("answers"))
          .whereRef("x.respondent_id", "=", "r.id")
          .as("answers"),
    ])
    .where((eb) => eb(eb.fn("lower", ["r.email"]), "=", email.toLowerCase()))
    .orderBy("r.created_at")
    .execute();
}

/** Organisations that list the person (by e-mail) as a contact person. */
export function listOrganisationsWithContact(db: Db, email: string) {
  return db
    .selectFrom("organisations")
    .select(["id", "name", "contact_persons"])
    .where(
      sql<boolean>`exists (select 1 from jsonb_array_elements(contact_persons) c
        where lower(c->>'email') = ${email.toLowerCase()})`,
    )
    .orderBy("name")
    .execute();
}

export function listMailsTo(db: Db, email: string) {
  return db
    .selectFrom("outbox")
    .select(["id", "subject", "created_at", "sent_at"])
    .where((eb) => eb(eb.fn("lower", ["recipient"]), "=", email.toLowerCase()))
    .orderBy("created_at")
    .execute();
}
