import { sql } from "kysely";
import type { AnswerPatch, AnswerSet, AnswerValue } from "../../../domain/questionnaire/index.js";
import type { Db } from "../../db/database.js";

const respondentColumns = [
  "r.id",
  "r.assessment_id",
  "r.audience",
  "r.name",
  "r.email",
  "r.language",
  "r.expires_at",
  "r.submitted_at",
  "r.last_saved_at",
  "r.created_at",
  "r.erased_at",
] as const;

export async function insertRespondent(
  db: Db,
  values: {
    assessmentId: string;
    audience: string;
    name: string;
    email: string | null;
    language: "da" | "en";
    tokenHash: string;
    expiresAt: Date;
    createdBy: string | null;
  },
): Promise<string> {
  const row = await db
    .insertInto("assessment_respondents")
    .values({
      assessment_id: values.assessmentId,
      audience: values.audience,
      name: values.name,
      email: values.email,
      language: values.language,
      token_hash: values.tokenHash,
      expires_at: values.expiresAt,
      created_by: values.createdBy,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listRespondents(db: Db, assessmentId: string) {
  return db
    .selectFrom("assessment_respondents as r")
    .select(respondentColumns)
    .where("r.assessment_id", "=", assessmentId)
    .orderBy("r.audience")
    .orderBy("r.created_at")
    .execute();
}

export type RespondentRow = Awaited<ReturnType<typeof listRespondents>>[number];

export async function findRespondent(db: Db, id: string): Promise<RespondentRow | undefined> {
  return db
    .selectFrom("assessment_respondents as r")
    .select(respondentColumns)
    .where("r.id", "=", id)
    .executeTakeFirst();
}

/** The respondent behind a link, with what their form needs: the assessment and its template. */
export async function findRespondentByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom("assessment_respondents as r")
    .innerJoin("assessments as a", "a.id", "r.assessment_id")
    .innerJoin("organisations as o", "o.id", "a.organisation_id")
    .select(respondentColumns)
    .select([
      "a.title as assessment_title",
      "a.status as assessment_status",
      "a.template_id",
      "o.name as organisation_name",
    ])
    .where("r.token_hash", "=", tokenHash)
    .executeTakeFirst();
}

export type LinkedRespondentRow = NonNullable<Awaited<ReturnType<typeof findRespondentByTokenHash>>>;

/** Locks the respondent's row so a double submit or two saves at once happen one after the other. */
export async function lockRespondent(db: Db, id: string): Promise<{ submitted_at: Date | null } | undefined> {
  return db
    .selectFrom("assessment_respondents")
    .select(["submitted_at"])
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
}

/** Locks a respondent of the assessment for erasure; undefined when it is not one of its respondents. */
export async function lockRespondentOf(db: Db, assessmentId: string, id: string) {
  return db
    .selectFrom("assessment_respondents")
    .select(["id", "audience", "email", "submitted_at", "erased_at"])
    .where("id", "=", id)
    .where("assessment_id", "=", assessmentId)
    .forUpdate()
    .executeTakeFirst();
}

/** Draft answers never counted: they go with the person. Returns how many were deleted. */
export async function deleteAnswers(db: Db, respondentId: string): Promise<number> {
  const result = await db.deleteFrom("assessment_answers").where("respondent_id", "=", respondentId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function countAnswers(db: Db, respondentId: string): Promise<number> {
  const row = await db
    .selectFrom("assessment_answers")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("respondent_id", "=", respondentId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The invitations e-mailed to the respondent for this assessment (their address, their name, their link). */
export async function deleteInvitationMails(db: Db, email: string, subjects: string[]): Promise<number> {
  const result = await db
    .deleteFrom("outbox")
    .where("recipient", "=", email)
    .where("subject", "in", subjects)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Name, e-mail and link erased: the token is replaced by one nobody has, and the link expires now. */
export async function eraseRespondentRow(db: Db, id: string, unusableTokenHash: string, erasedAt: Date): Promise<void> {
  await db
    .updateTable("assessment_respondents")
    .set({ name: "", email: null, token_hash: unusableTokenHash, expires_at: erasedAt, erased_at: erasedAt })
    .where("id", "=", id)
    .execute();
}

export async function replaceToken(db: Db, id: string, tokenHash: string, expiresAt: Date): Promise<void> {
  await db
    .updateTable("assessment_respondents")
    .set({ token_hash: tokenHash, expires_at: expiresAt })
    .where("id", "=", id)
    .execute();
}

export async function loadAnswers(db: Db, respondentId: string): Promise<AnswerSet> {
  const rows = await db
    .selectFrom("assessment_answers")
    .select(["question_key", "value"])
    .where("respondent_id", "=", respondentId)
    .execute();
  return Object.fromEntries(rows.map((row) => [row.question_key, row.value as AnswerValue]));
}

/** Saves a patch: a value is written (insert or replace), `null` removes the answer. */
export async function saveAnswers(db: Db, respondentId: string, patch: AnswerPatch): Promise<void> {
  const now = new Date();
  const cleared = Object.entries(patch)
    .filter(([, value]) => value === null)
    .map(([key]) => key);
  const written = Object.entries(patch).filter((entry): entry is [string, AnswerValue] => entry[1] !== null);
  if (cleared.length > 0) {
    await db
      .deleteFrom("assessment_answers")
      .where("respondent_id", "=", respondentId)
      .where("question_key", "in", cleared)
      .execute();
  }
  if (written.length > 0) {
    await db
      .insertInto("assessment_answers")
      .values(
        written.map(([key, value]) => ({
          respondent_id: respondentId,
          question_key: key,
          value: JSON.stringify(value),
          updated_at: now,
        })),
      )
      .onConflict((conflict) =>
        conflict
          .columns(["respondent_id", "question_key"])
          .doUpdateSet((eb) => ({ value: eb.ref("excluded.value"), updated_at: now })),
      )
      .execute();
  }
  await db.updateTable("assessment_respondents").set({ last_saved_at: now }).where("id", "=", respondentId).execute();
}

export async function markSubmitted(db: Db, respondentId: string): Promise<Date> {
  const row = await db
    .updateTable("assessment_respondents")
    .set({ submitted_at: new Date() })
    .where("id", "=", respondentId)
    .returning("submitted_at")
    .executeTakeFirstOrThrow();
  return row.submitted_at as Date;
}

/** Every submitted respondent of an assessment with their answers (drafts never count). */
export async function listSubmittedResponses(db: Db, assessmentId: string) {
  const rows = await db
    .selectFrom("assessment_respondents as r")
    .leftJoin("assessment_answers as x", "x.respondent_id", "r.id")
    .select(["r.id", "r.audience", "r.language", "r.submitted_at", "x.question_key", "x.value"])
    .where("r.assessment_id", "=", assessmentId)
    .where("r.submitted_at", "is not", null)
    .orderBy("r.submitted_at")
    .orderBy("r.id")
    .execute();
  const responses = new Map<
    string,
    { id: string; audience: string; language: string; submittedAt: Date; answers: AnswerSet }
  >();
  for (const row of rows) {
    const response = responses.get(row.id) ?? {
      id: row.id,
      audience: row.audience,
      language: row.language,
      submittedAt: row.submitted_at as Date,
      answers: {},
    };
    if (row.question_key !== null) {
      response.answers[row.question_key] = row.value as AnswerValue;
    }
    responses.set(row.id, response);
  }
  return [...responses.values()];
}

/** Questionnaire links sent to an e-mail address: name and e-mail replaced, link closed; the answers stay, unlinked. */
export async function anonymiseRespondentsByEmail(db: Db, email: string, pseudonym: string): Promise<number> {
  const result = await db
    .updateTable("assessment_respondents")
    .set({ name: pseudonym, email: null, expires_at: sql<Date>`least(expires_at, now())` })
    .where((eb) => eb(eb.fn("lower", ["email"]), "=", email.toLowerCase()))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
