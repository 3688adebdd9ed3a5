import { sql, type Insertable, type Updateable } from "kysely";
import type { Db } from "../../db/database.js";
import type { ProcessAgreementsTable, ProcessTasksTable, TestPlansTable } from "../../db/schema.js";
import { takesPart } from "./processes.repo.js";

type AgreementValues = Pick<
  Insertable<ProcessAgreementsTable>,
  "process_id" | "item" | "status" | "note" | "document_id" | "updated_by"
>;

/** Sets one agreement item (the row exists from the start, but an upsert keeps it safe). */
export async function upsertAgreement(db: Db, values: AgreementValues): Promise<void> {
  await db
    .insertInto("process_agreements")
    .values(values)
    .onConflict((oc) =>
      oc.columns(["process_id", "item"]).doUpdateSet({
        status: values.status,
        note: values.note,
        document_id: values.document_id,
        updated_by: values.updated_by,
        updated_at: new Date(),
      }),
    )
    .execute();
}

export function insertTask(db: Db, values: Insertable<ProcessTasksTable>) {
  return db.insertInto("process_tasks").values(values).returning("id").executeTakeFirstOrThrow();
}

export function findTask(db: Db, processId: string, taskId: string) {
  return db
    .selectFrom("process_tasks")
    .selectAll()
    .where("id", "=", taskId)
    .where("process_id", "=", processId)
    .executeTakeFirst();
}

export async function updateTaskRow(db: Db, taskId: string, values: Updateable<ProcessTasksTable>): Promise<void> {
  await db.updateTable("process_tasks").set(values).where("id", "=", taskId).execute();
}

export function insertTestPlan(db: Db, values: Insertable<TestPlansTable>) {
  return db.insertInto("test_plans").values(values).returning("id").executeTakeFirstOrThrow();
}

/** Open, not yet reminded tasks of active processes due on or before `horizon` (YYYY-MM-DD), with their owner. */
export function listTasksDueForReminder(db: Db, horizon: string) {
  return db
    .selectFrom("process_tasks as t")
    .innerJoin("processes as p", "p.id", "t.process_id")
    .leftJoin("users as u", (join) => join.onRef("u.id", "=", "t.owner_user_id").on("u.disabled_at", "is", null))
    .select([
      "t.id",
      "t.title",
      "t.due_on",
      "t.process_id",
      "p.title as process_title",
      "p.status",
      "u.id as user_id",
      "u.email",
      "u.language",
    ])
    .where("t.done_at", "is", null)
    .where("t.reminded_at", "is", null)
    .where(sql<boolean>`t.due_on <= ${horizon}::date`)
    .where("p.status", "=", "active")
    .execute();
}

export async function markTaskReminded(db: Db, taskId: string, at: Date): Promise<void> {
  await db.updateTable("process_tasks").set({ reminded_at: at }).where("id", "=", taskId).execute();
}

export async function clearTaskOwnerText(db: Db, name: string): Promise<void> {
  await db.updateTable("process_tasks").set({ owner_text: "" }).where("owner_text", "=", name).execute();
}

/**
 * Open tasks and milestones of active processes due on or before `until` (YYYY-MM-DD), soonest first;
 * with `organisationIds`, only in processes those organisations (or their units) take part in.
 */
/** `milestones`: only milestones (where a gate decision is due), only the other tasks, or both. */
export type DueKinds = "milestones" | "tasks" | "all";

export function listOpenTasksDueBy(
  db: Db,
  until: string,
  organisationIds: string[] | null,
  limit: number,
  kinds: DueKinds = "all",
) {
  let query = db
    .selectFrom("process_tasks as t")
    .innerJoin("processes as p", "p.id", "t.process_id")
    .select([
      "t.id",
      "t.kind",
      "t.title",
      sql<string>`to_char(t.due_on, 'YYYY-MM-DD')`.as("due_on"),
      "t.process_id",
      "p.title as process_title",
    ])
    .where("t.done_at", "is", null)
    .where("p.status", "=", "active")
    .where(sql<boolean>`t.due_on <= ${until}::date`);
  if (kinds !== "all") {
    query = query.where("t.kind", kinds === "milestones" ? "=" : "<>", "milestone");
  }
  if (organisationIds !== null) {
    query = query.where(takesPart(organisationIds));
  }
  return query.orderBy("t.due_on").orderBy("t.title").limit(limit).execute();
}
