import { z } from "zod";
import {
  buildAnswerSchema,
  computeProgress,
  renderForm,
  type AnswerSet,
  type QuestionnaireDefinition,
} from "../../../domain/questionnaire/index.js";
import type { Receipt, RespondentForm, SavedAnswers } from "../../../domain/assessment/views.js";
import { issuesToFields, translateMessage, type Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import { HttpError } from "../../http/errors.js";
import { writeAudit } from "../audit/audit.service.js";
import { hashToken } from "../../platform/tokens.js";
import { presentReceipt } from "./assessments.present.js";
import { loadAssessmentDefinition } from "./assessments.service.js";
import {
  findRespondentByTokenHash,
  loadAnswers,
  lockRespondent,
  markSubmitted,
  saveAnswers,
  type LinkedRespondentRow,
} from "./respondents.repo.js";

/** What the respondent endpoints know about a request: there is no signed-in actor, only the link. */
export interface RespondContext {
  db: Db;
  requestId: string;
  /** The language the respondent chose (?language=), else the one they were invited in. */
  language?: Language;
  /** The request's language, for a link that leads nowhere. */
  fallbackLanguage: Language;
}

const linkError = (status: number, key: string, language: Language) =>
  new HttpError(status, key, translateMessage(key, language));

const isExpired = (row: { expires_at: Date }): boolean => row.expires_at.getTime() <= Date.now();

/**
 * The respondent behind a link: unknown → 404, expired → 410. Nothing else is revealed. A link
 * that was used to submit keeps leading to its receipt after it expires (the caller shows only that).
 */
async function loadByToken(
  ctx: RespondContext,
  db: Db,
  token: string,
): Promise<LinkedRespondentRow & { language: Language }> {
  const row = await findRespondentByTokenHash(db, hashToken(token));
  if (!row) {
    throw linkError(404, "link_unknown", ctx.language ?? ctx.fallbackLanguage);
  }
  if (isExpired(row) && !row.submitted_at) {
    throw linkError(410, "link_expired", ctx.language ?? row.language);
  }
  return row;
}

const languageOf = (ctx: RespondContext, row: { language: Language }): Language => ctx.language ?? row.language;

function requireOpen(ctx: RespondContext, row: LinkedRespondentRow & { language: Language }): void {
  if (row.assessment_status !== "open") {
    throw linkError(410, "assessment_closed", languageOf(ctx, row));
  }
}

/**
 * The respondent's own form, in their language, with their saved answers and progress; once
 * submitted, the receipt. After the link expires a submitted respondent still gets the receipt
 * (thank you, already submitted), but no longer their answers.
 */
export async function getRespondentForm(ctx: RespondContext, token: string): Promise<RespondentForm> {
  const row = await loadByToken(ctx, ctx.db, token);
  if (!row.submitted_at) {
    requireOpen(ctx, row);
  }
  const definition = await loadAssessmentDefinition(ctx.db, row.template_id);
  const answers = await loadAnswers(ctx.db, row.id);
  const language = languageOf(ctx, row);
  return {
    assessment: { title: row.assessment_title, organisationName: row.organisation_name },
    respondent: {
      name: row.name,
      audience: row.audience,
      language: row.language,
      expiresAt: row.expires_at.toISOString(),
      submittedAt: row.submitted_at?.toISOString() ?? null,
    },
    form: renderForm(definition, row.audience, language),
    answers: isExpired(row) ? {} : answers,
    progress: computeProgress(definition, row.audience, answers),
    receipt: row.submitted_at ? presentReceipt(definition, row, row.submitted_at, answers) : null,
  };
}

function answerErrors(issues: readonly z.core.$ZodIssue[], language: Language): HttpError {
  const fields = issuesToFields(issues, language);
  const summary = Object.entries(fields)
    .map(([field, message]) => `${field}: ${message}`)
    .join("; ");
  return new HttpError(400, "validation", summary, fields);
}

/** Saves some or all answers (a draft); `null` clears one. Refused once the response is submitted. */
export async function saveRespondentAnswers(
  ctx: RespondContext,
  token: string,
  answers: Record<string, unknown>,
): Promise<SavedAnswers> {
  return inTransaction(ctx.db, async (trx) => {
    const row = await loadByToken(ctx, trx, token);
    const language = languageOf(ctx, row);
    const locked = await lockRespondent(trx, row.id);
    if (locked?.submitted_at) {
      throw new HttpError(409, "respondent_submitted", translateMessage("respondent_submitted", language));
    }
    requireOpen(ctx, row);
    const definition = await loadAssessmentDefinition(trx, row.template_id);
    const parsed = z.object({ answers: buildAnswerSchema(definition, row.audience) }).safeParse({ answers });
    if (!parsed.success) {
      throw answerErrors(parsed.error.issues, language);
    }
    await saveAnswers(trx, row.id, parsed.data.answers);
    await writeAudit(trx, {
      actorId: null,
      entity: "assessment_respondent",
      entityId: row.id,
      action: "save_answers",
      after: { questions: Object.keys(parsed.data.answers) },
      requestId: ctx.requestId,
    });
    const saved = await loadAnswers(trx, row.id);
    return {
      answers: saved,
      progress: computeProgress(definition, row.audience, saved),
      savedAt: new Date().toISOString(),
    };
  });
}

/**
 * Submits the response. Idempotent: a second submit (a double click, a retried request) answers
 * with the same receipt and writes nothing. Every required question must have an answer
 * («don't know» counts); each missing one is named as `answers.<questionKey>`.
 */
export async function submitResponse(ctx: RespondContext, token: string): Promise<Receipt> {
  return inTransaction(ctx.db, async (trx) => {
    const row = await loadByToken(ctx, trx, token);
    const locked = await lockRespondent(trx, row.id);
    const definition = await loadAssessmentDefinition(trx, row.template_id);
    const answers = await loadAnswers(trx, row.id);
    if (locked?.submitted_at) {
      return presentReceipt(definition, row, locked.submitted_at, answers);
    }
    requireOpen(ctx, row);
    const progress = computeProgress(definition, row.audience, answers);
    if (!progress.isComplete) {
      throw answerErrors(
        progress.missingRequired.map((key) => ({
          code: "custom",
          path: ["answers", key],
          message: "required",
          input: undefined,
        })),
        languageOf(ctx, row),
      );
    }
    const submittedAt = await markSubmitted(trx, row.id);
    const receipt = presentReceipt(definition, row, submittedAt, answers);
    await writeAudit(trx, {
      actorId: null,
      entity: "assessment_respondent",
      entityId: row.id,
      action: "submit",
      after: receipt,
      requestId: ctx.requestId,
    });
    return receipt;
  });
}
