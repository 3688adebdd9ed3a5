import {
  buildAnswerSchema,
  checkAnswer,
  listQuestions,
  type AnswerSet,
  type QuestionnaireDefinition,
} from "../questionnaire/index.js";
import { FOLLOW_UP_OUTCOMES, type FollowUpOutcome, type SurveyKind } from "./survey-definitions.js";

const DAY_MS = 86_400_000;
/** A published seminar that was never marked held is evaluated the day after it ended. */
export const EVALUATION_DELAY_MS = DAY_MS;
/** Surveys are sent within this time of becoming due, not for seminars long past (e.g. on a first deploy). */
export const SURVEY_SEND_WINDOW_MS = 30 * DAY_MS;

export interface SurveySeminarFacts {
  status: string;
  endsAt: Date;
}

/** `months` calendar months after `from` (UTC); the 31st of a short month falls on its last day. */
export function addMonths(from: Date, months: number): Date {
  const target = new Date(from.getTime());
  const day = target.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}

/**
 * When a survey of a seminar becomes due, or null when it never does (draft, cancelled, or not ended):
 * the evaluation as soon as the seminar is marked held (at its end at the earliest), else the day after;
 * the follow-up `followUpMonths` after the end.
 */
export function surveyDueAt(kind: SurveyKind, seminar: SurveySeminarFacts, followUpMonths: number): Date | null {
  const isHeld = seminar.status === "held" || seminar.status === "closed";
  if (!isHeld && seminar.status !== "published") {
    return null;
  }
  if (kind === "follow_up") {
    return addMonths(seminar.endsAt, followUpMonths);
  }
  return isHeld ? seminar.endsAt : new Date(seminar.endsAt.getTime() + EVALUATION_DELAY_MS);
}

/** Whether a seminar's survey should go out now: due, and not more than the send window ago. */
export function isSurveyDue(kind: SurveyKind, seminar: SurveySeminarFacts, now: Date, followUpMonths: number): boolean {
  const dueAt = surveyDueAt(kind, seminar, followUpMonths);
  if (dueAt === null) {
    return false;
  }
  const since = now.getTime() - dueAt.getTime();
  return since >= 0 && since < SURVEY_SEND_WINDOW_MS;
}

export interface SurveyCandidate {
  id: string;
  status: string;
  email: string;
  /** This survey was already sent to the registration. */
  isSent: boolean;
}

/** Who gets the survey: checked-in attendees with an e-mail (not erased) who have not had it yet. */
export function selectSurveyRecipients(candidates: readonly SurveyCandidate[]): string[] {
  return candidates
    .filter((candidate) => candidate.status === "attended" && candidate.email !== "" && !candidate.isSent)
    .map((candidate) => candidate.id);
}

export interface AnswerProblem {
  /** The field to name in a 400: `answers.<questionKey>`. */
  field: string;
  message: string;
  params?: Record<string, unknown>;
}

export type AnswerCheck = { ok: true; answers: AnswerSet } | { ok: false; problem: AnswerProblem };

/**
 * Checks a complete set of answers to one audience's questions (a registration form, a survey): every
 * answer fits its question (type, option, scale, length) and every required question is answered. The
 * first problem names its field; answers come back trimmed, empty ones left out.
 */
export function checkAnswers(definition: QuestionnaireDefinition, audience: string, raw: unknown): AnswerCheck {
  const parsed = buildAnswerSchema(definition, audience).safeParse(raw ?? {});
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const key = issue.path.length > 0 ? String(issue.path[0]) : "";
    const params = "params" in issue ? (issue.params as Record<string, unknown> | undefined) : undefined;
    return {
      ok: false,
      problem: {
        field: key ? `answers.${key}` : "answers",
        message: key ? issue.message : "answer_type",
        ...(params ? { params } : {}),
      },
    };
  }
  const answers: AnswerSet = {};
  for (const [key, value] of Object.entries(parsed.data)) {
    if (value !== null) {
      answers[key] = value;
    }
  }
  const missing = listQuestions(definition, audience).find(
    ({ question }) =>
      question.required &&
      (answers[question.key] === undefined || checkAnswer(question, answers[question.key]) !== null),
  );
  if (missing) {
    return { ok: false, problem: { field: `answers.${missing.question.key}`, message: "required" } };
  }
  return { ok: true, answers };
}

const textsOf = (responses: readonly AnswerSet[], key: string): string[] =>
  responses.flatMap((answers) => {
    const value = answers[key];
    return typeof value === "string" && value !== "" ? [value] : [];
  });

export interface EvaluationSummary {
  responses: number;
  /** Mean overall rating 1–5, one decimal; null without answers. */
  overallMean: number | null;
  /** How many gave each rating, index 0 = rating 1. */
  overallCounts: number[];
  useful: { yes: number; partly: number; no: number };
  improvements: string[];
  comments: string[];
}

export function summariseEvaluation(responses: readonly AnswerSet[]): EvaluationSummary {
  const overallCounts = [0, 0, 0, 0, 0];
  let total = 0;
  let rated = 0;
  const useful = { yes: 0, partly: 0, no: 0 };
  for (const answers of responses) {
    const overall = answers.overall;
    if (typeof overall === "number" && Number.isInteger(overall) && overall >= 1 && overall <= 5) {
      overallCounts[overall - 1] += 1;
      total += overall;
      rated += 1;
    }
    const usefulAnswer = answers.useful;
    if (usefulAnswer === "yes" || usefulAnswer === "partly" || usefulAnswer === "no") {
      useful[usefulAnswer] += 1;
    }
  }
  return {
    responses: responses.length,
    overallMean: rated === 0 ? null : Math.round((total / rated) * 10) / 10,
    overallCounts,
    useful,
    improvements: textsOf(responses, "improve"),
    comments: textsOf(responses, "comment"),
  };
}

export interface FollowUpSummary {
  responses: number;
  counts: Record<FollowUpOutcome, number>;
  /** The organisations named, each once, in the order first named. */
  organisations: string[];
}

export function summariseFollowUp(responses: readonly AnswerSet[]): FollowUpSummary {
  const counts = Object.fromEntries(FOLLOW_UP_OUTCOMES.map((key) => [key, 0])) as Record<FollowUpOutcome, number>;
  for (const answers of responses) {
    const outcome = answers.outcome;
    if (typeof outcome === "string" && (FOLLOW_UP_OUTCOMES as readonly string[]).includes(outcome)) {
      counts[outcome as FollowUpOutcome] += 1;
    }
  }
  const organisations = [...new Set(textsOf(responses, "organisation"))];
  return { responses: responses.length, counts, organisations };
}
