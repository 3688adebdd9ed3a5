import { AGREEMENT_ITEMS } from "../../../domain/process/phases.js";
import { decodeKeysetCursor, encodeKeysetCursor } from "../../../domain/keyset-cursor.js";
import {
  type ParticipantInput,
  type ProcessCreate,
  type ProcessPatch,
  type ProcessQuery,
} from "../../../domain/process/schemas.js";
import type { ProcessPage, ProcessSummary } from "../../../domain/process/views.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError, forbidden, HttpError, notFound } from "../../http/errors.js";
import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../../platform/actor.js";
import { canEditNeed } from "../needs/needs.policy.js";
import { getNeed, moveNeedStatus } from "../needs/needs.service.js";
import { getOrganisationKind } from "../organisations/organisations.service.js";
import { canSteerProcess, canStartProcess, canViewProcess, type ProcessMembership } from "./processes.policy.js";
import {
  deleteParticipant,
  findProcess,
  insertParticipant,
  insertProcess,
  insertProcessLinks,
  listParticipants,
  countProcesses,
  listProcesses,
  listProcessNeeds,
  touchProcess,
  updateProcessRow,
  type ParticipantRow,
  type ProcessRow,
} from "./processes.repo.js";
import { presentProcessSummary } from "./processes.present.js";

export function membershipOf(participants: ParticipantRow[]): ProcessMembership {
  const ids = (rows: ParticipantRow[]) => [
    ...new Set(rows.flatMap((row) => [row.organisation_id, ...(row.parent_id ? [row.parent_id] : [])])),
  ];
  return {
    organisationIds: ids(participants),
    needOwnerIds: ids(participants.filter((row) => row.role === "need_owner")),
  };
}

export interface LoadedProcess {
  process: ProcessRow;
  participants: ParticipantRow[];
  membership: ProcessMembership;
}

/** A process the actor may see, with its participants; anything else is a 404. */
export async function loadVisibleProcess(db: Db, actor: Actor, id: string): Promise<LoadedProcess> {
  const process = await findProcess(db, id);
  if (!process) {
    throw notFound("process");
  }
  const participants = await listParticipants(db, [id]);
  const membership = membershipOf(participants);
  if (!canViewProcess(actor, membership)) {
    throw notFound("process");
  }
  return { process, participants, membership };
}

/** For other modules: whether a process exists and the actor may see it. */
export async function isProcessVisibleTo(db: Db, actor: Actor, id: string): Promise<boolean> {
  const process = await findProcess(db, id);
  return process !== undefined && canViewProcess(actor, membershipOf(await listParticipants(db, [id])));
}

export async function loadSteerableProcess(db: Db, actor: Actor, id: string): Promise<LoadedProcess> {
  const loaded = await loadVisibleProcess(db, actor, id);
  if (!canSteerProcess(actor, loaded.membership)) {
    throw forbidden();
  }
  return loaded;
}

async function checkParticipant(ctx: ServiceContext, input: ParticipantInput, field = "role"): Promise<void> {
  const organisation = await getOrganisationKind(ctx.db, input.organisationId);
  if (!organisation) {
    throw fieldError(ctx.language, 400, "organisationId", "invalid");
  }
  const publicRoles = ["need_owner", "test_site"];
  const isPublic = ["municipality", "region", "state_institution", "public_unit"].includes(organisation.kind);
  if (publicRoles.includes(input.role) && !isPublic) {
    throw new HttpError(400, "validation", `${field}: need owners and test sites are public organisations`, {
      [field]: "Behovsejer og testsite skal være offentlige organisationer",
    });
  }
  if (input.role === "developer" && organisation.kind !== "company") {
    throw new HttpError(400, "validation", `${field}: the developer/supplier is a company`, {
      [field]: "Udvikler/leverandør skal være en virksomhed",
    });
  }
}

/** Starts a process from one or more needs; the needs' owners join as need owners. */
export async function startProcess(ctx: ServiceContext, input: ProcessCreate) {
  if (!canStartProcess(ctx.actor)) {
    throw forbidden();
  }
  return inTransaction(ctx.db, async (trx) => {
    const trxCtx = { ...ctx, db: trx };
    const owners = new Set<string>();
    for (const needId of new Set(input.needIds)) {
      const need = await getNeed(trx, needId);
      if (!need || !canEditNeed(ctx.actor, need)) {
        throw fieldError(ctx.language, 400, "needIds", "invalid");
      }
      owners.add(need.ownerOrganisationId);
    }
    const participants: ParticipantInput[] = [
      ...[...owners].map((organisationId) => ({ organisationId, role: "need_owner" as const })),
      ...input.participants,
    ];
    for (const [index, participant] of input.participants.entries()) {
      await checkParticipant(trxCtx, participant, `participants.${index}.role`);
    }
    const { id } = await insertProcess(trx, {
      title: input.title,
      kind: input.kind,
      theme: input.theme,
      description: input.description,
      collaboration_model: input.collaborationModel,
      created_by: ctx.actor.id,
    });
    const needIds = [...new Set(input.needIds)];
    const unique = [...new Map(participants.map((item) => [`${item.organisationId}:${item.role}`, item])).values()];
    await insertProcessLinks(trx, id, { needIds, participants: unique, agreementItems: [...AGREEMENT_ITEMS] });
    for (const needId of needIds) {
      await moveNeedStatus(
        trx,
        { actorId: ctx.actor.id, requestId: ctx.requestId },
        needId,
        "in_process",
        "process_start",
      );
    }
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "process",
      entityId: id,
      action: "start",
      after: { ...input, participants: unique },
      requestId: ctx.requestId,
    });
    const process = (await findProcess(trx, id)) as ProcessRow;
    return presentProcessSummary(process, await listParticipants(trx, [id]));
  });
}

export async function updateProcess(ctx: ServiceContext, id: string, patch: ProcessPatch) {
  return inTransaction(ctx.db, async (trx) => {
    const { process } = await loadSteerableProcess(trx, ctx.actor, id);
    const after = await updateProcessRow(trx, id, {
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.theme !== undefined ? { theme: patch.theme } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.collaborationModel !== undefined ? { collaboration_model: patch.collaborationModel } : {}),
    });
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "process",
      entityId: id,
      action: "update",
      before: {
        title: process.title,
        theme: process.theme,
        description: process.description,
        collaborationModel: process.collaboration_model,
      },
      after: {
        title: after.title,
        theme: after.theme,
        description: after.description,
        collaborationModel: after.collaboration_model,
      },
      requestId: ctx.requestId,
    });
    return presentProcessSummary(after, await listParticipants(trx, [id]));
  });
}

export async function addParticipant(ctx: ServiceContext, id: string, input: ParticipantInput) {
  return inTransaction(ctx.db, async (trx) => {
    await loadSteerableProcess(trx, ctx.actor, id);
    await checkParticipant({ ...ctx, db: trx }, input);
    await insertParticipant(trx, id, input.organisationId, input.role);
    await touchProcess(trx, id);
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "process",
      entityId: id,
      action: "participant:add",
      after: input,
      requestId: ctx.requestId,
    });
    return (await listParticipants(trx, [id])).map((row) => ({
      organisationId: row.organisation_id,
      name: row.name,
      kind: row.kind,
      role: row.role,
    }));
  });
}

export async function removeParticipant(ctx: ServiceContext, id: string, input: ParticipantInput) {
  return inTransaction(ctx.db, async (trx) => {
    const { participants } = await loadSteerableProcess(trx, ctx.actor, id);
    if (input.role === "need_owner" && participants.filter((row) => row.role === "need_owner").length <= 1) {
      throw new HttpError(409, "conflict", "role: a process keeps at least one need owner", {
        role: "Et forløb skal have mindst én behovsejer",
      });
    }
    if (!(await deleteParticipant(trx, id, input.organisationId, input.role))) {
      throw notFound("participant");
    }
    await touchProcess(trx, id);
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "process",
      entityId: id,
      action: "participant:remove",
      before: input,
      after: input,
      requestId: ctx.requestId,
    });
  });
}

export { listProcessNeeds };

/** The most processes a summary elsewhere (home, an organisation's story) lists at once. */
const SUMMARY_LIMIT = 500;

/**
 * A page of the board (issue 16: 500 processes carried 1,756 organisation look-ups, 22 ms of database time at
 * 100,000 organisations; the board shows the newest 100 and asks for more).
 */
export const PROCESS_PAGE_SIZE = 100;

function scopeOf(actor: Actor): string[] | null {
  const staff = actor.role === "admin" || actor.role === "agent";
  return staff ? null : actor.organisationId ? [actor.organisationId] : [];
}

/** The processes the actor takes part in (all for agents), newest change first, at most 500. */
export async function listVisibleProcesses(db: Db, actor: Actor, query: ProcessQuery): Promise<ProcessSummary[]> {
  const rows = await listProcesses(db, scopeOf(actor), query, SUMMARY_LIMIT);
  return rows.map((row) => presentProcessSummary(row, row.participants));
}

/** How many processes the actor sees with the query's filters (a figure, not capped at the summaries' 500). */
export function countVisibleProcesses(db: Db, actor: Actor, query: ProcessQuery): Promise<number> {
  return countProcesses(db, scopeOf(actor), query);
}

/** One page of the board: the processes the actor takes part in (all for agents), after the query's cursor. */
export async function listProcessPage(db: Db, actor: Actor, query: ProcessQuery): Promise<ProcessPage> {
  const after = query.cursor ? decodeKeysetCursor(query.cursor) : undefined;
  const rows = await listProcesses(db, scopeOf(actor), query, PROCESS_PAGE_SIZE + 1, after);
  const page = rows.slice(0, PROCESS_PAGE_SIZE);
  const last = page.at(-1);
  return {
    items: page.map((row) => presentProcessSummary(row, row.participants)),
    nextCursor: rows.length > PROCESS_PAGE_SIZE && last ? encodeKeysetCursor(last.cursor_key, last.id) : null,
  };
}
