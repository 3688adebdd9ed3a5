import { describe, expect, it } from "vitest";
import { buildAnswerSchema, computeProgress } from "../questionnaire/index.js";
import { FeedbackSubmission, LIVING_LAB_FEEDBACK, summariseFeedback } from "./feedback.js";

describe("the living-lab feedback form", () => {
  it("asks each group its own questions", () => {
    expect(computeProgress(LIVING_LAB_FEEDBACK, "citizen", {}).required).toBe(4);
    expect(computeProgress(LIVING_LAB_FEEDBACK, "staff", {}).required).toBe(4);
    expect(buildAnswerSchema(LIVING_LAB_FEEDBACK, "citizen").safeParse({ saves_time: 4 }).success).toBe(false);
    expect(buildAnswerSchema(LIVING_LAB_FEEDBACK, "staff").safeParse({ saves_time: 6 }).success).toBe(false);
    expect(buildAnswerSchema(LIVING_LAB_FEEDBACK, "staff").safeParse({ saves_time: 4, continue: "yes" }).success).toBe(
      true,
    );
  });
});

describe("FeedbackSubmission", () => {
  const base = { submissionId: "0d6f0bde-6a0b-4c6c-9a0e-7e3a9a3c2f10", anonymous: true, answers: {} };
  it.each([
    [{ ...base, consent: true }, true],
    [{ ...base, consent: false }, false],
    [{ ...base }, false],
    [{ ...base, consent: true, anonymous: false }, false],
    [{ ...base, consent: true, anonymous: false, name: "Ida" }, true],
  ])("%j → %s", (input, ok) => {
    expect(FeedbackSubmission.safeParse(input).success).toBe(ok);
  });
});

describe("summariseFeedback", () => {
  it("gives means per group on 0–100, counts choices and keeps the comments", () => {
    const summary = summariseFeedback([
      {
        audience: "citizen",
        anonymous: true,
        answers: { easy_to_use: 5, feels_safe: 4, continue: "yes", worked_well: "Nem at bruge" },
      },
      {
        audience: "citizen",
        anonymous: false,
        answers: { easy_to_use: 3, feels_safe: "dont_know", continue: "maybe" },
      },
      { audience: "staff", anonymous: true, answers: { easy_to_use: 1, saves_time: 2, continue: "no" } },
    ]);
    expect(summary).toMatchObject({ responses: 3, byAudience: { citizen: 2, staff: 1 }, anonymous: 2 });
    const easy = summary.scales.find((scale) => scale.questionKey === "easy_to_use");
    expect(easy).toEqual({
      questionKey: "easy_to_use",
      overall: 50,
      byAudience: { citizen: 75, relative: null, staff: 0 },
    });
    expect(summary.scales.find((scale) => scale.questionKey === "feels_safe")?.byAudience.citizen).toBe(75);
    expect(summary.texts[0].items[0].text).toBe("Nem at bruge");
  });

  it("handles no answers at all", () => {
    const summary = summariseFeedback([]);
    expect(summary.responses).toBe(0);
    expect(summary.scales.every((scale) => scale.overall === null)).toBe(true);
  });
});
