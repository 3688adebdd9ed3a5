import {
  listQuestions,
  mean,
  roundScore,
  scaleToPercent,
  type QuestionnaireDefinition,
  type Response,
} from "../questionnaire/index.js";

/**
 * Scoring of a 360° assessment. Only scale questions count; «don't know» and missing answers
 * are left out (they are neither low nor high). Each step is 0–100 (1 → 0, 5 → 100).
 *
 * - A respondent's dimension score is the mean of their scale answers in that dimension, so a
 *   respondent who answered fewer questions weighs the same as one who answered all.
 * - A group's dimension score is the mean of its respondents' dimension scores.
 * - The overall dimension score is the mean of the group scores (groups without a score left
 *   out), so one large group — typically staff — cannot drown management, citizens or partners.
 */
export interface GroupScore {
  score: number | null;
  /** Respondents of the group with at least one scale answer in the dimension. */
  respondents: number;
  /** Scale answers (1–5) given, and «don't know» answers, in the dimension. */
  answers: number;
  dontKnow: number;
  /** True when the figures are withheld because too few answered (see `withholdSmallGroups`). */
  withheld: boolean;
}

export interface DimensionScore {
  dimension: string;
  /** Every audience of the definition, scored or not. */
  groups: Record<string, GroupScore>;
  overall: number | null;
  groupsScored: number;
}

export interface AssessmentProfile {
  groups: string[];
  /** Responses counted per group. */
  responses: Record<string, number>;
  dimensions: DimensionScore[];
}

export interface QuestionScore {
  key: string;
  dimension: string;
  groups: Record<string, number | null>;
  /** Scale answers (1–5) given per group. */
  answers: Record<string, number>;
  overall: number | null;
}

/** The mean of the scores that exist, or null when none does. */
export function combineGroupScores(scores: Record<string, number | null>): number | null {
  return mean(Object.values(scores).filter((score): score is number => score !== null));
}

const emptyCell = (): { perRespondent: number[]; answers: number; dontKnow: number } => ({
  perRespondent: [],
  answers: 0,
  dontKnow: 0,
});

export function scoreAssessment(
  definition: QuestionnaireDefinition,
  responses: readonly Response[],
): AssessmentProfile {
  const groups = definition.audiences.map((audience) => audience.key);
  const counted = responses.filter((response) => groups.includes(response.audience));
  const dimensions = definition.sections.map((section): DimensionScore => {
    const cells = new Map(groups.map((group) => [group, emptyCell()]));
    for (const response of counted) {
      const cell = cells.get(response.audience) ?? emptyCell();
      const values: number[] = [];
      for (const question of section.questions) {
        const value = response.answers[question.key];
        if (question.type !== "scale" || !question.audiences.includes(response.audience)) {
          continue;
        }
        if (typeof value === "number") {
          values.push(scaleToPercent(value));
        } else if (value !== undefined) {
          cell.dontKnow += 1;
        }
      }
      cell.answers += values.length;
      const respondentScore = mean(values);
      if (respondentScore !== null) {
        cell.perRespondent.push(respondentScore);
      }
    }
    const raw: Record<string, number | null> = {};
    const groupScores: Record<string, GroupScore> = {};
    for (const [group, cell] of cells) {
      raw[group] = mean(cell.perRespondent);
      groupScores[group] = {
        score: roundScore(raw[group]),
        respondents: cell.perRespondent.length,
        answers: cell.answers,
        dontKnow: cell.dontKnow,
        withheld: false,
      };
    }
    return {
      dimension: section.key,
      groups: groupScores,
      overall: roundScore(combineGroupScores(raw)),
      groupsScored: Object.values(raw).filter((score) => score !== null).length,
    };
  });
  const responseCounts = Object.fromEntries(
    groups.map((group) => [group, counted.filter((response) => response.audience === group).length]),
  );
  return { groups, responses: responseCounts, dimensions };
}

/** Each scale question scored the same way (group means, overall = mean of groups): the evidence behind a dimension. */
export function scoreQuestions(definition: QuestionnaireDefinition, responses: readonly Response[]): QuestionScore[] {
  return listQuestions(definition)
    .filter(({ question }) => question.type === "scale")
    .map(({ section, question }) => {
      const raw: Record<string, number | null> = {};
      const answers: Record<string, number> = {};
      for (const group of question.audiences) {
        const values = responses
          .filter((response) => response.audience === group)
          .map((response) => response.answers[question.key])
          .filter((value): value is number => typeof value === "number")
          .map(scaleToPercent);
        raw[group] = mean(values);
        answers[group] = values.length;
      }
      const groups = Object.fromEntries(Object.entries(raw).map(([group, score]) => [group, roundScore(score)]));
      return {
        key: question.key,
        dimension: section.key,
        groups,
        answers,
        overall: roundScore(combineGroupScores(raw)),
      };
    });
}
