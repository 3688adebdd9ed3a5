import { draftCaseFacts, isCaseReady, type ProcessSnapshot } from "../../../domain/knowledge/from-process.js";
import type { Phase } from "../../../domain/process/phases.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { forbidden } from "../../http/errors.js";
import { listProcessCaseFigures } from "../business-cases/business-cases.service.js";
import { getVisibleNeed } from "../needs/needs.service.js";
import { describeProcess } from "../processes/process-detail.service.js";
import { summariseTestFeedback } from "../processes/feedback.service.js";
import { isProcessVisibleTo } from "../processes/processes.service.js";
import { knowledgeError } from "./knowledge.errors.js";
import { canEditKnowledge } from "./knowledge.policy.js";
import { createEntry } from "./knowledge.service.js";

/**
 * Gathers what Samspil knows about a process from the modules that own it (processes, needs, living-lab
 * feedback, business cases), as the editor may see it.
 */
async function snapshotProcess(ctx: ServiceContext, processId: string): Promise<ProcessSnapshot> {
  const detail = await describeProcess(ctx.db, ctx.actor, processId, ctx.language);
  const needs = await Promise.all(detail.needs.map((need) => getVisibleNeed(ctx.db, ctx.actor, need.id)));
  const tests = await Promise.all(
    detail.testPlans.map(async (plan) => {
      const feedback = await summariseTestFeedback(ctx.db, ctx.actor, processId, plan.id);
      const means = feedback.summary.scales.flatMap((scale) => (scale.overall === null ? [] : [scale.overall]));
      return {
        what: plan.what,
        siteName: plan.siteName,
        responses: feedback.summary.responses,
        overall: means.length > 0 ? Math.round(means.reduce((sum, value) => sum + value, 0) / means.length) : null,
      };
    }),
  );
  return {
    title: detail.title,
    description: detail.description,
    status: detail.status,
    phase: detail.phase as Phase,
    collaborationModel: detail.collaborationModel,
    lessonsLearned: detail.lessonsLearned,
    participants: detail.participants.map((participant) => ({
      organisationId: participant.organisationId,
      name: participant.name,
      kind: participant.kind,
      role: participant.role,
    })),
    needs: needs.map((need) => ({
      title: need.title,
      description: need.description,
      qualityPotential: need.qualityPotential,
      careArea: need.careArea,
      affected: need.affected,
    })),
    gates: detail.gates.map((gate) => ({
      phase: gate.phase,
      decision: gate.decision,
      rationale: gate.rationale,
      lessons: gate.lessons,
    })),
    tests,
    businessCases: await listProcessCaseFigures(ctx.db, processId),
  };
}

/** From a finished or stopped process to a draft case in one action; the agent edits it before review. */
export async function draftCaseFromProcess(ctx: ServiceContext, processId: string): Promise<string> {
  if (!canEditKnowledge(ctx.actor)) {
    throw forbidden();
  }
  if (!(await isProcessVisibleTo(ctx.db, ctx.actor, processId))) {
    throw knowledgeError(
      400,
      "processId",
      ctx.language,
      "Forløbet findes ikke, eller du har ikke adgang til det",
      "The process does not exist or you may not see it",
    );
  }
  return inTransaction(ctx.db, async (trx) => {
    const trxCtx = { ...ctx, db: trx };
    const snapshot = await snapshotProcess(trxCtx, processId);
    if (!isCaseReady(snapshot.status)) {
      throw knowledgeError(
        409,
        "processId",
        ctx.language,
        "Kun et afsluttet eller stoppet forløb bliver til en case",
        "Only a completed or stopped process becomes a case",
      );
    }
    const facts = draftCaseFacts(snapshot);
    const summary = (snapshot.description || snapshot.title).split("\n")[0].slice(0, 500);
    return createEntry(
      trxCtx,
      { kind: "case", title: snapshot.title.slice(0, 200), titleEn: "", summary, summaryEn: "", facts },
      { processId, comment: "Kladde lavet fra forløbet" },
    );
  });
}
