import { describe, expect, it } from "vitest";
import { EVALUATION_DEFINITION, FOLLOW_UP_DEFINITION, buildRegistrationDefinition } from "./survey-definitions.js";
import {
  addMonths,
  checkAnswers,
  isSurveyDue,
  selectSurveyRecipients,
  summariseEvaluation,
  summariseFollowUp,
  surveyDueAt,
  type AnswerCheck,
  type SurveyCandidate,
} from "./survey-rules.js";

const at = (iso: string) => new Date(iso);
const END = "2026-03-10T15:00:00.000Z";

describe("addMonths", () => {
  it.each([
    ["2026-03-10T15:00:00.000Z", 6, "2026-09-10T15:00:00.000Z"],
    ["2026-08-31T10:00:00.000Z", 6, "2027-02-28T10:00:00.000Z"],
    ["2028-08-31T10:00:00.000Z", 6, "2029-02-28T10:00:00.000Z"],
    ["2027-08-31T10:00:00.000Z", 6, "2028-02-29T10:00:00.000Z"],
    ["2026-01-31T00:00:00.000Z", 1, "2026-02-28T00:00:00.000Z"],
    ["2026-12-15T00:00:00.000Z", 1, "2027-01-15T00:00:00.000Z"],
    ["2026-03-31T00:00:00.000Z", -1, "2026-02-28T00:00:00.000Z"],
    ["2026-05-30T00:00:00.000Z", 0, "2026-05-30T00:00:00.000Z"],
  ])("%s + %i months = %s", (from, months, expected) => {
    expect(addMonths(at(from), months).toISOString()).toBe(expected);
  });
});

describe("when a survey is due", () => {
  it.each([
    ["evaluation", "held", END],
    ["evaluation", "closed", END],
    ["evaluation", "published", "2026-03-11T15:00:00.000Z"],
    ["evaluation", "draft", null],
    ["evaluation", "cancelled", null],
    ["follow_up", "held", "2026-09-10T15:00:00.000Z"],
    ["follow_up", "closed", "2026-09-10T15:00:00.000Z"],
    ["follow_up", "published", "2026-09-10T15:00:00.000Z"],
    ["follow_up", "cancelled", null],
    ["follow_up", "draft", null],
  ] as const)("%s of a %s seminar: %s", (kind, status, expected) => {
    expect(surveyDueAt(kind, { status, endsAt: at(END) }, 6)?.toISOString() ?? null).toBe(expected);
  });

  it.each([
    ["evaluation", "held", "2026-03-10T14:59:59.999Z", false],
    ["evaluation", "held", END, true],
    ["evaluation", "held", "2026-04-09T14:59:59.999Z", true],
    ["evaluation", "held", "2026-04-09T15:00:00.000Z", false],
    ["evaluation", "published", "2026-03-11T14:59:59.999Z", false],
    ["evaluation", "published", "2026-03-11T15:00:00.000Z", true],
    ["evaluation", "cancelled", "2026-03-12T00:00:00.000Z", false],
    ["follow_up", "held", "2026-09-10T14:59:59.999Z", false],
    ["follow_up", "held", "2026-09-10T15:00:00.000Z", true],
    ["follow_up", "closed", "2026-10-01T00:00:00.000Z", true],
    ["follow_up", "held", "2026-10-10T15:00:00.000Z", false],
    ["follow_up", "draft", "2026-09-20T00:00:00.000Z", false],
  ] as const)("%s of a %s seminar at %s: %s", (kind, status, now, expected) => {
    expect(isSurveyDue(kind, { status, endsAt: at(END) }, at(now), 6)).toBe(expected);
  });

  it("the follow-up period is the setting", () => {
    expect(isSurveyDue("follow_up", { status: "held", endsAt: at(END) }, at("2026-06-10T15:00:00.000Z"), 3)).toBe(true);
    expect(isSurveyDue("follow_up", { status: "held", endsAt: at(END) }, at("2026-06-10T15:00:00.000Z"), 6)).toBe(
      false,
    );
  });
});

describe("who gets a survey", () => {
  const candidate = (overrides: Partial<SurveyCandidate>): SurveyCandidate => ({
    id: "a",
    status: "attended",
    email: "a@test.example",
    isSent: false,
    ...overrides,
  });
  it.each([
    ["an attendee not yet asked", candidate({}), ["a"]],
    ["an attendee already asked", candidate({ isSent: true }), []],
    ["an erased attendee (no e-mail)", candidate({ email: "" }), []],
    ["a no-show", candidate({ status: "no_show" }), []],
    ["a registered person never checked in", candidate({ status: "registered" }), []],
    ["a cancelled registration", candidate({ status: "cancelled" }), []],
    ["someone on the wait list", candidate({ status: "waitlisted" }), []],
  ])("%s", (_label, input, expected) => {
    expect(selectSurveyRecipients([input])).toEqual(expected);
  });

  it("keeps the order of the list", () => {
    expect(
      selectSurveyRecipients([candidate({ id: "b" }), candidate({ id: "x", isSent: true }), candidate({ id: "c" })]),
    ).toEqual(["b", "c"]);
  });
});

describe("checking answers", () => {
  const registration = buildRegistrationDefinition({
    questions: [
      { type: "text", da: "Allergier?", required: false, options: [] },
      {
        type: "single",
        da: "Hvilket spor?",
        required: true,
        options: [{ da: "Teknologi" }, { da: "Organisation" }],
      },
      { type: "multiple", da: "Emner", required: false, options: [{ da: "A" }, { da: "B" }] },
    ],
  })!;
  const fails = (field: string, message: string): Partial<AnswerCheck> => ({
    ok: false,
    problem: expect.objectContaining({ field, message }) as never,
  });

  it.each<[string, unknown, Partial<AnswerCheck>]>([
    [
      "a full answer",
      { q_1: "  Nødder ", q_2: "o_1", q_3: ["o_2"] },
      { ok: true, answers: { q_1: "Nødder", q_2: "o_1", q_3: ["o_2"] } },
    ],
    ["only the required one", { q_2: "o_2" }, { ok: true, answers: { q_2: "o_2" } }],
    ["an empty text is no answer", { q_1: "   ", q_2: "o_2" }, { ok: true, answers: { q_2: "o_2" } }],
    ["null clears", { q_1: null, q_2: "o_2" }, { ok: true, answers: { q_2: "o_2" } }],
    ["the required one missing", { q_1: "x" }, fails("answers.q_2", "required")],
    ["nothing at all", undefined, fails("answers.q_2", "required")],
    ["the required one cleared", { q_2: null }, fails("answers.q_2", "required")],
    ["an unknown option", { q_2: "o_9" }, fails("answers.q_2", "option_unknown")],
    ["a number for a text", { q_1: 4, q_2: "o_1" }, fails("answers.q_1", "answer_type")],
    ["a text for a list", { q_2: "o_1", q_3: "o_1" }, fails("answers.q_3", "answer_type")],
    ["an unknown question", { q_2: "o_1", q_9: "x" }, fails("answers.q_9", "question_unknown")],
    ["a text too long", { q_1: "x".repeat(1001), q_2: "o_1" }, fails("answers.q_1", "too_long")],
    ["not an object", "svar", fails("answers", "answer_type")],
  ])("%s", (_label, raw, expected) => {
    expect(checkAnswers(registration, "registrant", raw)).toMatchObject(expected);
  });

  it("names the parameters of a problem", () => {
    expect(checkAnswers(registration, "registrant", { q_1: "x".repeat(1001), q_2: "o_1" })).toEqual({
      ok: false,
      problem: { field: "answers.q_1", message: "too_long", params: { max: 1000 } },
    });
  });

  it.each<[string, unknown, boolean]>([
    ["a rating and usefulness", { overall: 4, useful: "yes" }, true],
    ["with texts", { overall: 5, useful: "partly", improve: "Mere tid", comment: "Tak" }, true],
    ["a rating of 0", { overall: 0, useful: "yes" }, false],
    ["«don't know» is not offered", { overall: "dont_know", useful: "yes" }, false],
    ["no rating", { useful: "yes" }, false],
    ["no usefulness", { overall: 3 }, false],
  ])("evaluation: %s → %s", (_label, raw, ok) => {
    expect(checkAnswers(EVALUATION_DEFINITION, "attendee", raw).ok).toBe(ok);
  });

  it.each<[string, unknown, boolean]>([
    ["an outcome", { outcome: "cooperation_agreed" }, true],
    ["an outcome and an organisation", { outcome: "valuable_contact", organisation: "Region Syd" }, true],
    ["no outcome", { organisation: "Region Syd" }, false],
    ["an unknown outcome", { outcome: "married" }, false],
  ])("follow-up: %s → %s", (_label, raw, ok) => {
    expect(checkAnswers(FOLLOW_UP_DEFINITION, "attendee", raw).ok).toBe(ok);
  });
});

describe("summaries", () => {
  it("an evaluation: mean to one decimal, counts per rating and usefulness, texts in order", () => {
    expect(
      summariseEvaluation([
        { overall: 5, useful: "yes", improve: "Kortere pauser" },
        { overall: 4, useful: "partly", comment: "Godt" },
        { overall: 4, useful: "no", improve: "Flere cases" },
        { useful: "maybe", improve: "" },
      ]),
    ).toEqual({
      responses: 4,
      overallMean: 4.3,
      overallCounts: [0, 0, 0, 2, 1],
      useful: { yes: 1, partly: 1, no: 1 },
      improvements: ["Kortere pauser", "Flere cases"],
      comments: ["Godt"],
    });
  });

  it.each<[number, number[]]>([
    [1, [1, 0, 0, 0, 0]],
    [5, [0, 0, 0, 0, 1]],
    [0, [0, 0, 0, 0, 0]],
    [6, [0, 0, 0, 0, 0]],
    [2.5, [0, 0, 0, 0, 0]],
  ])("a rating of %i counts as %j", (overall, counts) => {
    expect(summariseEvaluation([{ overall }]).overallCounts).toEqual(counts);
  });

  it("no answers: no mean", () => {
    expect(summariseEvaluation([])).toMatchObject({ responses: 0, overallMean: null });
    expect(summariseEvaluation([{ overall: "3" }]).overallMean).toBeNull();
  });

  it("rounds the mean", () => {
    expect(summariseEvaluation([{ overall: 1 }, { overall: 2 }, { overall: 2 }]).overallMean).toBe(1.7);
  });

  it("a follow-up: counts per outcome, organisations once each", () => {
    expect(
      summariseFollowUp([
        { outcome: "cooperation_agreed", organisation: "Vitalis ApS" },
        { outcome: "cooperation_agreed", organisation: "Vitalis ApS" },
        { outcome: "knowledge_gained", organisation: "" },
        { outcome: "no_further_contact" },
        { outcome: "unknown", organisation: "Region Syd" },
        { outcome: 3 },
        { outcome: "constructor" },
      ]),
    ).toEqual({
      responses: 7,
      counts: {
        no_further_contact: 1,
        knowledge_gained: 1,
        valuable_contact: 0,
        negotiation_started: 0,
        cooperation_agreed: 2,
      },
      organisations: ["Vitalis ApS", "Region Syd"],
    });
  });
});
