import type { AnswerSet } from "./answers.js";
import { listQuestions, SCALE_MAX, SCALE_MIN, type QuestionnaireDefinition } from "./definition.js";

/** One respondent's finished answers and the audience they answered as. */
export interface Response {
  audience: string;
  answers: Readonly<AnswerSet>;
}

/** A scale step as 0–100: 1 → 0, 3 → 50, 5 → 100. */
export function scaleToPercent(value: number): number {
  return ((value - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)) * 100;
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** One decimal, for figures shown to people (and stable in tests). */
export const roundScore = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 10) / 10;

export interface TextAnswer {
  questionKey: string;
  audience: string;
  text: string;
}

/** The text answers, grouped by section key in definition order; a respondent's own audience only. */
export function collectTextAnswers(
  definition: QuestionnaireDefinition,
  responses: readonly Response[],
): { sectionKey: string; items: TextAnswer[] }[] {
  const questions = listQuestions(definition).filter(({ question }) => question.type === "text");
  const bySection = new Map<string, TextAnswer[]>();
  for (const { section, question } of questions) {
    for (const response of responses) {
      const value = response.answers[question.key];
      if (question.audiences.includes(response.audience) && typeof value === "string" && value.trim().length > 0) {
        const items = bySection.get(section.key) ?? [];
        items.push({ questionKey: question.key, audience: response.audience, text: value });
        bySection.set(section.key, items);
      }
    }
  }
  return definition.sections
    .filter((section) => bySection.has(section.key))
    .map((section) => ({ sectionKey: section.key, items: bySection.get(section.key) ?? [] }));
}

export interface ChoiceCount {
  questionKey: string;
  sectionKey: string;
  /** audience → how many answered the question. */
  respondents: Record<string, number>;
  /** audience → option key → how many chose it. */
  counts: Record<string, Record<string, number>>;
}

/** How often each option of the single and multiple choice questions was chosen, per audience. */
export function countChoices(definition: QuestionnaireDefinition, responses: readonly Response[]): ChoiceCount[] {
  return listQuestions(definition).flatMap(({ section, question }) => {
    if (question.type !== "single" && question.type !== "multiple") {
      return [];
    }
    const result: ChoiceCount = { questionKey: question.key, sectionKey: section.key, respondents: {}, counts: {} };
    for (const audience of question.audiences) {
      result.respondents[audience] = 0;
      result.counts[audience] = Object.fromEntries(question.options.map((option) => [option.key, 0]));
    }
    for (const response of responses) {
      const value = response.answers[question.key];
      const counts = result.counts[response.audience];
      if (!counts || value === undefined) {
        continue;
      }
      const chosen = Array.isArray(value) ? value : [value];
      result.respondents[response.audience] += 1;
      for (const key of chosen) {
        if (typeof key === "string" && key in counts) {
          counts[key] += 1;
        }
      }
    }
    return [result];
  });
}
