import type {
  AnswerPatch,
  AnswerSet,
  AnswerValue,
  RenderedForm,
  RenderedQuestion,
} from "../../../../domain/questionnaire/index.js";

/** Has the question an answer a respondent can see? «Ved ikke» counts; an empty text or list does not. */
export function hasAnswer(value: AnswerValue | undefined): boolean {
  if (value === undefined) {
    return false;
  }
  if (typeof value === "string") {
    return value.trim().length > 0;
  }
  return Array.isArray(value) ? value.length > 0 : true;
}

export function listFormQuestions(form: RenderedForm): RenderedQuestion[] {
  return form.sections.flatMap((section) => section.questions);
}

/** «12 af 30 besvaret»: counted in the browser, so the bar moves as soon as an answer is given. */
export function countAnswered(
  form: RenderedForm,
  answers: Readonly<AnswerSet>,
): { answered: number; total: number; percent: number } {
  const questions = listFormQuestions(form);
  const answered = questions.filter((question) => hasAnswer(answers[question.key])).length;
  return {
    answered,
    total: questions.length,
    percent: questions.length === 0 ? 100 : Math.round((answered / questions.length) * 100),
  };
}

/** An answer given in the form, as it is kept locally: a cleared answer disappears. */
export function applyLocalAnswer(answers: Readonly<AnswerSet>, key: string, value: AnswerValue | null): AnswerSet {
  const next: AnswerSet = { ...answers };
  if (value === null || !hasAnswer(value)) {
    delete next[key];
  } else {
    next[key] = value;
  }
  return next;
}

/**
 * The server's field messages name questions as `answers.<key>`; this keeps the question keys.
 * Fields that do not name a question are returned under `general`.
 */
export function splitAnswerFields(fields: Readonly<Record<string, string>>): {
  questions: Record<string, string>;
  general: string[];
} {
  const questions: Record<string, string> = {};
  const general: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const match = /^answers\.([a-z][a-z0-9_]*)$/.exec(path);
    if (match) {
      questions[match[1]] = message;
    } else {
      general.push(message);
    }
  }
  return { questions, general };
}

/** After a refused save, the answers of the patch that were not refused go back in the queue. */
export function requeueAfterRefusal(
  sent: Readonly<AnswerPatch>,
  refused: readonly string[],
  queued: Readonly<AnswerPatch>,
): AnswerPatch {
  const kept = Object.fromEntries(Object.entries(sent).filter(([key]) => !refused.includes(key)));
  return { ...kept, ...queued };
}

/** A text or choice answer in the form's vocabulary, for the control that shows it. */
export function toChoiceList(value: AnswerValue | undefined): string[] {
  if (Array.isArray(value)) {
    return value;
  }
  return typeof value === "string" ? [value] : [];
}
