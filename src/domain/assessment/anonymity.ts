import { planDisclosure } from "./disclosure.js";
import type { AssessmentProfile, QuestionScore } from "./scoring.js";

/**
 * Anonymity in the results: a figure that rests on fewer than `MIN_GROUP_RESPONSES` people of one
 * respondent group is not shown for that group (a group of two managers would otherwise show what
 * each of them answered). The overall scores still count every answer; only what is shown per
 * group is withheld: its scores, its free texts, its choices and its raw answers.
 */
export const MIN_GROUP_RESPONSES = 3;

/** Too few to show: at least one answered, and fewer than the minimum. None is no figure at all, not a secret. */
export function isTooFewToShow(count: number, minimum: number = MIN_GROUP_RESPONSES): boolean {
  return count > 0 && count < minimum;
}

/**
 * The groups whose figures are not shown, in the order given: those with too few responses, and
 * as many more as it takes that the overall cannot reveal them by subtraction (`planDisclosure`).
 */
export function findWithheldGroups(
  responses: Readonly<Record<string, number>>,
  minimum: number = MIN_GROUP_RESPONSES,
): string[] {
  return planDisclosure(responses, minimum).withheld;
}

/**
 * The profile as it may be shown: a withheld group keeps its respondent count but loses its score
 * and answer counts. Each dimension is planned again on who scored it (`planDisclosure`), since a
 * dimension only a few of a group scored could be worked out from its overall and the other groups
 * just as a whole group could; a group withheld in the assessment stays withheld in every dimension.
 * A dimension's overall is withheld when fewer than the minimum scored it in all.
 */
export function withholdSmallGroups(
  profile: AssessmentProfile,
  minimum: number = MIN_GROUP_RESPONSES,
): AssessmentProfile {
  const withheldGroups = findWithheldGroups(profile.responses, minimum);
  return {
    ...profile,
    dimensions: profile.dimensions.map((dimension) => {
      const respondents = Object.fromEntries(
        Object.entries(dimension.groups).map(([group, cell]) => [group, cell.respondents]),
      );
      const plan = planDisclosure(respondents, minimum, withheldGroups);
      const withheld = new Set([...withheldGroups, ...plan.withheld]);
      return {
        ...dimension,
        overall: plan.isOverallShown ? dimension.overall : null,
        groups: Object.fromEntries(
          Object.entries(dimension.groups).map(([group, cell]) => [
            group,
            withheld.has(group)
              ? { score: null, respondents: cell.respondents, answers: 0, dontKnow: 0, withheld: true }
              : cell,
          ]),
        ),
      };
    }),
  };
}

/**
 * Question scores as they may be shown, by the same rule per question on the answers to it:
 * null for a withheld group and for a group kept back so that a smaller one cannot be worked out;
 * the overall null when fewer than the minimum answered the question.
 */
export function withholdQuestionScores(
  scores: readonly QuestionScore[],
  withheldGroups: readonly string[],
  minimum: number = MIN_GROUP_RESPONSES,
): QuestionScore[] {
  return scores.map((score) => {
    const plan = planDisclosure(score.answers, minimum, withheldGroups);
    return {
      ...score,
      overall: plan.isOverallShown ? score.overall : null,
      groups: Object.fromEntries(
        Object.entries(score.groups).map(([group, value]) => [
          group,
          withheldGroups.includes(group) || plan.withheld.includes(group) ? null : value,
        ]),
      ),
    };
  });
}
