import { AssessmentTemplateDefinition } from "../../../domain/assessment/index.js";
import type {
  AssessmentSummary,
  Receipt,
  Respondent,
  RespondentStatus,
  TemplateDetail,
  TemplateSummary,
} from "../../../domain/assessment/views.js";
import {
  computeProgress,
  listQuestions,
  type AnswerSet,
  type QuestionnaireDefinition,
} from "../../../domain/questionnaire/index.js";
import type { AssessmentRow } from "./assessments.repo.js";
import type { RespondentRow } from "./respondents.repo.js";
import type { TemplateRow } from "./templates.repo.js";

export function presentTemplateSummary(row: TemplateRow): TemplateSummary {
  const definition = AssessmentTemplateDefinition.parse(row.definition);
  const assessmentCount = Number(row.assessment_count ?? 0);
  return {
    id: row.id,
    key: row.key,
    version: row.version,
    status: row.status,
    title: definition.title,
    questionCount: listQuestions(definition).length,
    assessmentCount,
    isInUse: assessmentCount > 0,
    createdAt: row.created_at.toISOString(),
    publishedAt: row.published_at?.toISOString() ?? null,
  };
}

export function presentTemplate(row: TemplateRow): TemplateDetail {
  return { ...presentTemplateSummary(row), definition: AssessmentTemplateDefinition.parse(row.definition) };
}

export function presentAssessmentSummary(row: AssessmentRow): AssessmentSummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    templateId: row.template_id,
    templateKey: row.template_key,
    templateVersion: row.template_version,
    openedAt: row.opened_at.toISOString(),
    closedAt: row.closed_at?.toISOString() ?? null,
    invited: Number(row.invited ?? 0),
    submitted: Number(row.submitted ?? 0),
  };
}

/** The status a respondent is in: invited (no answer yet), started, submitted or expired. */
export function describeRespondentStatus(
  row: Pick<RespondentRow, "submitted_at" | "last_saved_at" | "expires_at">,
  now = new Date(),
): RespondentStatus {
  if (row.submitted_at) {
    return "submitted";
  }
  if (row.expires_at.getTime() <= now.getTime()) {
    return "expired";
  }
  return row.last_saved_at ? "started" : "invited";
}

/** A respondent as agents see them; never the link token (it is stored only as a hash). Erased: no name, no e-mail. */
export function presentRespondent(row: RespondentRow): Respondent {
  return {
    id: row.id,
    audience: row.audience,
    name: row.erased_at ? null : row.name,
    email: row.erased_at ? null : row.email,
    erasedAt: row.erased_at?.toISOString() ?? null,
    language: row.language,
    status: describeRespondentStatus(row),
    expiresAt: row.expires_at.toISOString(),
    lastSavedAt: row.last_saved_at?.toISOString() ?? null,
    submittedAt: row.submitted_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

/** The receipt a respondent gets on submitting (and again on a repeated submit). */
export function presentReceipt(
  definition: QuestionnaireDefinition,
  row: { id: string; audience: string },
  submittedAt: Date,
  answers: AnswerSet,
): Receipt {
  const progress = computeProgress(definition, row.audience, answers);
  return {
    reference: `SV-${row.id.slice(0, 8).toUpperCase()}`,
    submittedAt: submittedAt.toISOString(),
    answered: progress.answered,
    total: progress.total,
  };
}
