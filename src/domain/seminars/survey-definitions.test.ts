import { describe, expect, it } from "vitest";
import { renderForm } from "../questionnaire/index.js";
import {
  ATTENDEE,
  buildRegistrationDefinition,
  EVALUATION_DEFINITION,
  FOLLOW_UP_DEFINITION,
  FOLLOW_UP_LABELS,
  FOLLOW_UP_OUTCOMES,
  listRegistrationQuestions,
  REGISTRANT,
  REGISTRATION_QUESTION_TYPES,
  RegistrationQuestionsInput,
  surveyDefinition,
  SURVEY_KINDS,
  USEFUL_OPTIONS,
} from "./survey-definitions.js";
import { renderSurveyMessage } from "./survey-messages.js";

describe("the follow-up question", () => {
  it.each([
    ["no_further_contact", "Ingen yderligere kontakt", "No further contact"],
    ["knowledge_gained", "Fik ny viden", "Knowledge gained"],
    ["valuable_contact", "Værdifuld kontakt", "Valuable contact"],
    ["negotiation_started", "Forhandling i gang", "Negotiation started"],
    ["cooperation_agreed", "Samarbejde aftalt", "Cooperation agreed"],
  ])("offers %s as «%s» / «%s», in b2match's order", (key, da, en) => {
    const [outcome] = renderForm(FOLLOW_UP_DEFINITION, "attendee", "da").sections[0].questions;
    const english = renderForm(FOLLOW_UP_DEFINITION, "attendee", "en").sections[0].questions[0];
    const index = Object.keys(FOLLOW_UP_LABELS).indexOf(key);
    expect(outcome.options?.[index]).toEqual({ key, label: da });
    expect(english.options?.[index]).toEqual({ key, label: en });
    expect(outcome.required).toBe(true);
  });

  it("asks optionally for the organisation", () => {
    const [, organisation] = renderForm(FOLLOW_UP_DEFINITION, "attendee", "da").sections[0].questions;
    expect(organisation).toMatchObject({ key: "organisation", type: "text", required: false, maxLength: 200 });
  });
});

describe("the evaluation", () => {
  it("asks the overall rating 1–5 (no «don't know»), usefulness, what to improve and a comment", () => {
    const questions = renderForm(EVALUATION_DEFINITION, "attendee", "da").sections[0].questions;
    expect(questions.map((question) => [question.key, question.type, question.required])).toEqual([
      ["overall", "scale", true],
      ["useful", "single", true],
      ["improve", "text", false],
      ["comment", "text", false],
    ]);
    expect(questions[0].scale?.dontKnow).toBeNull();
    expect(questions[0].scale?.steps.map((step) => step.label)).toEqual([
      "Meget dårligt",
      "Dårligt",
      "Middel",
      "Godt",
      "Meget godt",
    ]);
    expect(questions[1].options?.map((option) => option.label)).toEqual(["Ja", "Delvis", "Nej"]);
  });

  it.each([
    ["evaluation", EVALUATION_DEFINITION],
    ["follow_up", FOLLOW_UP_DEFINITION],
  ] as const)("surveyDefinition(%s)", (kind, definition) => {
    expect(surveyDefinition(kind)).toBe(definition);
  });
});

/** What a respondent reads, written out once more: a changed word in the definitions must fail here. */
describe("the built questionnaires, word for word", () => {
  const attendees = [{ key: "attendee", label: { da: "Deltagere", en: "Attendees" } }];

  it.each([
    [
      "evaluation",
      EVALUATION_DEFINITION,
      "Evaluering af seminaret",
      "Seminar evaluation",
      "Hvordan var seminaret?",
      "How was the seminar?",
    ],
    [
      "follow_up",
      FOLLOW_UP_DEFINITION,
      "Hvad kom der ud af seminaret?",
      "What came of the seminar?",
      "Opfølgning",
      "Follow-up",
    ],
  ] as const)("%s: title, one section, attendees only", (key, definition, titleDa, titleEn, sectionDa, sectionEn) => {
    expect(definition.title).toEqual({ da: titleDa, en: titleEn });
    expect(definition.audiences).toEqual(attendees);
    expect(definition.sections.map((section) => [section.key, section.title])).toEqual([
      [key, { da: sectionDa, en: sectionEn }],
    ]);
  });

  it.each([
    [
      EVALUATION_DEFINITION,
      "overall",
      "scale",
      true,
      "Hvad er dit samlede indtryk af seminaret?",
      "What is your overall impression?",
    ],
    [
      EVALUATION_DEFINITION,
      "useful",
      "single",
      true,
      "Kan du bruge det, du fik ud af seminaret?",
      "Was the seminar useful to you?",
    ],
    [
      EVALUATION_DEFINITION,
      "improve",
      "text",
      false,
      "Hvad kan vi gøre bedre næste gang?",
      "What could we do better next time?",
    ],
    [EVALUATION_DEFINITION, "comment", "text", false, "Andre kommentarer", "Other comments"],
    [
      FOLLOW_UP_DEFINITION,
      "outcome",
      "single",
      true,
      "Hvad er der sket siden seminaret med de kontakter, du fik?",
      "What has happened since the seminar with the contacts you made?",
    ],
    [
      FOLLOW_UP_DEFINITION,
      "organisation",
      "text",
      false,
      "Med hvilken organisation? (valgfrit)",
      "With which organisation? (optional)",
    ],
  ] as const)("%#: %s is a %s question (required %s): «%s» / «%s»", (definition, key, type, required, da, en) => {
    const question = definition.sections[0].questions.find((item) => item.key === key);
    expect(question).toMatchObject({ key, type, required, text: { da, en }, audiences: [ATTENDEE] });
  });

  it("the evaluation's scale and choices, in both languages, and the free texts' lengths", () => {
    const [overall, useful, improve, comment] = EVALUATION_DEFINITION.sections[0].questions;
    expect(overall).toMatchObject({
      allowDontKnow: false,
      labels: [
        { da: "Meget dårligt", en: "Very poor" },
        { da: "Dårligt", en: "Poor" },
        { da: "Middel", en: "Fair" },
        { da: "Godt", en: "Good" },
        { da: "Meget godt", en: "Very good" },
      ],
    });
    expect(useful).toMatchObject({
      options: [
        { key: "yes", label: { da: "Ja", en: "Yes" } },
        { key: "partly", label: { da: "Delvis", en: "Partly" } },
        { key: "no", label: { da: "Nej", en: "No" } },
      ],
    });
    expect(USEFUL_OPTIONS).toEqual(["yes", "partly", "no"]);
    expect([improve, comment]).toMatchObject([{ maxLength: 2000 }, { maxLength: 2000 }]);
  });

  it("the follow-up's outcomes in b2match's order, and the named lists", () => {
    const [outcome] = FOLLOW_UP_DEFINITION.sections[0].questions;
    expect(outcome).toMatchObject({
      options: FOLLOW_UP_OUTCOMES.map((key) => ({ key, label: FOLLOW_UP_LABELS[key] })),
    });
    expect(FOLLOW_UP_OUTCOMES).toEqual([
      "no_further_contact",
      "knowledge_gained",
      "valuable_contact",
      "negotiation_started",
      "cooperation_agreed",
    ]);
    expect(SURVEY_KINDS).toEqual(["evaluation", "follow_up"]);
    expect(REGISTRATION_QUESTION_TYPES).toEqual(["text", "single", "multiple"]);
    expect([ATTENDEE, REGISTRANT]).toEqual(["attendee", "registrant"]);
  });

  it("the registration questions: title, audience, section and the free text's length", () => {
    const definition = buildRegistrationDefinition({
      questions: [{ type: "text", da: "Allergier", required: false, options: [] }],
    })!;
    expect(definition).toEqual({
      title: { da: "Spørgsmål ved tilmelding", en: "Registration questions" },
      audiences: [{ key: "registrant", label: { da: "Tilmeldte", en: "Registrants" } }],
      sections: [
        {
          key: "registration",
          title: { da: "Spørgsmål", en: "Questions" },
          questions: [
            {
              key: "q_1",
              type: "text",
              text: { da: "Allergier", en: "Allergier" },
              required: false,
              audiences: ["registrant"],
              maxLength: 1000,
            },
          ],
        },
      ],
    });
  });
});

describe("registration questions from the staff page", () => {
  it("no questions: no definition", () => {
    expect(buildRegistrationDefinition({ questions: [] })).toBeNull();
    expect(listRegistrationQuestions(null)).toEqual({ questions: [] });
  });

  it("gives new questions and options fresh keys, keeps saved ones, falls back to Danish", () => {
    const definition = buildRegistrationDefinition({
      questions: [
        { type: "text", da: "Ny", required: false, options: [] },
        { key: "q_1", type: "text", da: "Gemt", en: "Saved", required: true, options: [] },
        {
          type: "single",
          da: "Valg",
          required: false,
          options: [
            { key: "o_1", da: "A" },
            { da: "B", en: "Bee" },
          ],
        },
      ],
    })!;
    const [question] = definition.sections.map((section) => section.questions);
    expect(question.map((item) => item.key)).toEqual(["q_2", "q_1", "q_3"]);
    expect(question[0].text).toEqual({ da: "Ny", en: "Ny" });
    expect(question[1]).toMatchObject({ required: true, text: { da: "Gemt", en: "Saved" }, audiences: ["registrant"] });
    expect(question[2]).toMatchObject({
      type: "single",
      options: [
        { key: "o_1", label: { da: "A", en: "A" } },
        { key: "o_2", label: { da: "B", en: "Bee" } },
      ],
    });
  });

  it("round-trips through the staff page's list", () => {
    const input = {
      questions: [
        { key: "q_1", type: "text" as const, da: "Allergier", en: "Allergies", required: false, options: [] },
        {
          key: "q_2",
          type: "multiple" as const,
          da: "Emner",
          en: "Topics",
          required: true,
          options: [
            { key: "o_1", da: "A", en: "A" },
            { key: "o_2", da: "B", en: "B" },
          ],
        },
      ],
    };
    expect(listRegistrationQuestions(buildRegistrationDefinition(input))).toEqual(input);
  });

  it("leaves out a scale question (not asked at registration)", () => {
    expect(listRegistrationQuestions(EVALUATION_DEFINITION).questions.map((question) => question.key)).toEqual([
      "useful",
      "improve",
      "comment",
    ]);
  });

  it.each<[string, unknown, string | null]>([
    ["a text question", { questions: [{ type: "text", da: "Hvad?" }] }, null],
    ["a choice with one option", { questions: [{ type: "single", da: "Hvad?", options: [{ da: "A" }] }] }, "options"],
    ["a choice without options", { questions: [{ type: "multiple", da: "Hvad?" }] }, "options"],
    ["no Danish text", { questions: [{ type: "text", da: " " }] }, "da"],
    ["a scale", { questions: [{ type: "scale", da: "Hvad?" }] }, "type"],
    ["a bad key", { questions: [{ key: "Q 1", type: "text", da: "Hvad?" }] }, "key"],
  ])("%s", (_label, input, field) => {
    const parsed = RegistrationQuestionsInput.safeParse(input);
    expect(parsed.success ? null : String(parsed.error.issues[0].path.at(-1))).toBe(field);
  });

  it("at most 15 questions", () => {
    const questions = Array.from({ length: 16 }, () => ({ type: "text", da: "Hvad?" }));
    expect(RegistrationQuestionsInput.safeParse({ questions }).success).toBe(false);
    expect(RegistrationQuestionsInput.safeParse({ questions: questions.slice(1) }).success).toBe(true);
  });
});

describe("the survey mails", () => {
  it.each([
    ["evaluation", "da", "Hvordan var «Demens»?", "anonymt og kan gives én gang: https://x/l"],
    ["evaluation", "en", "How was «Demens»?", "anonymous and can be given once: https://x/l"],
    ["follow_up", "da", "Hvad kom der ud af «Demens»?", "Ét spørgsmål, anonymt: https://x/l"],
    ["follow_up", "en", "What came of «Demens»?", "One question, anonymous: https://x/l"],
  ] as const)("%s in %s", (kind, language, subject, line) => {
    const message = renderSurveyMessage(kind, "Demens", "https://x/l", language);
    expect(message.subject).toBe(subject);
    expect(message.text).toContain(line);
    expect(message.text.split("\n")).toHaveLength(2);
  });
});
