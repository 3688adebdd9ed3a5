import { isPublicKind } from "../../../domain/organisation.js";
import {
  canMoveNeedStatus,
  type Need,
  type NeedCreate,
  type NeedPatch,
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
import { presentNeed } from "./needs.present.js";
import {
  findNeed,
  findNeedStatusForUpdate,
  findOrganisationForNeed,
  insertNeed,
  listNeedCompetences,
  listNeedsWithoutSearchExtra,
  refreshNeedSearchVector,
  replaceNeedCompetences,
  setNeedStatus,
  updateNeedRow,
  updateNeedSearchExtra,
} from "./needs.repo.js";

export async function getNeed(db: Db, id: string): Promise<(Need & NeedOwnership) | undefined> {
  const row = await findNeed(db, id);
  if (!row) {
    return undefined;
  }
  return { ...presentNeed(row, await listNeedCompetences(db, id)), ownerParentId: row.owner_parent_id };
}

/** Loads a need the actor may see; anything else is a 404, so ids of others' needs leak nothing. */
export async function getVisibleNeed(db: Db, actor: Actor, id: string): Promise<Need & NeedOwnership> {
  const need = await getNeed(db, id);
  if (!need || !canViewNeed(actor, need)) {
    throw notFound("need");
  }
  return need;
}

function withoutOwnership(need: Need & NeedOwnership): Need {
  const { ownerParentId: _ownerParentId, ...rest } = need;
  return rest;
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
export function insertNeedRecord(db: Db, input: NeedCreate, createdBy: string | null): Promise<string> {
  return insertNeed(db, input, createdBy, needSearchExtra(input));
}

export async function createNeed(ctx: ServiceContext, input: NeedCreate): Promise<Need> {
  return inTransaction(ctx.db, async (trx) => {
    const owner = await findOrganisationForNeed(trx, input.ownerOrganisationId);
    if (!owner || owner.archived_at || !isPublicKind(owner.kind)) {
      throw fieldError(ctx.language, 400, "ownerOrganisationId", "owner_not_public");
    }
    if (!canEditNeed(ctx.actor, { ownerOrganisationId: owner.id, ownerParentId: owner.parent_id })) {
      throw forbidden();
    }
    await checkCompetences({ ...ctx, db: trx }, input.competenceIds);
    const id = await insertNeedRecord(trx, input, ctx.actor.id);
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
    const current = await getVisibleNeed(trx, ctx.actor, id);
    if (!canEditNeed(ctx.actor, current)) {
      throw forbidden();
    }
    if (patch.competenceIds) {
      await checkCompetences({ ...ctx, db: trx }, patch.competenceIds);
    }
    await updateNeedRow(trx, id, {
      ...(patch.careArea !== undefined ? { care_area: patch.careArea } : {}),
      ...(patch.dimension !== undefined ? { dimension: patch.dimension } : {}),
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.affected !== undefined ? { affected: patch.affected } : {}),
      ...(patch.staffHoursPerYear !== undefined ? { staff_hours_per_year: patch.staffHoursPerYear } : {}),
      ...(patch.citizensAffected !== undefined ? { citizens_affected: patch.citizensAffected } : {}),
      ...(patch.qualityPotential !== undefined ? { quality_potential: patch.qualityPotential } : {}),
      ...(patch.priority !== undefined ? { priority: patch.priority } : {}),
      search_extra: needSearchExtra({
        title: patch.title ?? current.title,
        description: patch.description ?? current.description,
        affected: patch.affected ?? current.affected,
        qualityPotential: patch.qualityPotential ?? current.qualityPotential,
      }),
      // The owner's edit is the "edit" cause of the status rule: any other status is allowed.
      ...(patch.status !== undefined && canMoveNeedStatus(current.status, patch.status, "edit")
        ? { status: patch.status }
        : {}),
    });
    if (patch.competenceIds) {
      await replaceNeedCompetences(trx, id, patch.competenceIds);
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
    await setNeedStatus(trx, needId, to);
    await writeAudit(trx, {
      actorId: by.actorId,
      entity: "need",
      entityId: needId,
      action: `status:${to}`,
      before: { status: current.status },
      after: { status: to, cause },
      requestId: by.requestId ?? null,
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
      for (const row of rows) {
        const extra = needSearchExtra({
          title: row.title,
          description: row.description,
          affected: row.affected,
          qualityPotential: row.quality_potential,
        });
        await updateNeedSearchExtra(trx, row.id, extra);
      }
      return rows.length;
    });
    filled += done;
    if (done < BACKFILL_BATCH) {
      return filled;
    }
  }
}
