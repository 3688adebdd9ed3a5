import { z } from "zod";
import {
  listQuestions,
  mean,
  QuestionnaireDefinition,
  roundScore,
  scaleToPercent,
  collectTextAnswers,
  countChoices,
  type Response,
} from "../questionnaire/index.js";
import { text } from "../text-schemas.js";

/** Who gives feedback in a living-lab test. */
export const FEEDBACK_AUDIENCES = ["citizen", "relative", "staff"] as const;
export type FeedbackAudience = (typeof FEEDBACK_AUDIENCES)[number];

const scaleLabels = (da: [string, string, string, string, string], en: [string, string, string, string, string]) =>
  da.map((label, index) => ({ da: label, en: en[index] }));

const agree = scaleLabels(
  ["Helt uenig", "Uenig", "Hverken enig eller uenig", "Enig", "Helt enig"],
  ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"],
);

const ALL: FeedbackAudience[] = ["citizen", "relative", "staff"];

/** The feedback form of a living-lab test, written with the questionnaire engine. */
export const LIVING_LAB_FEEDBACK: QuestionnaireDefinition = QuestionnaireDefinition.parse({
  title: { da: "Din oplevelse af løsningen", en: "Your experience of the solution" },
  description: {
    da: "Du hjælper med at afgøre, om løsningen skal bruges fremover. Det tager 3–5 minutter.",
    en: "You help decide whether the solution should be used from now on. It takes 3–5 minutes.",
  },
  audiences: [
    { key: "citizen", label: { da: "Borger", en: "Citizen" } },
    { key: "relative", label: { da: "Pårørende", en: "Relative" } },
    { key: "staff", label: { da: "Medarbejder", en: "Staff" } },
  ],
  sections: [
    {
      key: "experience",
      title: { da: "Brug og oplevelse", en: "Use and experience" },
      questions: [
        {
          type: "scale",
          key: "easy_to_use",
          text: { da: "Løsningen er nem at bruge", en: "The solution is easy to use" },
          required: true,
          audiences: ALL,
          labels: agree,
        },
        {
          type: "scale",
          key: "feels_safe",
          text: { da: "Jeg føler mig tryg, når løsningen bruges", en: "I feel safe when the solution is used" },
          required: true,
          audiences: ALL,
          labels: agree,
        },
        {
          type: "scale",
          key: "better_everyday",
          text: { da: "Løsningen gør hverdagen bedre", en: "The solution makes everyday life better" },
          required: true,
          audiences: ["citizen", "relative"],
          labels: agree,
        },
        {
          type: "scale",
          key: "saves_time",
          text: { da: "Løsningen sparer tid i mit arbejde", en: "The solution saves time in my work" },
          required: true,
          audiences: ["staff"],
          labels: agree,
        },
        {
          type: "scale",
          key: "better_work_environment",
          text: { da: "Løsningen giver et bedre arbejdsmiljø", en: "The solution gives a better working environment" },
          required: false,
          audiences: ["staff"],
          labels: agree,
        },
        {
          type: "single",
          key: "continue",
          text: {
            da: "Vil du gerne fortsætte med løsningen efter testen?",
            en: "Would you like to continue with the solution after the test?",
          },
          required: true,
          audiences: ALL,
          options: [
            { key: "yes", label: { da: "Ja", en: "Yes" } },
            { key: "maybe", label: { da: "Måske", en: "Maybe" } },
            { key: "no", label: { da: "Nej", en: "No" } },
          ],
        },
      ],
    },
    {
      key: "comments",
      title: { da: "Dine kommentarer", en: "Your comments" },
      questions: [
        {
          type: "text",
          key: "worked_well",
          text: { da: "Hvad fungerede godt?", en: "What worked well?" },
          required: false,
          audiences: ALL,
          maxLength: 2000,
        },
        {
          type: "text",
          key: "should_change",
          text: { da: "Hvad bør ændres?", en: "What should change?" },
          required: false,
          audiences: ALL,
          maxLength: 2000,
        },
      ],
    },
  ],
});

/** The consent a respondent gives before answering; the text is stored with each answer. */
export const CONSENT_TEXT = {
  da:
    "Jeg giver samtykke til, at mine svar bruges til at evaluere testen af løsningen. Jeg " +
    "kan svare anonymt. Svarene opbevares, så længe forløbet varer, og bruges ikke til andet.",
  en:
    "I consent to my answers being used to evaluate the test of the solution. I may answer " +
    "anonymously. The answers are kept while the process lasts and are not used for anything " +
    "else.",
} as const;

export const FeedbackLinkInput = z
  .object({
    audience: z.enum(FEEDBACK_AUDIENCES),
    expiresInDays: z.number().int().min(1).max(365).default(60),
  })
  .strict();
export type FeedbackLinkInput = z.infer<typeof FeedbackLinkInput>;

export const FeedbackSubmission = z
  .object({
    /** Made by the browser for each form; a second submit with the same id is the same answer. */
    submissionId: z.uuid(),
    consent: z.literal(true, { message: "consent_required" }),
    anonymous: z.boolean(),
    name: text(120).default(""),
    language: z.enum(["da", "en"]).default("da"),
    answers: z.record(z.string().max(60), z.unknown()),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (!value.anonymous && value.name.length === 0) {
      ctx.addIssue({ code: "custom", path: ["name"], message: "name_or_anonymous" });
    }
  });
export type FeedbackSubmission = z.infer<typeof FeedbackSubmission>;

export interface FeedbackSummary {
  responses: number;
  byAudience: Record<string, number>;
  anonymous: number;
  /** question key → audience → mean 0–100 (null without answers), plus the overall mean. */
  scales: { questionKey: string; overall: number | null; byAudience: Record<string, number | null> }[];
  choices: ReturnType<typeof countChoices>;
  texts: ReturnType<typeof collectTextAnswers>;
}

/** What the evaluation gate needs: how many answered, the scale means per group, choices and comments. */
export function summariseFeedback(responses: readonly (Response & { anonymous: boolean })[]): FeedbackSummary {
  const byAudience: Record<string, number> = {};
  for (const response of responses) {
    byAudience[response.audience] = (byAudience[response.audience] ?? 0) + 1;
  }
  const scales = listQuestions(LIVING_LAB_FEEDBACK)
    .filter(({ question }) => question.type === "scale")
    .map(({ question }) => {
      const valuesFor = (audience?: string) =>
        responses
          .filter((response) => audience === undefined || response.audience === audience)
          .map((response) => response.answers[question.key])
          .filter((value): value is number => typeof value === "number")
          .map(scaleToPercent);
      return {
        questionKey: question.key,
        overall: roundScore(mean(valuesFor())),
        byAudience: Object.fromEntries(
          question.audiences.map((audience) => [audience, roundScore(mean(valuesFor(audience)))]),
        ),
      };
    });
  return {
    responses: responses.length,
    byAudience,
    anonymous: responses.filter((response) => response.anonymous).length,
    scales,
    choices: countChoices(LIVING_LAB_FEEDBACK, responses),
    texts: collectTextAnswers(LIVING_LAB_FEEDBACK, responses),
  };
}
