import { z } from "zod";
import {
  DONT_KNOW,
  listQuestions,
  SCALE_MAX,
  SCALE_MIN,
  type Question,
  type QuestionnaireDefinition,
} from "./definition.js";

/**
 * A stored answer: a scale step (1–5) or «don't know», one option key, several option keys,
 * or a text. `null` in a saved patch clears the answer.
 */
export type AnswerValue = number | typeof DONT_KNOW | string | string[];
export type AnswerSet = Record<string, AnswerValue>;
export type AnswerPatch = Record<string, AnswerValue | null>;

interface AnswerProblem {
  message: string;
  params?: Record<string, unknown>;
}

function checkScale(question: Extract<Question, { type: "scale" }>, value: unknown): AnswerProblem | null {
  if (value === DONT_KNOW && question.allowDontKnow) {
    return null;
  }
  if (typeof value === "number" && Number.isInteger(value) && value >= SCALE_MIN && value <= SCALE_MAX) {
    return null;
  }
  return {
    message: question.allowDontKnow ? "scale_range_dont_know" : "scale_range",
    params: { min: SCALE_MIN, max: SCALE_MAX },
  };
}

function checkOption(
  question: Extract<Question, { type: "single" | "multiple" }>,
  value: unknown,
): AnswerProblem | null {
  if (typeof value !== "string") {
    return { message: "answer_type" };
  }
  return question.options.some((option) => option.key === value)
    ? null
    : { message: "option_unknown", params: { option: value.slice(0, 60) } };
}

/** Why one answer does not fit its question (a message key and its parameters), or null. */
export function checkAnswer(question: Question, value: unknown): AnswerProblem | null {
  switch (question.type) {
    case "scale":
      return checkScale(question, value);
    case "single":
      return checkOption(question, value);
    case "multiple": {
      if (!Array.isArray(value)) {
        return { message: "answer_type" };
      }
      const problem = value.map((item) => checkOption(question, item)).find((item) => item !== null);
      if (problem) {
        return problem;
      }
      if (new Set(value).size !== value.length) {
        return { message: "choices_duplicate" };
      }
      const max = question.maxChoices ?? question.options.length;
      return value.length > max ? { message: "choices_max", params: { max } } : null;
    }
    case "text":
      if (typeof value !== "string") {
        return { message: "answer_type" };
      }
      return value.trim().length > question.maxLength
        ? { message: "too_long", params: { max: question.maxLength } }
        : null;
  }
}

/** Empty texts and empty choice lists are no answer: they clear it. */
function normaliseAnswer(value: AnswerValue): AnswerValue | null {
  if (typeof value === "string" && value !== DONT_KNOW) {
    const trimmed = value.trim();
    return trimmed.length > 0 ? trimmed : null;
  }
  if (Array.isArray(value)) {
    return value.length > 0 ? value : null;
  }
  return value;
}

/**
 * The schema of the answers one audience may give: an object keyed by question key. A key that
 * is not a question for this audience is refused with `question_unknown`; a value outside the
 * question's scale or options with a message naming the question, so a form can show the error
 * at `answers.<questionKey>`. Parsing yields a patch: `null` clears an answer.
 */
export function buildAnswerSchema(definition: QuestionnaireDefinition, audience: string) {
  const questions = new Map(listQuestions(definition, audience).map(({ question }) => [question.key, question]));
  return z
    .record(z.string().max(60), z.unknown())
    .superRefine((answers, ctx) => {
      for (const [key, value] of Object.entries(answers)) {
        const question = questions.get(key);
        if (!question) {
          ctx.addIssue({ code: "custom", path: [key], message: "question_unknown" });
          continue;
        }
        const problem = value === null ? null : checkAnswer(question, value);
        if (problem) {
          ctx.addIssue({ code: "custom", path: [key], message: problem.message, params: problem.params });
        }
      }
    })
    .transform((answers): AnswerPatch => {
      const patch: AnswerPatch = {};
      for (const [key, value] of Object.entries(answers)) {
        patch[key] = value === null ? null : normaliseAnswer(value as AnswerValue);
      }
      return patch;
    });
}

/** Applies a patch to saved answers: the result holds no cleared answer. */
export function applyAnswerPatch(saved: AnswerSet, patch: AnswerPatch): AnswerSet {
  const next: AnswerSet = { ...saved };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) {
      delete next[key];
    } else {
      next[key] = value;
    }
  }
  return next;
}

export interface Progress {
  /** Questions asked to the audience. */
  total: number;
  answered: number;
  required: number;
  requiredAnswered: number;
  /** Required questions still without an answer, in form order. */
  missingRequired: string[];
  /** Answered share of all questions, 0–100, rounded. */
  percent: number;
  isComplete: boolean;
}

/** How far a respondent has come: «don't know» counts as an answer. */
export function computeProgress(
  definition: QuestionnaireDefinition,
  audience: string,
  answers: Readonly<AnswerSet>,
): Progress {
  const questions = listQuestions(definition, audience).map(({ question }) => question);
  const isAnswered = (question: Question) =>
    answers[question.key] !== undefined && checkAnswer(question, answers[question.key]) === null;
  const required = questions.filter((question) => question.required);
  const missingRequired = required.filter((question) => !isAnswered(question)).map((question) => question.key);
  const answered = questions.filter(isAnswered).length;
  return {
    total: questions.length,
    answered,
    required: required.length,
    requiredAnswered: required.length - missingRequired.length,
    missingRequired,
    percent: questions.length === 0 ? 100 : Math.round((answered / questions.length) * 100),
    isComplete: missingRequired.length === 0,
  };
}
