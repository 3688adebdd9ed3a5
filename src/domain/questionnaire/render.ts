import type { Language } from "../validation.js";
import {
  DONT_KNOW,
  listQuestions,
  SCALE_MIN,
  type LocalizedText,
  type Question,
  type QuestionnaireDefinition,
} from "./definition.js";

export const DONT_KNOW_LABEL: LocalizedText = { da: "Ved ikke", en: "Don't know" };

export const localize = (value: LocalizedText, language: Language): string => value[language];

export interface RenderedQuestion {
  key: string;
  /** 1-based position in this audience's form, for «Spørgsmål 3 af 24». */
  number: number;
  type: Question["type"];
  text: string;
  help: string;
  required: boolean;
  /** scale: the five steps and, when allowed, «don't know» (value `dont_know`). */
  scale?: { steps: { value: number; label: string }[]; dontKnow: { value: typeof DONT_KNOW; label: string } | null };
  /** single and multiple: the options, in order. */
  options?: { key: string; label: string }[];
  maxChoices?: number;
  maxLength?: number;
}

export interface RenderedSection {
  key: string;
  title: string;
  description: string;
  questions: RenderedQuestion[];
}

export interface RenderedForm {
  title: string;
  description: string;
  audience: { key: string; label: string };
  language: Language;
  questionCount: number;
  sections: RenderedSection[];
}

function renderQuestion(question: Question, number: number, language: Language): RenderedQuestion {
  const base = {
    key: question.key,
    number,
    type: question.type,
    text: localize(question.text, language),
    help: question.help ? localize(question.help, language) : "",
    required: question.required,
  };
  switch (question.type) {
    case "scale":
      return {
        ...base,
        scale: {
          steps: question.labels.map((label, index) => ({
            value: SCALE_MIN + index,
            label: localize(label, language),
          })),
          dontKnow: question.allowDontKnow ? { value: DONT_KNOW, label: localize(DONT_KNOW_LABEL, language) } : null,
        },
      };
    case "single":
      return {
        ...base,
        options: question.options.map((option) => ({ key: option.key, label: localize(option.label, language) })),
      };
    case "multiple":
      return {
        ...base,
        options: question.options.map((option) => ({ key: option.key, label: localize(option.label, language) })),
        maxChoices: question.maxChoices ?? question.options.length,
      };
    case "text":
      return { ...base, maxLength: question.maxLength };
  }
}

/**
 * The form one audience sees, in one language: only its questions, sections without any left
 * out, every label ready for a screen reader (no keys to translate on the client).
 */
export function renderForm(definition: QuestionnaireDefinition, audience: string, language: Language): RenderedForm {
  const audienceEntry = definition.audiences.find((item) => item.key === audience);
  let number = 0;
  const sections = definition.sections
    .map((section) => ({
      key: section.key,
      title: localize(section.title, language),
      description: section.description ? localize(section.description, language) : "",
      questions: section.questions
        .filter((question) => question.audiences.includes(audience))
        .map((question) => {
          number += 1;
          return renderQuestion(question, number, language);
        }),
    }))
    .filter((section) => section.questions.length > 0);
  return {
    title: localize(definition.title, language),
    description: definition.description ? localize(definition.description, language) : "",
    audience: { key: audience, label: audienceEntry ? localize(audienceEntry.label, language) : audience },
    language,
    questionCount: number,
    sections,
  };
}

/** An answer as a reader sees it: option labels instead of keys, «Ved ikke» for don't know. */
export function describeAnswer(question: Question, value: unknown, language: Language): string {
  if (value === undefined || value === null) {
    return "";
  }
  if (value === DONT_KNOW) {
    return localize(DONT_KNOW_LABEL, language);
  }
  if (question.type === "single" || question.type === "multiple") {
    const keys = Array.isArray(value) ? value : [value];
    return keys
      .map((key) => question.options.find((option) => option.key === key)?.label[language] ?? String(key))
      .join("; ");
  }
  return String(value);
}

/** The questions of a definition by key, whatever their audience. */
export function indexQuestions(
  definition: QuestionnaireDefinition,
): Map<string, { sectionKey: string; question: Question }> {
  return new Map(
    listQuestions(definition).map(({ section, question }) => [question.key, { sectionKey: section.key, question }]),
  );
}
