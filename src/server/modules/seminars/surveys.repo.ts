import { sql } from "kysely";
import type { Db } from "../../db/database.js";
import type { EvidenceRow, MeasurePeriod } from "../../platform/measures.js";

// registration questions and answers

export async function findQuestionnaireDefinition(db: Db, seminarId: string): Promise<unknown> {
  const row = await db
    .selectFrom("seminar_questionnaires")
    .select("definition")
    .where("seminar_id", "=", seminarId)
    .executeTakeFirst();
  return row?.definition ?? null;
}

export async function saveQuestionnaireDefinition(db: Db, seminarId: string, definition: unknown): Promise<void> {
  if (definition === null) {
    await db.deleteFrom("seminar_questionnaires").where("seminar_id", "=", seminarId).execute();
    return;
  }
  const json = JSON.stringify(definition);
  await db
    .insertInto("seminar_questionnaires")
    .values({ seminar_id: seminarId, definition: json })
    .onConflict((oc) => oc.column("seminar_id").doUpdateSet({ definition: json, updated_at: new Date() }))
    .execute();
}

export async function insertRegistrationAnswers(
  db: Db,
  registrationId: string,
  answers: Record<string, unknown>,
): Promise<void> {
  await db
    .insertInto("seminar_registration_answers")
    .values({ registration_id: registrationId, answers: JSON.stringify(answers) })
    .execute();
}

/** The answers of the given registrations, by registration id. */
export async function listRegistrationAnswers(
  db: Db,
  registrationIds: string[],
): Promise<Map<string, Record<string, unknown>>> {
  if (registrationIds.length === 0) {
    return new Map();
  }
  const rows = await db
    .selectFrom("seminar_registration_answers")
    .selectAll()
    .where("registration_id", "in", registrationIds)
    .execute();
  return new Map(rows.map((row) => [row.registration_id, row.answers]));
}

/** Erasure: the answers a person gave when registering go with their name. */
export async function deleteRegistrationAnswersOfEmail(db: Db, email: string): Promise<number> {
  const result = await db
    .deleteFrom("seminar_registration_answers")
    .where("registration_id", "in", (eb) =>
      eb
        .selectFrom("seminar_registrations")
        .select("id")
        .where((inner) => inner(inner.fn("lower", ["email"]), "=", email.toLowerCase())),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

// surveys

/** Seminars that may have a survey due: held, closed or published, ended after `endedAfter`. */
export function listSurveySeminars(db: Db, endedAfter: Date, endedBefore: Date) {
  return db
    .selectFrom("seminars")
    .select(["id", "title", "status", "starts_at", "ends_at"])
    .where("status", "in", ["published", "held", "closed"])
    .where("ends_at", ">", endedAfter)
    .where("ends_at", "<=", endedBefore)
    .orderBy("ends_at")
    .execute();
}

/** A seminar's registrations with whether this survey was sent to them. */
export function listSurveyCandidates(db: Db, seminarId: string, kind: string) {
  return db
    .selectFrom("seminar_registrations")
    .leftJoin("seminar_survey_links", (join) =>
      join
        .onRef("seminar_survey_links.registration_id", "=", "seminar_registrations.id")
        .on("seminar_survey_links.kind", "=", kind),
    )
    .select([
      "seminar_registrations.id",
      "seminar_registrations.status",
      "seminar_registrations.email",
      "seminar_registrations.language",
      "seminar_survey_links.id as link_id",
    ])
    .where("seminar_registrations.seminar_id", "=", seminarId)
    .orderBy("seminar_registrations.queue_no")
    .execute();
}

/** Claims the survey for one registration: only the first caller (instance) gets true. */
export async function insertSurveyLink(
  db: Db,
  values: { seminar_id: string; registration_id: string; kind: string; token_hash: string; sent_at: Date },
): Promise<boolean> {
  const row = await db
    .insertInto("seminar_survey_links")
    .values(values)
    .onConflict((oc) => oc.columns(["registration_id", "kind"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

export function findSurveyLinkByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom("seminar_survey_links")
    .innerJoin("seminars", "seminars.id", "seminar_survey_links.seminar_id")
    .select([
      "seminar_survey_links.id",
      "seminar_survey_links.seminar_id",
      "seminar_survey_links.kind",
      "seminar_survey_links.answered_at",
      "seminars.title",
      "seminars.starts_at",
    ])
    .where("seminar_survey_links.token_hash", "=", tokenHash)
    .executeTakeFirst();
}

/** Marks the link answered, once: a second answer (or a concurrent one) gets false. */
export async function markSurveyAnswered(db: Db, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("seminar_survey_links")
    .set({ answered_at: now })
    .where("id", "=", id)
    .where("answered_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The answers, with no reference to the link or the person. */
export async function insertSurveyResponse(
  db: Db,
  values: { seminar_id: string; kind: string; answers: Record<string, unknown>; created_at: Date },
): Promise<void> {
  await db
    .insertInto("seminar_survey_responses")
    .values({ ...values, answers: JSON.stringify(values.answers) })
    .execute();
}

export async function listSurveyResponses(db: Db, seminarId: string, kind: string) {
  const rows = await db
    .selectFrom("seminar_survey_responses")
    .select("answers")
    .where("seminar_id", "=", seminarId)
    .where("kind", "=", kind)
    .orderBy("created_at")
    .execute();
  return rows.map((row) => row.answers);
}

export async function countSurveyLinks(db: Db, seminarId: string, kind: string): Promise<number> {
  const row = await db
    .selectFrom("seminar_survey_links")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("seminar_id", "=", seminarId)
    .where("kind", "=", kind)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

// the programme measure

/** Follow-up answers «cooperation agreed» given in the period: one evidence row each, on its seminar. */
export async function listFollowUpCooperations(db: Db, period: MeasurePeriod): Promise<EvidenceRow[]> {
  const rows = await db
    .selectFrom("seminar_survey_responses")
    .innerJoin("seminars", "seminars.id", "seminar_survey_responses.seminar_id")
    .select([
      "seminar_survey_responses.id",
      "seminar_survey_responses.answers",
      "seminar_survey_responses.created_at",
      "seminars.id as seminar_id",
      "seminars.title",
    ])
    .where("seminar_survey_responses.kind", "=", "follow_up")
    .where(sql<boolean>`seminar_survey_responses.answers->>'outcome' = 'cooperation_agreed'`)
    .where(sql<boolean>`seminar_survey_responses.created_at::date between ${period.from}::date and ${period.to}::date`)
    .orderBy("seminar_survey_responses.created_at")
    .execute();
  return rows.map((row) => {
    const organisation = typeof row.answers.organisation === "string" ? row.answers.organisation : "";
    return {
      id: row.id,
      label: row.title,
      href: `/seminarer/${row.seminar_id}`,
      at: row.created_at.toISOString().slice(0, 10),
      detail: organisation ? `Samarbejde aftalt med ${organisation}` : "Samarbejde aftalt",
    };
  });
}
