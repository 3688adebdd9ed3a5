import { describe, expect, it } from "vitest";
import type { RenderedForm } from "../../../../domain/questionnaire/index.js";
import { applyLocalAnswer, countAnswered, hasAnswer, requeueAfterRefusal, splitAnswerFields } from "./answers.js";

const form: RenderedForm = {
  title: "Test",
  description: "",
  audience: { key: "staff", label: "Medarbejdere" },
  language: "da",
  questionCount: 3,
  sections: [
    {
      key: "technology",
      title: "Teknologi",
      description: "",
      questions: [
        { key: "a", number: 1, type: "scale", text: "A", help: "", required: true },
        { key: "b", number: 2, type: "multiple", text: "B", help: "", required: false },
        { key: "c", number: 3, type: "text", text: "C", help: "", required: false },
      ],
    },
  ],
};

describe("answers in the respondent's form", () => {
  it("counts «Ved ikke» as an answer, an empty text or list as none", () => {
    expect(hasAnswer("dont_know")).toBe(true);
    expect(hasAnswer(3)).toBe(true);
    expect(hasAnswer("   ")).toBe(false);
    expect(hasAnswer([])).toBe(false);
    expect(countAnswered(form, { a: "dont_know", b: [], c: "" })).toEqual({ answered: 1, total: 3, percent: 33 });
    expect(countAnswered(form, { a: 2, b: ["x"], c: "godt" })).toEqual({ answered: 3, total: 3, percent: 100 });
  });

  it("a cleared answer leaves the local answers", () => {
    expect(applyLocalAnswer({ a: 2, c: "tekst" }, "c", "")).toEqual({ a: 2 });
    expect(applyLocalAnswer({ a: 2 }, "a", null)).toEqual({});
    expect(applyLocalAnswer({}, "b", ["x"])).toEqual({ b: ["x"] });
  });

  it("reads question keys from the server's answers.<key> fields", () => {
    expect(splitAnswerFields({ "answers.tech_fit": "Skal udfyldes", answers: "Har en forkert type" })).toEqual({
      questions: { tech_fit: "Skal udfyldes" },
      general: ["Har en forkert type"],
    });
  });

  it("after a refused save keeps the other answers queued, newer changes winning", () => {
    expect(requeueAfterRefusal({ a: 9, b: ["x"], c: "gammel" }, ["a"], { c: "ny" })).toEqual({ b: ["x"], c: "ny" });
  });
});
