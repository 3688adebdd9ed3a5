import {
  AGREEMENT_LABELS,
  decideGate,
  findGoBlockers,
  PHASE_LABELS,
  type AgreementItem,
  type AgreementStatus,
  type GateBlocker,
  type GateFacts,
  type Phase,
} from "../../../domain/process/phases.js";
import type { GateInput } from "../../../domain/process/schemas.js";
import { IMPLEMENTATION_KINDS } from "../../../domain/process/schemas.js";
import { translateMessage, type Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { HttpError } from "../../http/errors.js";
import { writeAudit } from "../audit/audit.service.js";
import type { Notifier } from "../notifications/notifications.service.js";
import { listAgreements, listProcessAudience, listTestPlans, type ParticipantRow } from "./processes.repo.js";
import { loadSteerableProcess } from "./processes.service.js";

async function readGateFacts(db: Db, processId: string, participants: ParticipantRow[]): Promise<GateFacts> {
  const [agreements, testPlans, implementation] = await Promise.all([
    listAgreements(db, processId),
    listTestPlans(db, processId),
    db
      .selectFrom("process_tasks")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("process_id", "=", processId)
      .where("kind", "in", [...IMPLEMENTATION_KINDS])
      .executeTakeFirstOrThrow(),
  ]);
  return {
    agreements: Object.fromEntries(agreements.map((row) => [row.item as AgreementItem, row.status as AgreementStatus])),
    needOwners: new Set(participants.filter((row) => row.role === "need_owner").map((row) => row.organisation_id)).size,
    developers: new Set(participants.filter((row) => row.role === "developer").map((row) => row.organisation_id)).size,
    organisations: new Set(participants.map((row) => row.organisation_id)).size,
    testPlans: testPlans.length,
    implementationItems: Number(implementation.n),
  };
}

const BLOCKER_TEXT: Record<Language, Record<GateBlocker["code"], string>> = {
  da: {
    agreement_open: "aftalepunktet «{item}» er ikke afklaret",
    need_owner_missing: "der er ingen behovsejer",
    developer_missing: "der er ingen udvikler/leverandør",
    individual_too_many: "et individuelt forløb har én behovsejer og én virksomhed",
    network_too_small: "et netværksforløb har mindst tre organisationer",
    test_plan_missing: "der er ingen testplan",
    implementation_plan_missing: "der er ingen implementeringsplan",
  },
  en: {
    agreement_open: "the agreement item «{item}» is not settled",
    need_owner_missing: "there is no need owner",
    developer_missing: "there is no developer/supplier",
    individual_too_many: "an individual process has one need owner and one company",
    network_too_small: "a network process has at least three organisations",
    test_plan_missing: "there is no test plan",
    implementation_plan_missing: "there is no implementation plan",
  },
};

export function describeBlocker(blocker: GateBlocker, language: Language): string {
  return BLOCKER_TEXT[language][blocker.code].replace(
    "{item}",
    "item" in blocker ? AGREEMENT_LABELS[language][blocker.item] : "",
  );
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
      const error = outcome.error;
      const field =
        error.code === "lessons_required"
          ? "lessons"
          : error.code === "rationale_required"
            ? "rationale"
            : error.code === "wrong_phase"
              ? "phase"
              : "decision";
      const params =
        error.code === "wrong_phase"
          ? { expected: error.expected }
          : error.code === "go_blocked"
            ? { blockers: error.blockers.map((blocker) => describeBlocker(blocker, ctx.language)).join("; ") }
            : {};
      const message = translateMessage(error.code, ctx.language, params);
      const status =
        error.code === "process_closed" || error.code === "wrong_phase" || error.code === "go_blocked" ? 409 : 400;
      throw new HttpError(status, error.code, `${field}: ${message}`, { [field]: message });
    }
    await trx
      .insertInto("process_gates")
      .values({
        process_id: processId,
        phase: input.phase,
        decision: input.decision,
        rationale: input.rationale,
        lessons: input.lessons,
        decided_by: ctx.actor.id,
      })
      .execute();
    await trx
      .updateTable("processes")
      .set({
        phase: outcome.next.phase,
        status: outcome.next.status,
        ...(input.decision === "stop" ? { lessons_learned: input.lessons } : {}),
        updated_at: new Date(),
      })
      .where("id", "=", processId)
      .execute();
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "process",
      entityId: processId,
      action: `gate:${input.decision}`,
      before: { phase: process.phase, status: process.status },
      after: { ...outcome.next, rationale: input.rationale, lessons: input.lessons },
      requestId: ctx.requestId,
    });
    const word = { go: "Go", adjust: "Justér", stop: "Stop" }[input.decision];
    await notifier.notify(trx, await listProcessAudience(trx, processId), {
      kind: "gate_decision",
      title: `${word}: ${process.title}`,
      body: `Beslutning ved gaten efter fasen «${PHASE_LABELS.da[input.phase]}»: ${word}. ${input.rationale}`,
      link: `/forloeb/${processId}`,
    });
    return { ...outcome.next, decision: input.decision };
  });
}
