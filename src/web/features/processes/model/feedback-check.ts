import { z } from "zod";
import { FeedbackSubmission, LIVING_LAB_FEEDBACK } from "../../../../domain/living-lab/feedback.js";
import { buildAnswerSchema, computeProgress } from "../../../../domain/questionnaire/index.js";
import { issuesToFields, type Language } from "../../../../domain/validation.js";
import type { FieldErrors } from "../../../forms/form-check.js";
import type { FeedbackDraft } from "./feedback.js";

/**
 * Checks the draft with the schemas the server uses: the submission, the group's answer schema
 * and the required questions (computeProgress). Field keys are the server's: `consent`, `name`,
 * `answers.<key>`.
 */
export function checkFeedback(
  draft: FeedbackDraft,
  audience: string,
  submissionId: string,
  language: Language,
  missingMessage: string,
): FieldErrors {
  const body = {
    submissionId,
    consent: draft.consent,
    anonymous: draft.anonymous,
    name: draft.anonymous ? "" : draft.name,
    language,
    answers: draft.answers,
  };
  const errors: FieldErrors = {};
  const parsed = FeedbackSubmission.safeParse(body);
  if (!parsed.success) {
    Object.assign(errors, issuesToFields(parsed.error.issues, language));
  }
  const answers = z
    .object({ answers: buildAnswerSchema(LIVING_LAB_FEEDBACK, audience) })
    .safeParse({ answers: draft.answers });
  if (!answers.success) {
    Object.assign(errors, issuesToFields(answers.error.issues, language));
  }
  for (const key of computeProgress(LIVING_LAB_FEEDBACK, audience, draft.answers).missingRequired) {
    errors[`answers.${key}`] ??= missingMessage;
  }
  return errors;
}
