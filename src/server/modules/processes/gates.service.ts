import { describeBlocker, describeGateError } from "../../../domain/process/gate-messages.js";
import {
  decideGate,
  findGoBlockers,
  type AgreementItem,
  type AgreementStatus,
  type GateFacts,
  type Phase,
} from "../../../domain/process/phases.js";
import type { GateInput } from "../../../domain/process/schemas.js";
import type { Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { HttpError } from "../../http/errors.js";
import { writeAudit } from "../audit/audit.service.js";
import type { Notifier } from "../notifications/notifications.service.js";
import {
  countImplementationItems,
  listAgreements,
  listProcessAudience,
  listTestPlans,
  recordGateDecision,
  type ParticipantRow,
} from "./processes.repo.js";
import { loadSteerableProcess } from "./processes.service.js";

async function readGateFacts(db: Db, processId: string, participants: ParticipantRow[]): Promise<GateFacts> {
  const [agreements, testPlans, implementationItems] = await Promise.all([
    listAgreements(db, processId),
    listTestPlans(db, processId),
    countImplementationItems(db, processId),
  ]);
  return {
    agreements: Object.fromEntries(agreements.map((row) => [row.item as AgreementItem, row.status as AgreementStatus])),
    needOwners: new Set(participants.filter((row) => row.role === "need_owner").map((row) => row.organisation_id)).size,
    developers: new Set(participants.filter((row) => row.role === "developer").map((row) => row.organisation_id)).size,
    organisations: new Set(participants.map((row) => row.organisation_id)).size,
    testPlans: testPlans.length,
    implementationItems,
  };
}

/** What blocks «go» right now: shown on the process page before anyone tries. */
export async function listGoBlockers(
  db: Db,
  processId: string,
  participants: ParticipantRow[],
  state: { phase: Phase; status: string; kind: string },
  language: Language,
) {
  const facts = await readGateFacts(db, processId, participants);
  return findGoBlockers(
    { phase: state.phase, status: "active", kind: state.kind as "individual" | "network" },
    facts,
  ).map((blocker) => ({
    ...blocker,
    text: describeBlocker(blocker, language),
  }));
}

/**
 * Records the decision at the current gate: go (next phase), adjust (stay), or stop (a
 * legitimate outcome with lessons learned). Logged, and every participant is notified.
 */
export async function advanceGate(ctx: ServiceContext, notifier: Notifier, processId: string, input: GateInput) {
  return inTransaction(ctx.db, async (trx) => {
    const { process, participants } = await loadSteerableProcess(trx, ctx.actor, processId);
    const facts = await readGateFacts(trx, processId, participants);
    const outcome = decideGate(
      { phase: process.phase as Phase, status: process.status, kind: process.kind },
      { phase: input.phase, decision: input.decision, rationale: input.rationale, lessons: input.lessons },
      facts,
    );
    if (!outcome.ok) {
      const { field, message, conflict } = describeGateError(outcome.error, ctx.language);
      throw new HttpError(conflict ? 409 : 400, outcome.error.code, `${field}: ${message}`, { [field]: message });
    }
    await recordGateDecision(trx, {
      processId,
      phase: input.phase,
      decision: input.decision,
      rationale: input.rationale,
      lessons: input.lessons,
      decidedBy: ctx.actor.id,
      next: outcome.next,
    });
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "process",
      entityId: processId,
      action: `gate:${input.decision}`,
      before: { phase: process.phase, status: process.status },
      after: { ...outcome.next, rationale: input.rationale, lessons: input.lessons },
      requestId: ctx.requestId,
    });
    await notifier.notify(trx, await listProcessAudience(trx, processId), {
      kind: "gate_decision",
      message: {
        key: "gate_decision",
        processTitle: process.title,
        phase: input.phase,
        decision: input.decision,
        rationale: input.rationale,
      },
      link: `/forloeb/${processId}`,
    });
    return { ...outcome.next, decision: input.decision };
  });
}
