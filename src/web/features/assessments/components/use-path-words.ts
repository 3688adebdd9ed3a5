import { useTranslation } from "react-i18next";
import type { PathWords } from "../model/draft-paths.js";

const FIELDS = [
  "key",
  "type",
  "text",
  "help",
  "required",
  "audiences",
  "allowDontKnow",
  "maxChoices",
  "maxLength",
  "optionKey",
  "optionLabel",
  "title",
  "description",
  "questions",
  "options",
  "labels",
] as const;
type FieldName = (typeof FIELDS)[number];
const isField = (name: string): name is FieldName => (FIELDS as readonly string[]).includes(name);

/** The editor's field names in the reader's language, for the error summary. */
export function usePathWords(): PathWords {
  const { t } = useTranslation("assessments");
  return {
    general: t("editor.path.general"),
    templateTitle: t("editor.templateTitle"),
    templateDescription: t("editor.templateDescription"),
    audience: (label) => t("editor.path.group", { label }),
    question: (number) => t("editor.path.question", { number }),
    option: (number) => t("editor.path.option", { number }),
    step: (number) => t("editor.step", { number }),
    field: (name) => (isField(name) ? t(`editor.path.field.${name}`) : name),
    language: (language) => (language === "da" ? t("editor.in.da") : t("editor.in.en")),
  };
}
