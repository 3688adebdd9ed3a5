import { composeResults, describeGapEvidence, type GapNeedInput } from "../../../domain/assessment/index.js";
import type { Dimension } from "../../../domain/dimensions.js";
import { NeedCreate, type Need } from "../../../domain/needs.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError } from "../../http/errors.js";
import { writeAudit } from "../audit/audit.service.js";
import { createNeed, getVisibleNeed, withoutOwnership } from "../needs/needs.service.js";
import { findGapNeed, findOrganisationForAssessment, insertGapNeed, lockAssessment } from "./assessments.repo.js";
import { loadAssessmentDefinition, loadManagedAssessment } from "./assessments.service.js";
import { listSubmittedResponses } from "./respondents.repo.js";

const dateFormat = new Intl.DateTimeFormat("da-DK", { dateStyle: "long", timeZone: "Europe/Copenhagen" });

/**
 * Turns a dimension of an assessment into a need of the assessed organisation, with one action:
 * `source: "assessment"`, the dimension, and a description citing the evidence. The need is made
 * by the needs module (its rules and audit). Asking again for the same dimension returns the
 * need made the first time, so a double click makes one need.
 */
export async function createNeedFromGap(
  ctx: ServiceContext,
  assessmentId: string,
  dimension: Dimension,
  input: GapNeedInput,
): Promise<{ need: Need; isNew: boolean }> {
  return inTransaction(ctx.db, async (trx) => {
    const scoped = { ...ctx, db: trx };
    const row = await loadManagedAssessment(trx, ctx.actor, assessmentId);
    await lockAssessment(trx, assessmentId);
    const existing = await findGapNeed(trx, assessmentId, dimension);
    if (existing) {
      return { need: withoutOwnership(await getVisibleNeed(trx, ctx.actor, existing.need_id)), isNew: false };
    }
    const definition = await loadAssessmentDefinition(trx, row.template_id);
    const results = composeResults({
      definition,
      responses: await listSubmittedResponses(trx, assessmentId),
      language: "da",
      previous: null,
      programme: null,
      includeFreeText: true,
    });
    const when = row.closed_at
      ? `lukket ${dateFormat.format(row.closed_at)}`
      : `åben siden ${dateFormat.format(row.opened_at)}`;
    const evidence = describeGapEvidence({
      results,
      dimension,
      assessmentTitle: row.title,
      organisationName: row.organisation_name,
      when,
    });
    if (!evidence) {
      throw fieldError(ctx.language, 409, "dimension", "gap_no_data");
    }
    const organisation = await findOrganisationForAssessment(trx, row.organisation_id);
    const careArea = input.careArea ?? organisation?.care_areas[0];
    if (!careArea) {
      throw fieldError(ctx.language, 400, "careArea", "required");
    }
    const need = await createNeed(
      scoped,
      NeedCreate.parse({
        ownerOrganisationId: row.organisation_id,
        careArea,
        dimension,
        title: input.title || evidence.title,
        description: evidence.description,
        priority: input.priority ?? "medium",
        source: "assessment",
      }),
    );
    await insertGapNeed(trx, { assessmentId, dimension, needId: need.id, createdBy: ctx.actor.id });
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "assessment",
      entityId: assessmentId,
      action: "gap_to_need",
      after: { dimension, needId: need.id },
      requestId: ctx.requestId,
    });
    return { need, isNew: true };
  });
}
