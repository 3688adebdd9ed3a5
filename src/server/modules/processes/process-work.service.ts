import type { AgreementItem } from "../../../domain/process/phases.js";
import type { AgreementPatch, TaskInput, TestPlanInput } from "../../../domain/process/schemas.js";
import type { Db } from "../../db/database.js";
import type { Actor } from "../../platform/actor.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError, forbidden, notFound } from "../../http/errors.js";
import { writeAudit } from "../audit/audit.service.js";
import type { Notifier } from "../notifications/notifications.service.js";
import { getOrganisationKind } from "../organisations/organisations.service.js";
import {
  clearTaskOwnerText,
  findTask,
  insertTask,
  insertTestPlan,
  listOpenTasksDueBy,
  type DueKinds,
  listTasksDueForReminder,
  markTaskReminded,
  updateTaskRow,
  upsertAgreement,
} from "./process-work.repo.js";
import { canWorkInProcess, type ProcessMembership } from "./processes.policy.js";
import {
  findDocument,
  listAgreements,
  listProcessAudience,
  listProcessPeople,
  touchProcess,
} from "./processes.repo.js";
import { loadSteerableProcess, loadVisibleProcess } from "./processes.service.js";

/** Sets one agreement item's status, with the document that settles it. Logged. */
export async function updateAgreement(
  ctx: ServiceContext,
  processId: string,
  item: AgreementItem,
  input: AgreementPatch,
) {
  return inTransaction(ctx.db, async (trx) => {
    await loadSteerableProcess(trx, ctx.actor, processId);
    if (input.documentId && !(await findDocument(trx, processId, input.documentId))) {
      throw fieldError(ctx.language, 400, "documentId", "invalid");
    }
    const before = (await listAgreements(trx, processId)).find((row) => row.item === item);
    await upsertAgreement(trx, {
      process_id: processId,
      item,
      status: input.status,
      note: input.note,
      document_id: input.documentId,
      updated_by: ctx.actor.id,
    });
    await touchProcess(trx, processId);
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "process",
      entityId: processId,
      action: `agreement:${item}`,
      before: before ? { status: before.status, note: before.note, documentId: before.document_id } : undefined,
      after: input,
      requestId: ctx.requestId,
    });
    return { item, ...input };
  });
}

/**
 * A task's owner is a person of the process (see listProcessPeople) or a typed name. A task whose
 * owner has since left the process may keep that owner when it is changed for another reason.
 */
async function checkTaskOwner(
  ctx: ServiceContext,
  membership: ProcessMembership,
  ownerUserId: string | null,
  keptOwnerId: string | null = null,
): Promise<void> {
  if (!ownerUserId || ownerUserId === keptOwnerId) {
    return;
  }
  const people = await listProcessPeople(ctx.db, membership.organisationIds);
  if (!people.some((person) => person.id === ownerUserId)) {
    throw fieldError(ctx.language, 400, "ownerUserId", "task_owner_not_in_process");
  }
}

export async function addTask(ctx: ServiceContext, processId: string, input: TaskInput) {
  return inTransaction(ctx.db, async (trx) => {
    const { membership } = await loadVisibleProcess(trx, ctx.actor, processId);
    if (!canWorkInProcess(ctx.actor, membership)) {
      throw forbidden();
    }
    await checkTaskOwner({ ...ctx, db: trx }, membership, input.ownerUserId);
    const row = await insertTask(trx, {
      process_id: processId,
      kind: input.kind,
      title: input.title,
      owner_user_id: input.ownerUserId,
      owner_text: input.ownerText,
      starts_on: input.startsOn,
      due_on: input.dueOn,
      done_at: input.done ? new Date() : null,
    });
    await touchProcess(trx, processId);
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "process",
      entityId: processId,
      action: `task:add`,
      after: { id: row.id, ...input },
      requestId: ctx.requestId,
    });
    return { id: row.id, ...input };
  });
}

export async function updateTask(ctx: ServiceContext, processId: string, taskId: string, input: TaskInput) {
  return inTransaction(ctx.db, async (trx) => {
    const { membership } = await loadVisibleProcess(trx, ctx.actor, processId);
    if (!canWorkInProcess(ctx.actor, membership)) {
      throw forbidden();
    }
    const before = await findTask(trx, processId, taskId);
    if (!before) {
      throw notFound("task");
    }
    await checkTaskOwner({ ...ctx, db: trx }, membership, input.ownerUserId, before.owner_user_id);
    await updateTaskRow(trx, taskId, {
      kind: input.kind,
      title: input.title,
      owner_user_id: input.ownerUserId,
      owner_text: input.ownerText,
      starts_on: input.startsOn,
      due_on: input.dueOn,
      done_at: input.done ? (before.done_at ?? new Date()) : null,
      ...(input.dueOn !== (before.due_on?.toISOString().slice(0, 10) ?? null) ? { reminded_at: null } : {}),
    });
    await touchProcess(trx, processId);
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "process",
      entityId: processId,
      action: input.done && !before.done_at ? "task:done" : "task:update",
      after: { id: taskId, ...input },
      requestId: ctx.requestId,
    });
    return { id: taskId, ...input };
  });
}

export async function addTestPlan(ctx: ServiceContext, processId: string, input: TestPlanInput) {
  return inTransaction(ctx.db, async (trx) => {
    await loadVisibleProcess(trx, ctx.actor, processId);
    if (input.siteOrganisationId && !(await getOrganisationKind(trx, input.siteOrganisationId))) {
      throw fieldError(ctx.language, 400, "siteOrganisationId", "invalid");
    }
    const row = await insertTestPlan(trx, {
      process_id: processId,
      what: input.what,
      hypothesis: input.hypothesis,
      site_organisation_id: input.siteOrganisationId,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      participants: input.participants,
      measures: input.measures,
      created_by: ctx.actor.id,
    });
    await touchProcess(trx, processId);
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "process",
      entityId: processId,
      action: "test_plan:add",
      after: { id: row.id, ...input },
      requestId: ctx.requestId,
    });
    return { id: row.id, ...input };
  });
}

/**
 * Reminds task owners (or, without an owner, the process's participants) of open tasks due within
 * two days, once per due date. Run hourly by the server.
 */
export async function sendTaskReminders(db: Db, notifier: Notifier, now = new Date()): Promise<number> {
  const horizon = new Date(now.getTime() + 2 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  const due = await listTasksDueForReminder(db, horizon);
  for (const task of due) {
    await inTransaction(db, async (trx) => {
      const audience =
        task.user_id && task.email && task.language
          ? [{ id: task.user_id, email: task.email, language: task.language }]
          : await listProcessAudience(trx, task.process_id);
      await notifier.notify(trx, audience, {
        kind: "task_due",
        message: {
          key: "task_due",
          taskTitle: task.title,
          processTitle: task.process_title,
          dueOn: task.due_on ? task.due_on.toISOString().slice(0, 10) : "",
        },
        link: `/forloeb/${task.process_id}`,
      });
      await markTaskReminded(trx, task.id, now);
    });
  }
  return due.length;
}

/**
 * Erasure of a person (GDPR Art. 17), inside the erasing transaction: tasks whose owner is written as their name
 * lose it.
 */
export function releaseTasksOf(trx: Db, name: string): Promise<void> {
  return clearTaskOwnerText(trx, name);
}

/** Open tasks and milestones due by `until` in the processes the actor follows (all active ones for agents). */
export async function listTasksDue(db: Db, actor: Actor, until: string, limit = 20, kinds: DueKinds = "all") {
  const staff = actor.role === "admin" || actor.role === "agent";
  const rows = await listOpenTasksDueBy(
    db,
    until,
    staff ? null : actor.organisationId ? [actor.organisationId] : [],
    limit,
    kinds,
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    title: row.title,
    dueOn: row.due_on,
    processId: row.process_id,
    processTitle: row.process_title,
  }));
}
