import { TemplateUpdate, type AssessmentTemplateDefinition } from "../../../../domain/assessment/index.js";
import { DIMENSIONS } from "../../../../domain/dimensions.js";
import { SCALE_STEPS, type QuestionType } from "../../../../domain/questionnaire/index.js";
import type { Language } from "../../../../domain/validation.js";
import { checkWith, type Checked } from "../../../forms/form-check.js";

/** Texts in both languages, as typed. */
export interface Pair {
  da: string;
  en: string;
}

export interface OptionDraft {
  uid: string;
  /** Only options added in this edit may change key (answers are stored under it). */
  isNew: boolean;
  key: string;
  label: Pair;
}

/**
 * A question as the editor holds it: every type's fields at once, so switching type and back
 * loses nothing. Only the current type's fields are sent. `isNew` questions may still change key.
 */
export interface QuestionDraft {
  uid: string;
  isNew: boolean;
  key: string;
  type: QuestionType;
  text: Pair;
  help: Pair;
  required: boolean;
  audiences: string[];
  labels: Pair[];
  allowDontKnow: boolean;
  options: OptionDraft[];
  maxChoices: string;
  maxLength: string;
}

export interface SectionDraft {
  uid: string;
  key: string;
  title: Pair;
  description: Pair;
  questions: QuestionDraft[];
}

export interface TemplateDraft {
  title: Pair;
  description: Pair;
  audiences: { key: string; label: Pair }[];
  sections: SectionDraft[];
}

let counter = 0;
export const newUid = (): string => {
  counter += 1;
  return `u${counter}`;
};

const pair = (value: Pair | undefined): Pair => ({ da: value?.da ?? "", en: value?.en ?? "" });
const emptyLabels = (): Pair[] => Array.from({ length: SCALE_STEPS }, () => ({ da: "", en: "" }));

export function fromDefinition(definition: AssessmentTemplateDefinition): TemplateDraft {
  return {
    title: pair(definition.title),
    description: pair(definition.description),
    audiences: definition.audiences.map((audience) => ({ key: audience.key, label: pair(audience.label) })),
    sections: definition.sections.map((section) => ({
      uid: newUid(),
      key: section.key,
      title: pair(section.title),
      description: pair(section.description),
      questions: section.questions.map((question) => ({
        uid: newUid(),
        isNew: false,
        key: question.key,
        type: question.type,
        text: pair(question.text),
        help: pair(question.help),
        required: question.required,
        audiences: [...question.audiences],
        labels: question.type === "scale" ? question.labels.map(pair) : emptyLabels(),
        allowDontKnow: question.type === "scale" ? question.allowDontKnow : true,
        options:
          question.type === "single" || question.type === "multiple"
            ? question.options.map((option) => ({
                uid: newUid(),
                isNew: false,
                key: option.key,
                label: pair(option.label),
              }))
            : [],
        maxChoices:
          question.type === "multiple" && question.maxChoices !== undefined ? String(question.maxChoices) : "",
        maxLength: question.type === "text" ? String(question.maxLength) : "2000",
      })),
    })),
  };
}

/** A new question in a section: a statement on the scale the section's first statement uses. */
export function newQuestion(
  section: SectionDraft,
  audiences: readonly string[],
  taken: ReadonlySet<string>,
): QuestionDraft {
  let number = section.questions.length + 1;
  while (taken.has(`${section.key}_${number}`)) {
    number += 1;
  }
  const model = section.questions.find((question) => question.type === "scale");
  return {
    uid: newUid(),
    isNew: true,
    key: `${section.key}_${number}`,
    type: "scale",
    text: { da: "", en: "" },
    help: { da: "", en: "" },
    required: true,
    audiences: [...audiences],
    labels: model ? model.labels.map((label) => ({ ...label })) : emptyLabels(),
    allowDontKnow: true,
    options: [],
    maxChoices: "",
    maxLength: "2000",
  };
}

export const unusedDimensions = (draft: TemplateDraft): string[] =>
  DIMENSIONS.filter((key) => !draft.sections.some((section) => section.key === key));

const optionalPair = (value: Pair): Pair | undefined =>
  value.da.trim() === "" && value.en.trim() === "" ? undefined : value;
const numberOrText = (value: string): number | string | undefined =>
  value.trim() === "" ? undefined : /^\d+$/.test(value.trim()) ? Number(value) : value;

function toQuestion(question: QuestionDraft): Record<string, unknown> {
  const base = {
    key: question.key,
    type: question.type,
    text: question.text,
    help: optionalPair(question.help),
    required: question.required,
    audiences: question.audiences,
  };
  const options = question.options.map((option) => ({ key: option.key, label: option.label }));
  switch (question.type) {
    case "scale":
      return { ...base, labels: question.labels, allowDontKnow: question.allowDontKnow };
    case "single":
      return { ...base, options };
    case "multiple":
      return { ...base, options, maxChoices: numberOrText(question.maxChoices) };
    case "text":
      return { ...base, maxLength: numberOrText(question.maxLength) };
  }
}

/** The definition the API takes (before parsing): only what each question's type uses. */
export function toDefinition(draft: TemplateDraft): Record<string, unknown> {
  return {
    title: draft.title,
    description: optionalPair(draft.description),
    audiences: draft.audiences.map((audience) => ({ key: audience.key, label: audience.label })),
    sections: draft.sections.map((section) => ({
      key: section.key,
      title: section.title,
      description: optionalPair(section.description),
      questions: section.questions.map(toQuestion),
    })),
  };
}

/** Checked with the server's own schema: the field paths (`definition.sections.0.…`) are the server's too. */
export function validateDraft(draft: TemplateDraft, language: Language): Checked<TemplateUpdate> {
  return checkWith(TemplateUpdate, { definition: toDefinition(draft) }, language);
}

/** Which section a field path belongs to (`definition.sections.2.…` → 2), to open it when it has an error. */
export function sectionOfPath(path: string): number | null {
  const match = /^definition\.sections\.(\d+)/.exec(path);
  return match ? Number(match[1]) : null;
}
