import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issuesToFields } from "../validation.js";
import {
  applyAnswerPatch,
  buildAnswerSchema,
  collectTextAnswers,
  computeProgress,
  countChoices,
  describeAnswer,
  QuestionnaireDefinition,
  renderForm,
  type QuestionnaireDefinitionInput,
  type Response,
} from "./index.js";

const label = (da: string) => ({ da, en: `${da} (en)` });
const steps = [label("1"), label("2"), label("3"), label("4"), label("5")] as const;

/** A living-lab style definition: nothing assessment-specific, so the engine stays generic. */
const input: QuestionnaireDefinitionInput = {
  title: label("Feedback på sengesensoren"),
  audiences: [
    { key: "citizen", label: label("Borger") },
    { key: "relative", label: label("Pårørende") },
    { key: "staff", label: label("Personale") },
  ],
  sections: [
    {
      key: "use",
      title: label("Brug"),
      questions: [
        {
          type: "scale",
          key: "easy",
          text: label("Let at bruge"),
          audiences: ["citizen", "staff"],
          labels: [...steps],
          required: true,
        },
        {
          type: "scale",
          key: "calm",
          text: label("Rolig nat"),
          audiences: ["relative"],
          labels: [...steps],
          required: true,
          allowDontKnow: false,
        },
        {
          type: "single",
          key: "how_often",
          text: label("Hvor tit"),
          audiences: ["citizen", "staff"],
          options: [
            { key: "daily", label: label("Dagligt") },
            { key: "weekly", label: label("Ugentligt") },
          ],
        },
      ],
    },
    {
      key: "ideas",
      title: label("Idéer"),
      questions: [
        {
          type: "multiple",
          key: "wishes",
          text: label("Ønsker"),
          audiences: ["staff"],
          maxChoices: 2,
          options: [
            { key: "light", label: label("Lys") },
            { key: "sound", label: label("Lyd") },
            { key: "app", label: label("App") },
          ],
        },
        {
          type: "text",
          key: "comment",
          text: label("Kommentar"),
          audiences: ["citizen", "relative", "staff"],
          maxLength: 20,
        },
      ],
    },
  ],
};
const definition = QuestionnaireDefinition.parse(input);

function fieldsOf(audience: string, answers: unknown): Record<string, string> | null {
  const result = z.object({ answers: buildAnswerSchema(definition, audience) }).safeParse({ answers });
  return result.success ? null : issuesToFields(result.error.issues, "en");
}

describe("a questionnaire definition", () => {
  it.each([
    [
      "a duplicate question key",
      (d: QuestionnaireDefinitionInput) => (d.sections[1].questions[1].key = "easy"),
      "sections.1.questions.1.key",
      "The key is used more than once",
    ],
    [
      "an undeclared audience",
      (d: QuestionnaireDefinitionInput) => (d.sections[0].questions[0].audiences = ["citizen", "robot"]),
      "sections.0.questions.0.audiences.1",
      "The group is not one of the questionnaire's groups",
    ],
    [
      "a key with capitals",
      (d: QuestionnaireDefinitionInput) => (d.sections[0].key = "Use"),
      "sections.0.key",
      "Must be lower-case letters, digits and _, starting with a letter",
    ],
    [
      "four scale labels",
      (d: QuestionnaireDefinitionInput) =>
        (d.sections[0].questions[0] = { ...d.sections[0].questions[0], labels: steps.slice(0, 4) } as never),
      "sections.0.questions.0.labels",
      "",
    ],
    [
      "a missing English title",
      (d: QuestionnaireDefinitionInput) => (d.title = { da: "Titel", en: "" }),
      "title.en",
      "Is required",
    ],
    [
      "a duplicate option",
      (d: QuestionnaireDefinitionInput) =>
        (d.sections[1].questions[0] = {
          ...d.sections[1].questions[0],
          options: [
            { key: "a", label: label("A") },
            { key: "a", label: label("B") },
          ],
        } as never),
      "sections.1.questions.0.options.1.key",
      "The key is used more than once",
    ],
  ])("refuses %s at %s", (_name, change, path, message) => {
    const copy = structuredClone(input);
    change(copy);
    const result = QuestionnaireDefinition.safeParse(copy);
    expect(result.success).toBe(false);
    const fields = issuesToFields(result.error?.issues ?? [], "en");
    expect(Object.keys(fields)).toContain(path);
    if (message) {
      expect(fields[path]).toBe(message);
    }
  });
});

describe("answers checked against the respondent's own form", () => {
  it.each([
    ["citizen", { easy: 4 }, null],
    ["citizen", { easy: "dont_know", how_often: "daily", comment: "Fin" }, null],
    ["citizen", { easy: null }, null],
    ["citizen", { easy: 6 }, { "answers.easy": "The answer must be a whole number from 1 to 5 or «don't know»" }],
    ["citizen", { easy: 0 }, { "answers.easy": "The answer must be a whole number from 1 to 5 or «don't know»" }],
    ["citizen", { easy: 2.5 }, { "answers.easy": "The answer must be a whole number from 1 to 5 or «don't know»" }],
    ["citizen", { easy: "4" }, { "answers.easy": "The answer must be a whole number from 1 to 5 or «don't know»" }],
    ["relative", { calm: "dont_know" }, { "answers.calm": "The answer must be a whole number from 1 to 5" }],
    ["citizen", { how_often: "hourly" }, { "answers.how_often": "The option does not exist: hourly" }],
    ["citizen", { how_often: ["daily"] }, { "answers.how_often": "The answer has the wrong form for this question" }],
    ["staff", { wishes: ["light", "disco"] }, { "answers.wishes": "The option does not exist: disco" }],
    ["staff", { wishes: ["light", "sound", "app"] }, { "answers.wishes": "Choose at most 2" }],
    ["staff", { wishes: ["light", "light"] }, { "answers.wishes": "The same option is chosen more than once" }],
    ["staff", { wishes: "light" }, { "answers.wishes": "The answer has the wrong form for this question" }],
    ["staff", { comment: "x".repeat(21) }, { "answers.comment": "Must be at most 20 characters" }],
    ["citizen", { nonsense: 3 }, { "answers.nonsense": "The question is not part of your form" }],
    ["citizen", { wishes: ["light"] }, { "answers.wishes": "The question is not part of your form" }],
    [
      "relative",
      { easy: 3, calm: 9 },
      {
        "answers.easy": "The question is not part of your form",
        "answers.calm": "The answer must be a whole number from 1 to 5",
      },
    ],
  ])("%s answering %j → %j", (audience, answers, expected) => {
    expect(fieldsOf(audience, answers)).toEqual(expected);
  });

  it("trims texts, and turns empty texts and empty choices into a cleared answer", () => {
    const patch = buildAnswerSchema(definition, "staff").parse({ comment: "  god  ", wishes: [], easy: 5 });
    expect(patch).toEqual({ comment: "god", wishes: null, easy: 5 });
    expect(applyAnswerPatch({ wishes: ["app"], how_often: "daily" }, patch)).toEqual({
      how_often: "daily",
      comment: "god",
      easy: 5,
    });
  });
});

describe("progress", () => {
  it.each([
    [
      "nothing answered",
      "citizen",
      {},
      {
        total: 3,
        answered: 0,
        required: 1,
        requiredAnswered: 0,
        missingRequired: ["easy"],
        percent: 0,
        isComplete: false,
      },
    ],
    [
      "don't know counts as an answer",
      "citizen",
      { easy: "dont_know" },
      { total: 3, answered: 1, required: 1, requiredAnswered: 1, missingRequired: [], percent: 33, isComplete: true },
    ],
    [
      "optional answers only",
      "staff",
      { wishes: ["app"], comment: "ok" },
      {
        total: 4,
        answered: 2,
        required: 1,
        requiredAnswered: 0,
        missingRequired: ["easy"],
        percent: 50,
        isComplete: false,
      },
    ],
    [
      "an answer invalid for the form does not count",
      "relative",
      { calm: "dont_know", easy: 3 },
      {
        total: 2,
        answered: 0,
        required: 1,
        requiredAnswered: 0,
        missingRequired: ["calm"],
        percent: 0,
        isComplete: false,
      },
    ],
    [
      "everything",
      "relative",
      { calm: 5, comment: "tak" },
      { total: 2, answered: 2, required: 1, requiredAnswered: 1, missingRequired: [], percent: 100, isComplete: true },
    ],
  ])("%s", (_name, audience, answers, expected) => {
    expect(computeProgress(definition, audience, answers)).toEqual(expected);
  });
});

describe("the rendered form", () => {
  it("shows one audience only its own questions, numbered, in its language", () => {
    const form = renderForm(definition, "relative", "en");
    expect(form.audience).toEqual({ key: "relative", label: "Pårørende (en)" });
    expect(
      form.sections.map((section) => section.questions.map((question) => [question.number, question.key])),
    ).toEqual([[[1, "calm"]], [[2, "comment"]]]);
    expect(form.sections[0].questions[0].scale).toEqual({
      steps: steps.map((step, index) => ({ value: index + 1, label: step.en })),
      dontKnow: null,
    });
    const danish = renderForm(definition, "citizen", "da");
    expect(danish.questionCount).toBe(3);
    expect(danish.sections[0].questions[0].scale?.dontKnow).toEqual({ value: "dont_know", label: "Ved ikke" });
    expect(danish.sections[0].questions[1].options).toEqual([
      { key: "daily", label: "Dagligt" },
      { key: "weekly", label: "Ugentligt" },
    ]);
  });

  it("describes answers with labels", () => {
    const [how, , wishes] = [definition.sections[0].questions[2], null, definition.sections[1].questions[0]];
    expect(describeAnswer(how, "weekly", "da")).toBe("Ugentligt");
    expect(describeAnswer(wishes, ["light", "app"], "en")).toBe("Lys (en); App (en)");
    expect(describeAnswer(how, "dont_know", "da")).toBe("Ved ikke");
    expect(describeAnswer(how, undefined, "da")).toBe("");
  });
});

describe("summaries", () => {
  const responses: Response[] = [
    { audience: "staff", answers: { wishes: ["light", "sound"], comment: "Mere lys om natten", how_often: "daily" } },
    { audience: "staff", answers: { wishes: ["light"], how_often: "weekly" } },
    { audience: "citizen", answers: { how_often: "daily", comment: "  " } },
    { audience: "relative", answers: { comment: "Tryg", wishes: ["app"] } },
  ];

  it("counts choices per audience, ignoring answers to questions outside the respondent's form", () => {
    const [howOften, wishes] = countChoices(definition, responses);
    expect(howOften.counts).toEqual({ citizen: { daily: 1, weekly: 0 }, staff: { daily: 1, weekly: 1 } });
    expect(wishes).toMatchObject({ respondents: { staff: 2 }, counts: { staff: { light: 2, sound: 1, app: 0 } } });
  });

  it("groups non-empty texts by section", () => {
    expect(collectTextAnswers(definition, responses)).toEqual([
      {
        sectionKey: "ideas",
        items: [
          { questionKey: "comment", audience: "staff", text: "Mere lys om natten" },
          { questionKey: "comment", audience: "relative", text: "Tryg" },
        ],
      },
    ]);
  });
});
