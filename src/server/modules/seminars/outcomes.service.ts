import { attendanceBySide } from "../../../domain/seminars/rules.js";
import {
  SIDES,
  type OutcomeInput,
  type OutcomeNeedInput,
  type RegistrationState,
  type SeminarState,
  type Side,
} from "../../../domain/seminars/schemas.js";
import type { OutcomeRow, SeminarReport } from "../../../domain/seminars/views.js";
import { NeedCreate, type Need } from "../../../domain/needs.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError, notFound } from "../../http/errors.js";
import { writeAudit } from "../audit/audit.service.js";
import { createNeed } from "../needs/needs.service.js";
import { presentOutcome } from "./seminars.present.js";
import { listTrail } from "./seminars.service.js";
import {
  findOrganisationBrief,
  findOutcome,
  findSeminar,
  insertOutcome,
  linkOutcomeNeed,
  listOutcomeRows,
  listRegistrationRows,
  lockSeminar,
} from "./seminars.repo.js";

async function loadSeminarRow(db: Db, id: string) {
  const seminar = await findSeminar(db, id);
  if (!seminar) {
    throw notFound("seminar");
  }
  return seminar;
}

export async function listOutcomes(db: Db, seminarId: string): Promise<OutcomeRow[]> {
  return (await listOutcomeRows(db, seminarId)).map(presentOutcome);
}

/** Records an idea, a need (as text, before it is created) or a match lead (a company and an institution). */
export async function addOutcome(ctx: ServiceContext, seminarId: string, input: OutcomeInput): Promise<OutcomeRow> {
  return inTransaction(ctx.db, async (trx) => {
    await loadSeminarRow(trx, seminarId);
    for (const field of ["companyId", "institutionId"] as const) {
      const id = input[field];
      if (id && !(await findOrganisationBrief(trx, id))) {
        throw fieldError(ctx.language, 400, field, "invalid");
      }
    }
    const id = await insertOutcome(trx, {
      seminar_id: seminarId,
      kind: input.kind,
      text: input.text,
      company_id: input.companyId ?? null,
      institution_id: input.institutionId ?? null,
      recorded_by: ctx.actor.id,
    });
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "seminar_outcome",
      entityId: id,
      action: "create",
      after: { seminarId, ...input },
      requestId: ctx.requestId,
    });
    const created = (await listOutcomeRows(trx, seminarId)).find((row) => row.id === id);
    return presentOutcome(created!);
  });
}

/**
 * Turns an idea (or a need noted as text) into a need in the needs module, with the seminar as its origin
 * and the owner institution given by the agent; the outcome then links to it. Only once per outcome.
 */
export async function createNeedFromOutcome(
  ctx: ServiceContext,
  seminarId: string,
  outcomeId: string,
  input: OutcomeNeedInput,
): Promise<{ outcome: OutcomeRow; need: Need }> {
  return inTransaction(ctx.db, async (trx) => {
    await lockSeminar(trx, seminarId);
    const outcome = await findOutcome(trx, outcomeId);
    if (!outcome || outcome.seminar_id !== seminarId) {
      throw notFound("outcome");
    }
    if (outcome.need_id || outcome.kind === "match_lead") {
      throw fieldError(ctx.language, 409, "outcomeId", "outcome_not_idea");
    }
    const need = await createNeed(
      { ...ctx, db: trx },
      NeedCreate.parse({
        ownerOrganisationId: input.ownerOrganisationId,
        careArea: input.careArea,
        title: input.title,
        description: input.description,
        source: "seminar",
      }),
      { seminarId },
    );
    await linkOutcomeNeed(trx, outcomeId, need.id);
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "seminar_outcome",
      entityId: outcomeId,
      action: "create_need",
      after: { needId: need.id },
      requestId: ctx.requestId,
    });
    const row = (await listOutcomeRows(trx, seminarId)).find((entry) => entry.id === outcomeId);
    return { outcome: presentOutcome(row!), need };
  });
}

/** The closing report: minutes, attendance by side from check-in, attending organisations, outcomes, trail. */
export async function seminarReport(db: Db, seminarId: string): Promise<SeminarReport> {
  const seminar = await loadSeminarRow(db, seminarId);
  const [registrations, outcomes, trail] = await Promise.all([
    listRegistrationRows(db, seminarId),
    listOutcomes(db, seminarId),
    listTrail(db, seminarId),
  ]);
  const facts = registrations.map((row) => ({ side: row.side as Side, status: row.status as RegistrationState }));
  const registeredBySide = Object.fromEntries(
    SIDES.map((side) => [
      side,
      facts.filter((row) => row.side === side && ["registered", "attended", "no_show"].includes(row.status)).length,
    ]),
  ) as Record<Side, number>;
  const attendingOrganisations = [
    ...new Set(
      registrations
        .filter((row) => row.status === "attended" && row.organisation_name)
        .map((row) => row.organisation_name),
    ),
  ].sort((a, b) => a.localeCompare(b, "da"));
  return {
    seminarId,
    title: seminar.title,
    status: seminar.status as SeminarState,
    minutes: seminar.minutes,
    registeredBySide,
    attendanceBySide: attendanceBySide(facts),
    attendingOrganisations,
    outcomes,
    trail,
  };
}
