import { jsonArrayFrom } from "kysely/helpers/postgres";
import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type Insertable,
  type RawBuilder,
  type SqlBool,
  type Updateable,
} from "kysely";
import type { GateDecision, Phase, ProcessStatus } from "../../../domain/process/phases.js";
import { IMPLEMENTATION_KINDS, type ProcessQuery } from "../../../domain/process/schemas.js";
import type { Db } from "../../db/database.js";
import type { DB, ProcessDocumentsTable, ProcessesTable } from "../../db/schema.js";

export function findProcess(db: Db, id: string) {
  return db.selectFrom("processes").selectAll().where("id", "=", id).executeTakeFirst();
}

export type ProcessRow = NonNullable<Awaited<ReturnType<typeof findProcess>>>;

export function listParticipants(db: Db, processIds: string[]) {
  if (processIds.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .selectFrom("process_participants as pp")
    .innerJoin("organisations as o", "o.id", "pp.organisation_id")
    .select(["pp.process_id", "pp.organisation_id", "pp.role", "o.name", "o.kind", "o.parent_id"])
    .where("pp.process_id", "in", processIds)
    .orderBy("pp.added_at")
    .execute();
}

export type ParticipantRow = Awaited<ReturnType<typeof listParticipants>>[number];

export function listProcessNeeds(db: Db, processId: string) {
  return db
    .selectFrom("process_needs as pn")
    .innerJoin("needs as n", "n.id", "pn.need_id")
    .innerJoin("organisations as o", "o.id", "n.owner_organisation_id")
    .select([
      "n.id",
      "n.title",
      "n.status",
      "n.owner_organisation_id",
      "o.name as owner_name",
      "o.parent_id as owner_parent_id",
    ])
    .where("pn.process_id", "=", processId)
    .execute();
}

/**
 * A process `p` one of the organisations (or a unit under one) takes part in; none for no organisations. The scope
 * of a member on the board, and of the due tasks on a member's home page.
 */
export function takesPart(ids: readonly string[]): RawBuilder<SqlBool> {
  if (ids.length === 0) {
    return sql<SqlBool>`false`;
  }
  return sql<SqlBool>`exists (
    select 1 from process_participants pp join organisations o on o.id = pp.organisation_id
    where pp.process_id = p.id and (pp.organisation_id in (${sql.join(ids)}) or o.parent_id in (${sql.join(ids)})))`;
}

/**
 * The board's conditions on a process `p`: the actor's scope (null: all), the query's filters and, for a later page,
 * the keyset after the cursor. One builder for the page and for the count.
 */
function processConditions(
  eb: ExpressionBuilder<DB & { p: DB["processes"] }, "p">,
  scope: string[] | null,
  query: ProcessQuery,
  after?: { at: string; id: string },
): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [];
  if (scope !== null) {
    conditions.push(takesPart(scope));
  }
  if (query.organisationId) {
    conditions.push(takesPart([query.organisationId]));
  }
  if (query.theme) {
    conditions.push(eb("p.theme", "ilike", `%${query.theme.replace(/[%_\\]/g, "")}%`));
  }
  if (query.status && query.status.length > 0) {
    conditions.push(eb("p.status", "in", query.status));
  }
  if (query.kind) {
    conditions.push(eb("p.kind", "=", query.kind));
  }
  if (query.q) {
    conditions.push(
      sql<SqlBool>`to_tsvector('danish', p.title || ' ' || p.description || ' ' || p.theme)
          @@ plainto_tsquery('danish', ${query.q})`,
    );
  }
  if (after) {
    conditions.push(sql<SqlBool>`(p.updated_at, p.id) < (${after.at}::timestamptz, ${after.id}::uuid)`);
  }
  return eb.and(conditions);
}

/** How many processes the board's conditions hold, without reading them (the manager's home figure). */
export async function countProcesses(db: Db, scope: string[] | null, query: ProcessQuery): Promise<number> {
  const row = await db
    .selectFrom("processes as p")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where((eb) => processConditions(eb, scope, query))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Processes visible in a scope (null = all), with the board's filters, newest change first, at most `limit`,
 * after the cursor's process: the columns the board shows and each process's participants in one statement
 * (issue 16: a second statement over up to 500 process ids read the participants table whole, and shipping and
 * parsing every column cost more than the query). `cursor_key` is updated_at to the microsecond, for the next page.
 */
export function listProcesses(
  db: Db,
  scope: string[] | null,
  query: ProcessQuery,
  limit: number,
  after?: { at: string; id: string },
) {
  return db
    .selectFrom("processes as p")
    .select(["p.id", "p.title", "p.kind", "p.theme", "p.phase", "p.status", "p.collaboration_model", "p.updated_at"])
    .select(sql<string>`to_char(p.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as("cursor_key"))
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom("process_participants as pp")
          .innerJoin("organisations as o", "o.id", "pp.organisation_id")
          .select(["pp.organisation_id", "pp.role", "o.name", "o.kind"])
          .whereRef("pp.process_id", "=", "p.id")
          .orderBy("pp.added_at"),
      ).as("participants"),
    )
    .where((eb) => processConditions(eb, scope, query, after))
    .orderBy("p.updated_at", "desc")
    .orderBy("p.id", "desc")
    .limit(limit)
    .execute();
}

export function listGates(db: Db, processId: string) {
  return db
    .selectFrom("process_gates as g")
    .leftJoin("users as u", "u.id", "g.decided_by")
    .select(["g.id", "g.phase", "g.decision", "g.rationale", "g.lessons", "g.decided_at", "u.name as decided_by_name"])
    .where("g.process_id", "=", processId)
    .orderBy("g.decided_at")
    .orderBy("g.id")
    .execute();
}

export function listAgreements(db: Db, processId: string) {
  return db
    .selectFrom("process_agreements as a")
    .leftJoin("process_documents as d", "d.id", "a.document_id")
    .select(["a.item", "a.status", "a.note", "a.document_id", "d.filename as document_name", "a.updated_at"])
    .where("a.process_id", "=", processId)
    .execute();
}

export function listTasks(db: Db, processId: string) {
  return db
    .selectFrom("process_tasks as t")
    .leftJoin("users as u", "u.id", "t.owner_user_id")
    .select([
      "t.id",
      "t.kind",
      "t.title",
      "t.owner_user_id",
      "u.name as owner_name",
      "t.owner_text",
      "t.starts_on",
      "t.due_on",
      "t.done_at",
    ])
    .where("t.process_id", "=", processId)
    .orderBy(sql`t.due_on nulls last`)
    .orderBy("t.created_at")
    .execute();
}

export function listTestPlans(db: Db, processId: string) {
  return db
    .selectFrom("test_plans as t")
    .leftJoin("organisations as o", "o.id", "t.site_organisation_id")
    .select([
      "t.id",
      "t.what",
      "t.hypothesis",
      "t.site_organisation_id",
      "o.name as site_name",
      "t.starts_on",
      "t.ends_on",
      "t.participants",
      "t.measures",
    ])
    .where("t.process_id", "=", processId)
    .orderBy("t.starts_on")
    .execute();
}

export function listDocuments(db: Db, processId: string) {
  return db
    .selectFrom("process_documents as d")
    .leftJoin("organisations as o", "o.id", "d.confidential_for")
    .leftJoin("users as u", "u.id", "d.uploaded_by")
    .select([
      "d.id",
      "d.filename",
      "d.content_type",
      "d.size_bytes",
      "d.confidential_for",
      "o.name as confidential_for_name",
      "d.uploaded_at",
      "u.name as uploaded_by_name",
    ])
    .where("d.process_id", "=", processId)
    .orderBy("d.uploaded_at")
    .execute();
}

export function findDocument(db: Db, processId: string, id: string) {
  return db
    .selectFrom("process_documents")
    .selectAll()
    .where("process_id", "=", processId)
    .where("id", "=", id)
    .executeTakeFirst();
}

export function insertDocument(db: Db, values: Insertable<ProcessDocumentsTable>) {
  return db.insertInto("process_documents").values(values).returning(["id", "uploaded_at"]).executeTakeFirstOrThrow();
}

export async function touchProcess(db: Db, id: string): Promise<void> {
  await db.updateTable("processes").set({ updated_at: new Date() }).where("id", "=", id).execute();
}

export function insertProcess(
  db: Db,
  values: Pick<
    Insertable<ProcessesTable>,
    "title" | "kind" | "theme" | "description" | "collaboration_model" | "created_by"
  >,
) {
  return db.insertInto("processes").values(values).returning("id").executeTakeFirstOrThrow();
}

/** Links a new process to its needs, participants and the agreement checklist. */
export async function insertProcessLinks(
  db: Db,
  processId: string,
  links: { needIds: string[]; participants: Array<{ organisationId: string; role: string }>; agreementItems: string[] },
): Promise<void> {
  await db
    .insertInto("process_needs")
    .values(links.needIds.map((needId) => ({ process_id: processId, need_id: needId })))
    .execute();
  await db
    .insertInto("process_participants")
    .values(
      links.participants.map((item) => ({
        process_id: processId,
        organisation_id: item.organisationId,
        role: item.role,
      })),
    )
    .execute();
  await db
    .insertInto("process_agreements")
    .values(links.agreementItems.map((item) => ({ process_id: processId, item })))
    .execute();
}

export function updateProcessRow(
  db: Db,
  id: string,
  values: Pick<Updateable<ProcessesTable>, "title" | "theme" | "description" | "collaboration_model">,
) {
  return db
    .updateTable("processes")
    .set({ ...values, updated_at: new Date() })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Adds a participant; an organisation already in that role stays as it is. */
export async function insertParticipant(
  db: Db,
  processId: string,
  organisationId: string,
  role: string,
): Promise<void> {
  await db
    .insertInto("process_participants")
    .values({ process_id: processId, organisation_id: organisationId, role })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Removes a participant; returns whether there was one to remove. */
export async function deleteParticipant(
  db: Db,
  processId: string,
  organisationId: string,
  role: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom("process_participants")
    .where("process_id", "=", processId)
    .where("organisation_id", "=", organisationId)
    .where("role", "=", role)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** How many implementation items (training, instruction, maintenance, follow-up) the process has. */
export async function countImplementationItems(db: Db, processId: string): Promise<number> {
  const row = await db
    .selectFrom("process_tasks")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("process_id", "=", processId)
    .where("kind", "in", [...IMPLEMENTATION_KINDS])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Records a gate decision and moves the process to the state it leads to. */
export async function recordGateDecision(
  db: Db,
  decision: {
    processId: string;
    phase: Phase;
    decision: GateDecision;
    rationale: string;
    lessons: string | null;
    decidedBy: string;
    next: { phase: Phase; status: ProcessStatus };
  },
): Promise<void> {
  await db
    .insertInto("process_gates")
    .values({
      process_id: decision.processId,
      phase: decision.phase,
      decision: decision.decision,
      rationale: decision.rationale,
      lessons: decision.lessons,
      decided_by: decision.decidedBy,
    })
    .execute();
  await db
    .updateTable("processes")
    .set({
      phase: decision.next.phase,
      status: decision.next.status,
      ...(decision.decision === "stop" ? { lessons_learned: decision.lessons } : {}),
      updated_at: new Date(),
    })
    .where("id", "=", decision.processId)
    .execute();
}

/** The people told about a process's events, each with the language their notifications are written in. */
export async function listProcessAudience(db: Db, processId: string) {
  return db
    .selectFrom("users as u")
    .select(["u.id", "u.email", "u.name", "u.language"])
    .where("u.disabled_at", "is", null)
    .where((eb) =>
      eb.or([
        eb(
          "u.organisation_id",
          "in",
          eb.selectFrom("process_participants").select("organisation_id").where("process_id", "=", processId),
        ),
        eb("u.id", "=", eb.selectFrom("processes").select("created_by").where("id", "=", processId)),
      ]),
    )
    .execute();
}

/**
 * The people of a process, who may own its tasks: active members of its participant organisations
 * (and of a participating unit's parent), the agents and the programme manager.
 */
export function listProcessPeople(db: Db, organisationIds: string[]) {
  return db
    .selectFrom("users as u")
    .leftJoin("organisations as o", "o.id", "u.organisation_id")
    .select(["u.id", "u.name", "u.email", "u.role", "u.organisation_id", "o.name as organisation_name"])
    .where("u.disabled_at", "is", null)
    .where("u.erased_at", "is", null)
    .where((eb) =>
      eb.or([
        eb("u.role", "in", ["agent", "admin"]),
        ...(organisationIds.length > 0 ? [eb("u.organisation_id", "in", organisationIds)] : []),
      ]),
    )
    .orderBy("o.name")
    .orderBy("u.name")
    .orderBy("u.id")
    .execute();
}

export type ProcessPersonRow = Awaited<ReturnType<typeof listProcessPeople>>[number];
