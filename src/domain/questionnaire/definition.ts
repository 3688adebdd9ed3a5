import { z } from "zod";
import { requiredText, text } from "../text-schemas.js";

/** The fixed answer scale: 1 (lowest) to 5 (highest), with a label on every step. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
export const SCALE_STEPS = SCALE_MAX - SCALE_MIN + 1;
/** The stored answer of a scale question answered «don't know». */
export const DONT_KNOW = "dont_know";

export const QUESTION_TYPES = ["scale", "single", "multiple", "text"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** A key inside a definition: lower case, digits and `_`, starting with a letter. */
export const DefinitionKey = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,59}$/, "key_format");

export const LocalizedText = z.object({ da: requiredText(500), en: requiredText(500) }).strict();
export type LocalizedText = z.infer<typeof LocalizedText>;

const LocalizedLongText = z.object({ da: text(2000), en: text(2000) }).strict();

const questionBase = {
  key: DefinitionKey,
  text: LocalizedText,
  help: LocalizedLongText.optional(),
  required: z.boolean().default(false),
  /** The audience keys (respondent groups) the question is asked to. */
  audiences: z.array(DefinitionKey).min(1).max(20),
};

const ChoiceOption = z.object({ key: DefinitionKey, label: LocalizedText }).strict();

const ScaleQuestion = z
  .object({
    ...questionBase,
    type: z.literal("scale"),
    labels: z.tuple([LocalizedText, LocalizedText, LocalizedText, LocalizedText, LocalizedText]),
    allowDontKnow: z.boolean().default(true),
  })
  .strict();

const SingleQuestion = z
  .object({ ...questionBase, type: z.literal("single"), options: z.array(ChoiceOption).min(2).max(30) })
  .strict();

const MultipleQuestion = z
  .object({
    ...questionBase,
    type: z.literal("multiple"),
    options: z.array(ChoiceOption).min(2).max(30),
    maxChoices: z.number().int().min(1).max(30).optional(),
  })
  .strict();

const TextQuestion = z
  .object({ ...questionBase, type: z.literal("text"), maxLength: z.number().int().min(1).max(10_000).default(2000) })
  .strict();

export const Question = z.discriminatedUnion("type", [ScaleQuestion, SingleQuestion, MultipleQuestion, TextQuestion]);
export type Question = z.infer<typeof Question>;
export type ScaleQuestion = z.infer<typeof ScaleQuestion>;
export type ChoiceQuestion = z.infer<typeof SingleQuestion> | z.infer<typeof MultipleQuestion>;

export const Section = z
  .object({
    key: DefinitionKey,
    title: LocalizedText,
    description: LocalizedLongText.optional(),
    questions: z.array(Question).min(1).max(50),
  })
  .strict();
export type Section = z.infer<typeof Section>;

export const Audience = z.object({ key: DefinitionKey, label: LocalizedText }).strict();
export type Audience = z.infer<typeof Audience>;

const duplicateIssue = (ctx: z.RefinementCtx, path: (string | number)[]) =>
  ctx.addIssue({ code: "custom", path, message: "key_duplicate" });

/** Keys unique, every question asked to a declared audience, every option key unique. */
function checkDefinition(definition: z.infer<typeof DefinitionShape>, ctx: z.RefinementCtx): void {
  const audienceKeys = new Set<string>();
  definition.audiences.forEach((audience, index) => {
    if (audienceKeys.has(audience.key)) {
      duplicateIssue(ctx, ["audiences", index, "key"]);
    }
    audienceKeys.add(audience.key);
  });
  const sectionKeys = new Set<string>();
  const questionKeys = new Set<string>();
  definition.sections.forEach((section, sectionIndex) => {
    if (sectionKeys.has(section.key)) {
      duplicateIssue(ctx, ["sections", sectionIndex, "key"]);
    }
    sectionKeys.add(section.key);
    section.questions.forEach((question, questionIndex) => {
      const path = ["sections", sectionIndex, "questions", questionIndex];
      if (questionKeys.has(question.key)) {
        duplicateIssue(ctx, [...path, "key"]);
      }
      questionKeys.add(question.key);
      question.audiences.forEach((audience, audienceIndex) => {
        if (!audienceKeys.has(audience)) {
          ctx.addIssue({ code: "custom", path: [...path, "audiences", audienceIndex], message: "audience_unknown" });
        }
      });
      if (question.type === "single" || question.type === "multiple") {
        const optionKeys = new Set<string>();
        question.options.forEach((option, optionIndex) => {
          if (optionKeys.has(option.key)) {
            duplicateIssue(ctx, [...path, "options", optionIndex, "key"]);
          }
          optionKeys.add(option.key);
        });
      }
    });
  });
}

const DefinitionShape = z
  .object({
    title: LocalizedText,
    description: LocalizedLongText.optional(),
    audiences: z.array(Audience).min(1).max(20),
    sections: z.array(Section).min(1).max(30),
  })
  .strict();

/**
 * A questionnaire: audiences (respondent groups), then sections of questions. Every text is in
 * Danish and English. Keys are stable identifiers: answers are stored under the question key.
 */
export const QuestionnaireDefinition = DefinitionShape.superRefine(checkDefinition);
export type QuestionnaireDefinition = z.infer<typeof QuestionnaireDefinition>;
export type QuestionnaireDefinitionInput = z.input<typeof QuestionnaireDefinition>;

/** The questions asked to one audience, in order, with the key of their section. */
export function listQuestions(
  definition: QuestionnaireDefinition,
  audience?: string,
): { section: Section; question: Question }[] {
  return definition.sections.flatMap((section) =>
    section.questions
      .filter((question) => audience === undefined || question.audiences.includes(audience))
      .map((question) => ({ section, question })),
  );
}

export function hasAudience(definition: QuestionnaireDefinition, audience: string): boolean {
  return definition.audiences.some((item) => item.key === audience);
}
