import {
  averageSnapshots,
  composeResults,
  GAP_THRESHOLDS,
  ProfileSnapshot,
  type Baseline,
} from "../../../domain/assessment/index.js";
import type { QuestionnaireDefinition } from "../../../domain/questionnaire/index.js";
import type { Language } from "../../../domain/validation.js";
import type { ResultsPayload } from "../../../domain/assessment/views.js";
import type { Db } from "../../db/database.js";
import type { Actor } from "../../platform/actor.js";
import { canViewAnswers } from "./assessments.policy.js";
import { presentAssessmentSummary } from "./assessments.present.js";
import { findPreviousClosed, listClosedProfiles, listGapNeeds, type AssessmentRow } from "./assessments.repo.js";
import { assessedOf, loadAssessmentDefinition, loadVisibleAssessment } from "./assessments.service.js";
import { listSubmittedResponses } from "./respondents.repo.js";

async function loadBaselines(
  db: Db,
  row: AssessmentRow,
): Promise<{ previous: Baseline | null; programme: Baseline | null }> {
  const previousRow = await findPreviousClosed(db, {
    id: row.id,
    organisationId: row.organisation_id,
    templateKey: row.template_key,
    openedAt: row.opened_at,
  });
  const previousSnapshot = previousRow ? ProfileSnapshot.safeParse(previousRow.profile) : null;
  const previous =
    previousRow && previousSnapshot?.success
      ? {
          snapshot: previousSnapshot.data,
          assessmentId: previousRow.id,
          title: previousRow.title,
          closedAt: previousRow.closed_at?.toISOString(),
        }
      : null;
  const snapshots = (await listClosedProfiles(db, row.template_key, row.id)).flatMap((item) => {
    const parsed = ProfileSnapshot.safeParse(item.profile);
    return parsed.success ? [parsed.data] : [];
  });
  const average = averageSnapshots(snapshots);
  return { previous, programme: average ? { snapshot: average, assessments: snapshots.length } : null };
}

export interface LoadedResults {
  row: AssessmentRow;
  definition: QuestionnaireDefinition;
  includesAnswers: boolean;
  results: ResultsPayload;
}

async function describeResults(
  db: Db,
  row: AssessmentRow,
  definition: QuestionnaireDefinition,
  language: Language,
  includeFreeText: boolean,
): Promise<ResultsPayload> {
  const responses = await listSubmittedResponses(db, row.id);
  const { previous, programme } = await loadBaselines(db, row);
  const results = composeResults({ definition, responses, language, previous, programme, includeFreeText });
  const needs = new Map((await listGapNeeds(db, row.id)).map((item) => [item.dimension, item.need_id]));
  return {
    assessment: presentAssessmentSummary(row),
    responses: responses.length,
    canViewAnswers: includeFreeText,
    gapThresholds: GAP_THRESHOLDS,
    ...results,
    dimensions: results.dimensions.map((dimension) => ({
      ...dimension,
      needId: needs.get(dimension.dimension) ?? null,
    })),
    gaps: results.gaps.map((gap) => ({ ...gap, needId: needs.get(gap.dimension) ?? null })),
  };
}

/**
 * The results of an assessment (submitted responses only): scores per dimension per group and
 * overall, radar series, disagreement, gaps, comparisons; free texts only for those who may read
 * answers (agents, programme manager, the assessed organisation — not its parent).
 */
export async function loadResults(db: Db, actor: Actor, id: string, language: Language): Promise<LoadedResults> {
  const row = await loadVisibleAssessment(db, actor, id);
  const definition = await loadAssessmentDefinition(db, row.template_id);
  const includesAnswers = canViewAnswers(actor, assessedOf(row));
  return {
    row,
    definition,
    includesAnswers,
    results: await describeResults(db, row, definition, language, includesAnswers),
  };
}
