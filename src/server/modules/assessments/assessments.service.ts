import {
  scoreAssessment,
  snapshotProfile,
  withholdSmallGroups,
  type AssessmentCreate,
  type AssessmentQuery,
} from "../../../domain/assessment/index.js";
import { isPublicKind } from "../../../domain/organisation.js";
import { localize, type QuestionnaireDefinition } from "../../../domain/questionnaire/index.js";
import type { Language } from "../../../domain/validation.js";
import type { AssessmentDetail, AssessmentPage } from "../../../domain/assessment/views.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError, forbidden, notFound } from "../../http/errors.js";
import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../../platform/actor.js";
import { canManageAssessments, canViewAnswers, canViewAssessment } from "./assessments.policy.js";
import { presentAssessmentSummary } from "./assessments.present.js";
import {
  countRespondentsByGroup,
  findAssessment,
  findOrganisationForAssessment,
  findTemplateDefinition,
  insertAssessment,
  listAssessments,
  markClosed,
  type AssessmentRow,
} from "./assessments.repo.js";
import { listSubmittedResponses } from "./respondents.repo.js";
import { readDefinition } from "./templates.service.js";

export const assessedOf = (row: AssessmentRow) => ({
  organisationId: row.organisation_id,
  parentId: row.organisation_parent_id,
});

/** An assessment the actor may see; for anyone else a 404 that reveals nothing. */
export async function loadVisibleAssessment(db: Db, actor: Actor, id: string): Promise<AssessmentRow> {
  const row = await findAssessment(db, id);
  if (!row || !canViewAssessment(actor, assessedOf(row))) {
    throw notFound("assessment");
  }
  return row;
}

/** Like loadVisibleAssessment, and the actor must run assessments (agents, programme manager). */
export async function loadManagedAssessment(db: Db, actor: Actor, id: string): Promise<AssessmentRow> {
  const row = await loadVisibleAssessment(db, actor, id);
  if (!canManageAssessments(actor)) {
    throw forbidden();
  }
  return row;
}

export async function loadAssessmentDefinition(db: Db, templateId: string): Promise<QuestionnaireDefinition> {
  const template = await findTemplateDefinition(db, templateId);
  if (!template) {
    throw notFound("assessment template");
  }
  return readDefinition(template.definition);
}

const percentOf = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 100);

/** One assessment with its template and the response rate per respondent group. */
export async function describeAssessment(
  db: Db,
  actor: Actor,
  row: AssessmentRow,
  language: Language,
): Promise<AssessmentDetail> {
  const definition = await loadAssessmentDefinition(db, row.template_id);
  const counts = await countRespondentsByGroup(db, row.id);
  const groups = definition.audiences.map((audience) => {
    const count = counts.find((item) => item.audience === audience.key);
    const invited = Number(count?.invited ?? 0);
    const submitted = Number(count?.submitted ?? 0);
    return {
      audience: audience.key,
      label: localize(audience.label, language),
      invited,
      started: Number(count?.started ?? 0),
      submitted,
      rate: percentOf(submitted, invited),
    };
  });
  const invited = groups.reduce((sum, group) => sum + group.invited, 0);
  const submitted = groups.reduce((sum, group) => sum + group.submitted, 0);
  return {
    ...presentAssessmentSummary(row),
    template: {
      id: row.template_id,
      key: row.template_key,
      version: row.template_version,
      title: localize(definition.title, language),
    },
    responseRate: {
      groups,
      invited,
      started: groups.reduce((sum, group) => sum + group.started, 0),
      submitted,
      rate: percentOf(submitted, invited),
    },
    canManage: canManageAssessments(actor),
    canViewAnswers: canViewAnswers(actor, assessedOf(row)),
  };
}

export async function listVisibleAssessments(db: Db, actor: Actor, query: AssessmentQuery): Promise<AssessmentPage> {
  const scope = canManageAssessments(actor) ? null : actor.organisationId ? [actor.organisationId] : [];
  const { rows, total } = await listAssessments(db, scope, query);
  return { items: rows.map(presentAssessmentSummary), total, page: query.page, pageSize: query.pageSize };
}

/** An agent starts an assessment of a public institution or unit on a published template. */
export async function startAssessment(ctx: ServiceContext, input: AssessmentCreate) {
  if (!canManageAssessments(ctx.actor)) {
    throw forbidden();
  }
  return inTransaction(ctx.db, async (trx) => {
    const organisation = await findOrganisationForAssessment(trx, input.organisationId);
    if (!organisation || organisation.archived_at || !isPublicKind(organisation.kind)) {
      throw fieldError(ctx.language, 400, "organisationId", "assessment_public_organisation");
    }
    const template = await findTemplateDefinition(trx, input.templateId);
    if (!template || template.status !== "published") {
      throw fieldError(ctx.language, 400, "templateId", "template_not_published");
    }
    const id = await insertAssessment(trx, {
      organisationId: organisation.id,
      templateId: template.id,
      title: input.title,
      createdBy: ctx.actor.id,
    });
    const row = (await findAssessment(trx, id)) as AssessmentRow;
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "assessment",
      entityId: id,
      action: "create",
      after: presentAssessmentSummary(row),
      requestId: ctx.requestId,
    });
    return describeAssessment(trx, ctx.actor, row, ctx.language);
  });
}

/** Closing stops answering and keeps the score snapshot that later assessments compare with. */
export async function closeAssessment(ctx: ServiceContext, id: string) {
  return inTransaction(ctx.db, async (trx) => {
    const row = await loadManagedAssessment(trx, ctx.actor, id);
    const definition = await loadAssessmentDefinition(trx, row.template_id);
    const snapshot = snapshotProfile(
      withholdSmallGroups(scoreAssessment(definition, await listSubmittedResponses(trx, id))),
    );
    if (!(await markClosed(trx, id, snapshot))) {
      throw fieldError(ctx.language, 409, "status", "assessment_closed");
    }
    const closed = (await findAssessment(trx, id)) as AssessmentRow;
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "assessment",
      entityId: id,
      action: "close",
      before: presentAssessmentSummary(row),
      after: presentAssessmentSummary(closed),
      requestId: ctx.requestId,
    });
    return describeAssessment(trx, ctx.actor, closed, ctx.language);
  });
}
