import type { Insertable } from "kysely";
import type { Db } from "../db/database.js";
import type { CompetencesTable, DB, OpenCallsTable, ProcessesTable, UsersTable } from "../db/schema.js";

/**
 * The demo and reference data's own SQL: bulk rows written in one statement, for tables whose
 * modules have no create function that fits a seed (past dates, many rows at once, fixed outcomes).
 */
export async function insertSeedRows<T extends keyof DB & string>(
  db: Db,
  table: T,
  rows: ReadonlyArray<Insertable<DB[T]>>,
  options: { ignoreConflicts?: boolean } = {},
): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  const insert = db.insertInto(table).values(rows as Insertable<DB[T]>[]);
  await (options.ignoreConflicts ? insert.onConflict((oc) => oc.doNothing()) : insert).execute();
}

export function insertSeedProcesses(db: Db, rows: Insertable<ProcessesTable>[]) {
  return db.insertInto("processes").values(rows).returning("id").execute();
}

export function insertSeedCalls(db: Db, rows: Insertable<OpenCallsTable>[]) {
  return db.insertInto("open_calls").values(rows).returning("id").execute();
}

export function insertSeedCompetences(db: Db, rows: Insertable<CompetencesTable>[]) {
  return db.insertInto("competences").values(rows).returning(["id", "slug"]).execute();
}

export function insertSeedUsers(db: Db, rows: Insertable<UsersTable>[]) {
  return db.insertInto("users").values(rows).returning(["id", "email"]).execute();
}

/** Whether a table already holds data, so a seed runs once. */
export async function hasSeedRows(
  db: Db,
  table: "organisations" | "assessments" | "funding_programmes",
): Promise<boolean> {
  const row = await db.selectFrom(table).select("id").limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function countMunicipalities(db: Db): Promise<number> {
  const row = await db
    .selectFrom("municipalities")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export function findTemplateIdByKey(db: Db, key: string) {
  return db.selectFrom("questionnaire_templates").select("id").where("key", "=", key).limit(1).executeTakeFirst();
}

export function listOrganisationIdsByName(db: Db, names: string[]) {
  return db.selectFrom("organisations").select(["id", "name"]).where("name", "in", names).execute();
}

export function findUserIdByEmail(db: Db, email: string) {
  return db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst();
}

export function findBusinessCaseIdByTitle(db: Db, title: string) {
  return db.selectFrom("business_cases").select("id").where("title", "=", title).executeTakeFirst();
}

export function listProcessTitles(db: Db, ids: string[]) {
  return db.selectFrom("processes").select(["id", "title", "kind", "created_at"]).where("id", "in", ids).execute();
}

/** Dates a demo respondent's submission in the past, as if it had been sent then. */
export async function backdateRespondentSubmission(db: Db, respondentId: string, at: Date): Promise<void> {
  await db
    .updateTable("assessment_respondents")
    .set({ submitted_at: at, last_saved_at: at })
    .where("id", "=", respondentId)
    .execute();
}

/** Dates a demo assessment's run in the past. */
export async function backdateAssessment(db: Db, id: string, openedAt: Date, closedAt: Date): Promise<void> {
  await db.updateTable("assessments").set({ opened_at: openedAt, closed_at: closedAt }).where("id", "=", id).execute();
}

export async function findProcessIdByTitle(db: Db, title: string): Promise<string | undefined> {
  return (await db.selectFrom("processes").select("id").where("title", "=", title).executeTakeFirst())?.id;
}

export async function findCallIdByTitle(db: Db, title: string): Promise<string | undefined> {
  return (await db.selectFrom("open_calls").select("id").where("title", "=", title).executeTakeFirst())?.id;
}

/** The demo trail: the lift need came out of the forflytning seminar. */
export async function setSeedNeedOriginSeminar(db: Db, needId: string, seminarId: string): Promise<void> {
  await db.updateTable("needs").set({ origin_seminar_id: seminarId }).where("id", "=", needId).execute();
}

/** Dates a demo row's creation in the past (and its last change with it), as if it had been written then. */
export async function backdateSeedRow(
  db: Db,
  table: "needs" | "processes",
  id: string,
  createdAt: Date,
  updatedAt: Date = createdAt,
): Promise<void> {
  await db.updateTable(table).set({ created_at: createdAt, updated_at: updatedAt }).where("id", "=", id).execute();
}
