import type { AnswerSet } from "../../../../domain/questionnaire/index.js";

/** What the respondent has filled in; answers hold only what was actually given. */
export interface FeedbackDraft {
  consent: boolean;
  anonymous: boolean;
  name: string;
  answers: AnswerSet;
}

/** The DOM id of a question's first control, so the error summary can move focus to it. */
export const questionId = (key: string) => `feedback-${key}`;

type FeedbackCheck = typeof import("./feedback-check.js");
let check: FeedbackCheck | undefined;
let loading: Promise<FeedbackCheck> | undefined;

/**
 * The form's check uses the server's Zod schemas; they come in a chunk of their own, loaded when the
 * respondent starts on the form (or submits), so opening the link on a phone parses no Zod (issue 17).
 */
export function loadFeedbackCheck(): Promise<FeedbackCheck> {
  loading ??= import("./feedback-check.js").then(
    (loaded) => (check = loaded),
    (error: unknown) => {
      // Lost on the way (a phone out of coverage): the next submit tries again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The check once loaded, else undefined (then load it and submit again). */
export const loadedFeedbackCheck = (): FeedbackCheck | undefined => check;
