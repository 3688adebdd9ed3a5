import { isPublicKind } from "../../../domain/organisation.js";
import type { NeedPage } from "../../../domain/needs-views.js";
import {
  canMoveNeedStatus,
  type Need,
  type NeedCreate,
  type NeedPatch,
  type NeedQuery,
  type NeedStatus,
  type NeedStatusCause,
} from "../../../domain/needs.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError, forbidden, notFound } from "../../http/errors.js";
import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../../platform/actor.js";
import { compoundWords } from "../../platform/lexicon.js";
import { countKnownCompetences } from "../organisations/organisations.service.js";
import { canEditNeed, canViewNeed, type NeedOwnership } from "./needs.policy.js";
import { presentNeed, presentNeedSummary } from "./needs.present.js";
import {
  findNeed,
  findNeedStatusForUpdate,
  findOrganisationForNeed,
  insertNeed,
  listNeedCoOwners,
  listNeedCompetences,
  listOrganisationsForNeed,
  listNeedsWithoutSearchExtra,
  refreshNeedSearchVector,
  replaceNeedCoOwners,
  replaceNeedCompetences,
  searchNeeds,
  setNeedStatus,
  updateNeedRow,
  updateNeedSearchExtras,
} from "./needs.repo.js";

export async function getNeed(db: Db, id: string): Promise<(Need & NeedOwnership) | undefined> {
  const row = await findNeed(db, id);
  if (!row) {
    return undefined;
  }
  const coOwners = await listNeedCoOwners(db, id);
  return {
    ...presentNeed(row, await listNeedCompetences(db, id), coOwners),
    ownerParentId: row.owner_parent_id,
    coOwnerOrganisationIds: coOwners.flatMap((item) => (item.parent_id ? [item.id, item.parent_id] : [item.id])),
  };
}

/** Loads a need the actor may see; anything else is a 404, so ids of others' needs leak nothing. */
export async function getVisibleNeed(db: Db, actor: Actor, id: string): Promise<Need & NeedOwnership> {
  const need = await getNeed(db, id);
  if (!need || !canViewNeed(actor, need)) {
    throw notFound("need");
  }
  return need;
}

/** A need the actor may change: 404 when they cannot see it, 403 when they may not edit it. */
export async function loadEditableNeed(db: Db, actor: Actor, id: string): Promise<Need & NeedOwnership> {
  const need = await getVisibleNeed(db, actor, id);
  if (!canEditNeed(actor, need)) {
    throw forbidden();
  }
  return need;
}

/**
 * Only agents, the programme manager and members of a public organisation record needs: a need is owned by
 * a public organisation the member belongs to (or its parent), so a company's member never may (403).
 */
export async function checkMayRecordNeeds(db: Db, actor: Actor): Promise<void> {
  if (actor.role === "admin" || actor.role === "agent") {
    return;
  }
  const own = actor.organisationId ? await findOrganisationForNeed(db, actor.organisationId) : undefined;
  if (!own || !isPublicKind(own.kind)) {
    throw forbidden();
  }
}

function withoutOwnership(need: Need & NeedOwnership): Need {
  const { ownerParentId: _ownerParentId, coOwnerOrganisationIds: _coOwnerOrganisationIds, ...rest } = need;
  return rest;
}

/** Co-owners are other public organisations in use; the owner is not repeated among them. */
async function checkCoOwners(ctx: ServiceContext, ownerId: string, ids: string[]): Promise<void> {
  const found = await listOrganisationsForNeed(ctx.db, ids);
  const valid = found.filter((item) => !item.archived_at && isPublicKind(item.kind));
  if (ids.includes(ownerId) || valid.length !== new Set(ids).size) {
    throw fieldError(ctx.language, 400, "coOwnerIds", "co_owner_not_public");
  }
}

async function checkCompetences(ctx: ServiceContext, ids: string[]): Promise<void> {
  if ((await countKnownCompetences(ctx.db, ids)) !== new Set(ids).size) {
    throw fieldError(ctx.language, 400, "competenceIds", "competence_unknown");
  }
}

/** The compound parts of a need's text, indexed beside it (domain/text/compounds.ts). */
function needSearchExtra(need: Pick<Need, "title" | "description" | "affected" | "qualityPotential">): string {
  return compoundWords(need.title, need.description, need.affected, need.qualityPotential);
}

/**
 * Inserts a need with its competences and search document, compound parts included; the caller
 * checks access and writes the audit log (createNeed does; demo data and benchmarks are the system).
 */
export function insertNeedRecord(
  db: Db,
  input: NeedCreate,
  createdBy: string | null,
  originSeminarId: string | null = null,
): Promise<string> {
  return insertNeed(db, input, createdBy, needSearchExtra(input), originSeminarId);
}

/** Records a need; `origin.seminarId` when it came out of a seminar (the seminars module's outcomes). */
export async function createNeed(
  ctx: ServiceContext,
  input: NeedCreate,
  origin: { seminarId: string | null } = { seminarId: null },
): Promise<Need> {
  await checkMayRecordNeeds(ctx.db, ctx.actor);
  return inTransaction(ctx.db, async (trx) => {
    const owner = await findOrganisationForNeed(trx, input.ownerOrganisationId);
    if (!owner || owner.archived_at || !isPublicKind(owner.kind)) {
      throw fieldError(ctx.language, 400, "ownerOrganisationId", "owner_not_public");
    }
    if (!canEditNeed(ctx.actor, { ownerOrganisationId: owner.id, ownerParentId: owner.parent_id })) {
      throw forbidden();
    }
    await checkCompetences({ ...ctx, db: trx }, input.competenceIds);
    await checkCoOwners({ ...ctx, db: trx }, owner.id, input.coOwnerIds);
    const id = await insertNeedRecord(trx, input, ctx.actor.id, origin.seminarId);
    const created = withoutOwnership((await getNeed(trx, id)) as Need & NeedOwnership);
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "need",
      entityId: id,
      action: "create",
      after: created,
      requestId: ctx.requestId,
    });
    return created;
  });
}

export async function updateNeed(ctx: ServiceContext, id: string, patch: NeedPatch): Promise<Need> {
  return inTransaction(ctx.db, async (trx) => {
    const current = await loadEditableNeed(trx, ctx.actor, id);
    if (patch.competenceIds) {
      await checkCompetences({ ...ctx, db: trx }, patch.competenceIds);
    }
    if (patch.coOwnerIds) {
      await checkCoOwners({ ...ctx, db: trx }, current.ownerOrganisationId, patch.coOwnerIds);
    }
    await updateNeedRow(trx, id, {
      ...(patch.careArea !== undefined ? { care_area: patch.careArea } : {}),
      ...(patch.dimension !== undefined ? { dimension: patch.dimension } : {}),
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.affected !== undefined ? { affected: patch.affected } : {}),
      ...(patch.staffHoursPerYear !== undefined ? { staff_hours_per_year: patch.staffHoursPerYear } : {}),
      ...(patch.citizensAffected !== undefined ? { citizens_affected: patch.citizensAffected } : {}),
      ...(patch.budgetDkk !== undefined ? { budget_dkk: patch.budgetDkk } : {}),
      ...(patch.qualityPotential !== undefined ? { quality_potential: patch.qualityPotential } : {}),
      ...(patch.priority !== undefined ? { priority: patch.priority } : {}),
      search_extra: needSearchExtra({
        title: patch.title ?? current.title,
        description: patch.description ?? current.description,
        affected: patch.affected ?? current.affected,
        qualityPotential: patch.qualityPotential ?? current.qualityPotential,
      }),
      // The owner's edit is the "edit" cause of the status rule: every other status is allowed.
      ...(patch.status !== undefined && canMoveNeedStatus(current.status, patch.status, "edit")
        ? { status: patch.status }
        : {}),
    });
    if (patch.competenceIds) {
      await replaceNeedCompetences(trx, id, patch.competenceIds);
    }
    if (patch.coOwnerIds) {
      await replaceNeedCoOwners(trx, id, patch.coOwnerIds);
    }
    await refreshNeedSearchVector(trx, id);
    const after = withoutOwnership((await getNeed(trx, id)) as Need & NeedOwnership);
    const action = patch.status && patch.status !== current.status ? `status:${patch.status}` : "update";
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "need",
      entityId: id,
      action,
      before: withoutOwnership(current),
      after,
      requestId: ctx.requestId,
    });
    return after;
  });
}

/** Who moves a status, for the audit entry; `actorId` is null for the system (demo data). */
export interface StatusMover {
  actorId: string | null;
  requestId?: string | null;
  /** When the move happened, where that is not now: only the demo seed's history. */
  at?: Date;
}

/**
 * The one way another module (matching, processes) or the demo data moves a need's status: the
 * transition is checked by `canMoveNeedStatus` and logged on the need. A move the rule refuses is
 * skipped, not an error (a shortlist leaves a need already in a process as it is). Call it inside the
 * caller's transaction. Returns whether the need moved.
 */
export async function moveNeedStatus(
  db: Db,
  by: StatusMover,
  needId: string,
  to: NeedStatus,
  cause: NeedStatusCause,
): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const current = await findNeedStatusForUpdate(trx, needId);
    if (!current || !canMoveNeedStatus(current.status as NeedStatus, to, cause)) {
      return false;
    }
    await setNeedStatus(trx, needId, to, by.at);
    await writeAudit(trx, {
      actorId: by.actorId,
      entity: "need",
      entityId: needId,
      action: `status:${to}`,
      before: { status: current.status },
      after: { status: to, cause },
      requestId: by.requestId ?? null,
      at: by.at,
    });
    return true;
  });
}

export { withoutOwnership };

/** Batch size of the compound-word backfill: one transaction per batch. */
const BACKFILL_BATCH = 500;

/**
 * Computes the compound parts of needs from before they were indexed (search_extra is null) and
 * refreshes their search documents. Runs at start; does nothing once every row has them. Derived
 * search data like the search vector, so no audit entry. Returns how many rows it filled.
 */
export async function backfillNeedSearchExtra(db: Db): Promise<number> {
  let filled = 0;
  for (;;) {
    const done = await inTransaction(db, async (trx) => {
      const rows = await listNeedsWithoutSearchExtra(trx, BACKFILL_BATCH);
      const extras = rows.map((row) => ({
        id: row.id,
        searchExtra: needSearchExtra({
          title: row.title,
          description: row.description,
          affected: row.affected,
          qualityPotential: row.quality_potential,
        }),
      }));
      await updateNeedSearchExtras(trx, extras);
      return rows.length;
    });
    filled += done;
    if (done < BACKFILL_BATCH) {
      return filled;
    }
  }
}

/** Needs the actor may see (all for agents; a member their organisation's and its units'), as the list shows them. */
export async function listVisibleNeeds(db: Db, actor: Actor, query: NeedQuery): Promise<NeedPage> {
  const staff = actor.role === "admin" || actor.role === "agent";
  const scope = { organisationIds: staff ? null : actor.organisationId ? [actor.organisationId] : [] };
  const { rows, total, isTotalExact } = await searchNeeds(db, scope, query);
  return { items: rows.map(presentNeedSummary), total, isTotalExact, page: query.page, pageSize: query.pageSize };
}
