import type { QuestionnaireDefinition, RenderedForm } from "../questionnaire/index.js";
import type { RegistrationQuestionsInput, SurveyKind } from "./survey-definitions.js";
import type { EvaluationSummary, FollowUpSummary } from "./survey-rules.js";

/** A seminar's registration questions: the form the public sees (null: none) and the staff's list. */
export interface RegistrationQuestionsView {
  seminarId: string;
  form: RenderedForm | null;
  definition: QuestionnaireDefinition | null;
  questions: RegistrationQuestionsInput["questions"];
}

/** What a survey link shows: the seminar, the form, and whether it was already answered. */
export interface SurveyLinkView {
  kind: SurveyKind;
  seminar: { id: string; title: string; startsAt: string };
  form: RenderedForm;
  isAnswered: boolean;
}

/** The aggregated answers on a seminar's report (anonymous: never who answered what). */
export interface SeminarSurveyResults {
  seminarId: string;
  evaluation: EvaluationSummary & { sent: number };
  followUp: FollowUpSummary & { sent: number; dueAt: string | null };
}
