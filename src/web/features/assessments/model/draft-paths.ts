import { fieldId } from "../../../forms/field-id.js";
import type { Language } from "../../../../domain/validation.js";
import type { TemplateDraft } from "./template-draft.js";

/** The words the editor uses for its fields (translated by the caller). */
export interface PathWords {
  general: string;
  templateTitle: string;
  templateDescription: string;
  audience: (label: string) => string;
  question: (number: number) => string;
  option: (number: number) => string;
  step: (number: number) => string;
  field: (name: string) => string;
  language: (language: string) => string;
}

/** The id of the control a field path's message belongs to (array-level messages go to the list's first control). */
export function targetOfPath(path: string): string {
  const audiences = /^(definition\.sections\.\d+\.questions\.\d+\.audiences)(\.\d+)?$/.exec(path);
  if (audiences) {
    return fieldId(audiences[1]);
  }
  if (/^definition\.sections\.\d+\.questions\.\d+\.options$/.test(path)) {
    return `${fieldId(path)}-add`;
  }
  if (/^definition\.sections\.\d+\.questions$/.test(path)) {
    return `${fieldId(path)}-add`;
  }
  return fieldId(path);
}

/** «Teknologi › Spørgsmål 3 › Tekst (dansk)» for a field path of the definition. */
export function describePath(path: string, draft: TemplateDraft, words: PathWords, language: Language = "da"): string {
  const parts = path.split(".");
  if (parts[0] !== "definition") {
    return words.general;
  }
  const [, top, first, second, third, fourth, fifth, sixth] = parts;
  const withLanguage = (name: string, language: string | undefined) =>
    language === "da" || language === "en" ? `${name} ${words.language(language)}` : name;
  if (top === "title") {
    return withLanguage(words.templateTitle, first);
  }
  if (top === "description") {
    return withLanguage(words.templateDescription, first);
  }
  if (top === "audiences") {
    return withLanguage(words.audience(draft.audiences[Number(first)]?.label[language] || first), third);
  }
  if (top !== "sections") {
    return words.general;
  }
  const section = draft.sections[Number(first)];
  const sectionName = section?.title[language] || section?.key || String(Number(first) + 1);
  if (second !== "questions" || third === undefined) {
    return [sectionName, withLanguage(words.field(second ?? "key"), third)].join(" › ");
  }
  const questionName = words.question(Number(third) + 1);
  if (fourth === "labels") {
    return [sectionName, questionName, withLanguage(words.step(Number(fifth) + 1), sixth)].join(" › ");
  }
  if (fourth === "options" && fifth !== undefined) {
    const field = sixth === "label" ? words.field("optionLabel") : words.field("optionKey");
    return [sectionName, questionName, words.option(Number(fifth) + 1), withLanguage(field, parts[8])].join(" › ");
  }
  return [sectionName, questionName, withLanguage(words.field(fourth ?? "key"), fifth)].join(" › ");
}
