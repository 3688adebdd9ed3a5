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

/** The groups whose responses are too few to show, in the order given. */
export function findWithheldGroups(
  responses: Readonly<Record<string, number>>,
  minimum: number = MIN_GROUP_RESPONSES,
): string[] {
  return Object.entries(responses)
    .filter(([, count]) => isTooFewToShow(count, minimum))
    .map(([group]) => group);
}

/**
 * The profile as it may be shown: a withheld group — or a dimension only a few of a group's
 * respondents scored — keeps its respondent count but loses its score and answer counts.
 * The overall score and the number of groups scored are left as they were.
 */
export function withholdSmallGroups(
  profile: AssessmentProfile,
  minimum: number = MIN_GROUP_RESPONSES,
): AssessmentProfile {
  const withheld = new Set(findWithheldGroups(profile.responses, minimum));
  return {
    ...profile,
    dimensions: profile.dimensions.map((dimension) => ({
      ...dimension,
      groups: Object.fromEntries(
        Object.entries(dimension.groups).map(([group, cell]) => [
          group,
          withheld.has(group) || isTooFewToShow(cell.respondents, minimum)
            ? { score: null, respondents: cell.respondents, answers: 0, dontKnow: 0, withheld: true }
            : cell,
        ]),
      ),
    })),
  };
}

/** Question scores as they may be shown: null for a withheld group and where a group gave fewer answers than the minimum. */
export function withholdQuestionScores(
  scores: readonly QuestionScore[],
  withheldGroups: readonly string[],
  minimum: number = MIN_GROUP_RESPONSES,
): QuestionScore[] {
  return scores.map((score) => ({
    ...score,
    groups: Object.fromEntries(
      Object.entries(score.groups).map(([group, value]) => [
        group,
        withheldGroups.includes(group) || isTooFewToShow(score.answers[group] ?? 0, minimum) ? null : value,
      ]),
    ),
  }));
}
