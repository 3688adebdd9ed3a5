/**
 * The questionnaire engine: one engine for every questionnaire in Samspil (as Decidim's
 * decidim-forms). It knows questionnaires, audiences, sections, questions and answers — nothing
 * about assessments, living labs or scores of any particular instrument. Pure, no I/O.
 *
 * A definition (`QuestionnaireDefinition`, a Zod schema; store it as JSON):
 *
 *   {
 *     title: { da, en }, description?: { da, en },
 *     audiences: [{ key: "staff", label: { da: "Medarbejdere", en: "Staff" } }, ...],
 *     sections: [{
 *       key: "technology", title: { da, en }, description?: { da, en },
 *       questions: [
 *         { type: "scale",    key, text: { da, en }, help?, required, audiences: ["staff"],
 *           labels: [5 × { da, en }] (one per step 1–5), allowDontKnow (default true) },
 *         { type: "single",   key, text, required, audiences, options: [{ key, label: { da, en } }] },
 *         { type: "multiple", key, text, required, audiences, options, maxChoices? },
 *         { type: "text",     key, text, required, audiences, maxLength (default 2000) },
 *       ],
 *     }],
 *   }
 *
 * Keys are `[a-z][a-z0-9_]*` and unique (question keys across the whole definition); every
 * question names the audiences it is asked to. Answers are stored by question key:
 * scale → 1..5 or "dont_know"; single → an option key; multiple → option keys; text → a string.
 *
 * Use:
 *   - `renderForm(definition, audience, language)` — the form one audience sees, localised.
 *   - `buildAnswerSchema(definition, audience)` — Zod schema of an answer patch; an unknown
 *     question, a step outside 1–5 or an unknown option is an issue at path [questionKey]
 *     (wrap it as `z.object({ answers: schema })` to get `answers.<questionKey>` fields).
 *     Parsing gives an `AnswerPatch` (`null` clears); `applyAnswerPatch` merges it.
 *   - `computeProgress(definition, audience, answers)` — answered/required/missing, percent.
 *   - `scaleToPercent`, `mean`, `collectTextAnswers`, `countChoices` — building blocks for an
 *     instrument's own scoring (the 360° assessment scores in `../assessment/scoring.ts`).
 *   - `describeAnswer` — an answer as text (option labels, «Ved ikke»), for exports and reports.
 *
 * A new instrument (e.g. living-lab feedback with audiences citizen, relative, staff) writes its
 * own definition and, if it needs one, its own extra refinement of `QuestionnaireDefinition`
 * (as `AssessmentTemplateDefinition` requires section keys to be dimensions).
 */
export {
  Audience,
  DefinitionKey,
  DONT_KNOW,
  hasAudience,
  listQuestions,
  LocalizedText,
  Question,
  QUESTION_TYPES,
  QuestionnaireDefinition,
  SCALE_MAX,
  SCALE_MIN,
  SCALE_STEPS,
  Section,
  type ChoiceQuestion,
  type QuestionnaireDefinitionInput,
  type QuestionType,
  type ScaleQuestion,
} from "./definition.js";
export {
  applyAnswerPatch,
  buildAnswerSchema,
  checkAnswer,
  computeProgress,
  type AnswerPatch,
  type AnswerSet,
  type AnswerValue,
  type Progress,
} from "./answers.js";
export {
  describeAnswer,
  DONT_KNOW_LABEL,
  indexQuestions,
  localize,
  renderForm,
  type RenderedForm,
  type RenderedQuestion,
  type RenderedSection,
} from "./render.js";
export {
  collectTextAnswers,
  countChoices,
  mean,
  roundScore,
  scaleToPercent,
  type ChoiceCount,
  type Response,
  type TextAnswer,
} from "./summaries.js";
