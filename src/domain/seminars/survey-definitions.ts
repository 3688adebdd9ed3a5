import { z } from "zod";
import { DefinitionKey, QuestionnaireDefinition, type QuestionnaireDefinitionInput } from "../questionnaire/index.js";
import { requiredText, text } from "../text-schemas.js";

/**
 * The seminar's questionnaires, all in the one questionnaire engine: the optional registration
 * questions a seminar's staff write, the evaluation after the seminar and the follow-up months later.
 * Each has one audience.
 */
export const REGISTRANT = "registrant";
export const ATTENDEE = "attendee";

export const SURVEY_KINDS = ["evaluation", "follow_up"] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

/** b2match's follow-up outcomes, from least to most. */
export const FOLLOW_UP_OUTCOMES = [
  "no_further_contact",
  "knowledge_gained",
  "valuable_contact",
  "negotiation_started",
  "cooperation_agreed",
] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

export const FOLLOW_UP_LABELS: Record<FollowUpOutcome, { da: string; en: string }> = {
  no_further_contact: { da: "Ingen yderligere kontakt", en: "No further contact" },
  knowledge_gained: { da: "Fik ny viden", en: "Knowledge gained" },
  valuable_contact: { da: "Værdifuld kontakt", en: "Valuable contact" },
  negotiation_started: { da: "Forhandling i gang", en: "Negotiation started" },
  cooperation_agreed: { da: "Samarbejde aftalt", en: "Cooperation agreed" },
};

export const USEFUL_OPTIONS = ["yes", "partly", "no"] as const;

const attendees = [{ key: ATTENDEE, label: { da: "Deltagere", en: "Attendees" } }];

/** The evaluation every attendee is asked the day after: overall rating, usefulness, what to improve. */
export const EVALUATION_DEFINITION: QuestionnaireDefinition = QuestionnaireDefinition.parse({
  title: { da: "Evaluering af seminaret", en: "Seminar evaluation" },
  audiences: attendees,
  sections: [
    {
      key: "evaluation",
      title: { da: "Hvordan var seminaret?", en: "How was the seminar?" },
      questions: [
        {
          type: "scale",
          key: "overall",
          text: { da: "Hvad er dit samlede indtryk af seminaret?", en: "What is your overall impression?" },
          required: true,
          audiences: [ATTENDEE],
          allowDontKnow: false,
          labels: [
            { da: "Meget dårligt", en: "Very poor" },
            { da: "Dårligt", en: "Poor" },
            { da: "Middel", en: "Fair" },
            { da: "Godt", en: "Good" },
            { da: "Meget godt", en: "Very good" },
          ],
        },
        {
          type: "single",
          key: "useful",
          text: { da: "Kan du bruge det, du fik ud af seminaret?", en: "Was the seminar useful to you?" },
          required: true,
          audiences: [ATTENDEE],
          options: [
            { key: "yes", label: { da: "Ja", en: "Yes" } },
            { key: "partly", label: { da: "Delvis", en: "Partly" } },
            { key: "no", label: { da: "Nej", en: "No" } },
          ],
        },
        {
          type: "text",
          key: "improve",
          text: { da: "Hvad kan vi gøre bedre næste gang?", en: "What could we do better next time?" },
          audiences: [ATTENDEE],
          maxLength: 2000,
        },
        {
          type: "text",
          key: "comment",
          text: { da: "Andre kommentarer", en: "Other comments" },
          audiences: [ATTENDEE],
          maxLength: 2000,
        },
      ],
    },
  ],
} satisfies QuestionnaireDefinitionInput);

/** The follow-up months later: what came of the seminar, and with which organisation. */
export const FOLLOW_UP_DEFINITION: QuestionnaireDefinition = QuestionnaireDefinition.parse({
  title: { da: "Hvad kom der ud af seminaret?", en: "What came of the seminar?" },
  audiences: attendees,
  sections: [
    {
      key: "follow_up",
      title: { da: "Opfølgning", en: "Follow-up" },
      questions: [
        {
          type: "single",
          key: "outcome",
          text: {
            da: "Hvad er der sket siden seminaret med de kontakter, du fik?",
            en: "What has happened since the seminar with the contacts you made?",
          },
          required: true,
          audiences: [ATTENDEE],
          options: FOLLOW_UP_OUTCOMES.map((key) => ({ key, label: FOLLOW_UP_LABELS[key] })),
        },
        {
          type: "text",
          key: "organisation",
          text: { da: "Med hvilken organisation? (valgfrit)", en: "With which organisation? (optional)" },
          audiences: [ATTENDEE],
          maxLength: 200,
        },
      ],
    },
  ],
} satisfies QuestionnaireDefinitionInput);

export function surveyDefinition(kind: SurveyKind): QuestionnaireDefinition {
  return kind === "evaluation" ? EVALUATION_DEFINITION : FOLLOW_UP_DEFINITION;
}

/** The question types a seminar's registration form may ask (a scale fits an evaluation, not a sign-up). */
export const REGISTRATION_QUESTION_TYPES = ["text", "single", "multiple"] as const;

const OptionInput = z
  .object({ key: DefinitionKey.optional(), da: requiredText(200), en: text(200).optional() })
  .strict();

/**
 * One registration question as the staff page writes it: Danish text, English optional (the Danish is
 * used), options for a choice. A saved question keeps its key, so answers already given stay attached.
 */
export const RegistrationQuestionInput = z
  .object({
    key: DefinitionKey.optional(),
    type: z.enum(REGISTRATION_QUESTION_TYPES),
    da: requiredText(500),
    en: text(500).optional(),
    required: z.boolean().default(false),
    options: z.array(OptionInput).max(20).default([]),
  })
  .strict()
  .superRefine((question, ctx) => {
    if (question.type !== "text" && question.options.length < 2) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "options_min_two" });
    }
  });
export type RegistrationQuestionInput = z.input<typeof RegistrationQuestionInput>;

/** The registration questions of a seminar; none means the form asks nothing extra. */
export const RegistrationQuestionsInput = z.object({ questions: z.array(RegistrationQuestionInput).max(15) }).strict();
export type RegistrationQuestionsInput = z.infer<typeof RegistrationQuestionsInput>;

/** The first key `prefix_<n>` not in `taken`. */
function freshKey(prefix: string, taken: Set<string>): string {
  let number = 1;
  while (taken.has(`${prefix}_${number}`)) {
    number += 1;
  }
  const key = `${prefix}_${number}`;
  taken.add(key);
  return key;
}

/**
 * The staff's list of questions as a questionnaire definition (one section, audience «registrant»), or
 * null when there are none. New questions and options get keys not used before in the list.
 */
export function buildRegistrationDefinition(input: RegistrationQuestionsInput): QuestionnaireDefinition | null {
  if (input.questions.length === 0) {
    return null;
  }
  const taken = new Set(input.questions.flatMap((question) => (question.key ? [question.key] : [])));
  const questions = input.questions.map((question) => {
    const key = question.key ?? freshKey("q", taken);
    const base = {
      key,
      text: { da: question.da, en: question.en || question.da },
      required: question.required,
      audiences: [REGISTRANT],
    };
    if (question.type === "text") {
      return { ...base, type: "text" as const, maxLength: 1000 };
    }
    const optionKeys = new Set(question.options.flatMap((option) => (option.key ? [option.key] : [])));
    const options = question.options.map((option) => ({
      key: option.key ?? freshKey("o", optionKeys),
      label: { da: option.da, en: option.en || option.da },
    }));
    return { ...base, type: question.type, options };
  });
  return QuestionnaireDefinition.parse({
    title: { da: "Spørgsmål ved tilmelding", en: "Registration questions" },
    audiences: [{ key: REGISTRANT, label: { da: "Tilmeldte", en: "Registrants" } }],
    sections: [{ key: "registration", title: { da: "Spørgsmål", en: "Questions" }, questions }],
  });
}

/** The definition back as the staff page's list (the inverse of `buildRegistrationDefinition`). */
export function listRegistrationQuestions(definition: QuestionnaireDefinition | null): RegistrationQuestionsInput {
  const questions = (definition?.sections ?? []).flatMap((section) =>
    section.questions.flatMap((question) => {
      if (question.type === "scale") {
        return [];
      }
      return [
        {
          key: question.key,
          type: question.type,
          da: question.text.da,
          en: question.text.en,
          required: question.required,
          options:
            question.type === "text"
              ? []
              : question.options.map((option) => ({ key: option.key, da: option.label.da, en: option.label.en })),
        },
      ];
    }),
  );
  return { questions };
}
