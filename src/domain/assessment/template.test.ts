import { describe, expect, it } from "vitest";
import { DIMENSIONS } from "../dimensions.js";
import { listQuestions, renderForm } from "../questionnaire/index.js";
import { issuesToFields } from "../validation.js";
import { AssessmentTemplateDefinition, RESPONDENT_GROUPS, SAMSPIL_360, TemplateCreate } from "./index.js";

describe("the Samspil 360 template", () => {
  it("covers the eight dimensions in order with 3 to 6 questions each", () => {
    expect(SAMSPIL_360.sections.map((section) => section.key)).toEqual([...DIMENSIONS]);
    for (const section of SAMSPIL_360.sections) {
      expect(section.questions.length, section.key).toBeGreaterThanOrEqual(3);
      expect(section.questions.length, section.key).toBeLessThanOrEqual(6);
    }
  });

  it.each(RESPONDENT_GROUPS)("gives %s a form with scored questions", (group) => {
    const questions = listQuestions(SAMSPIL_360, group).map(({ question }) => question);
    expect(questions.filter((question) => question.type === "scale").length).toBeGreaterThanOrEqual(8);
    expect(renderForm(SAMSPIL_360, group, "en").sections.length).toBeGreaterThanOrEqual(5);
  });

  it("asks management and staff something scored in every dimension", () => {
    for (const group of ["management", "staff"]) {
      for (const section of SAMSPIL_360.sections) {
        const scored = section.questions.filter(
          (question) => question.type === "scale" && question.audiences.includes(group),
        );
        expect(scored.length, `${group} ${section.key}`).toBeGreaterThan(0);
      }
    }
  });

  it("is written in both languages: full sentences, and Danish that differs from the English", () => {
    for (const { question } of listQuestions(SAMSPIL_360)) {
      expect(question.text.da, question.key).toMatch(/[.?]$/);
      expect(question.text.en, question.key).toMatch(/[.?]$/);
      expect(question.text.da).not.toBe(question.text.en);
    }
  });
});

describe("template rules on top of the engine", () => {
  it.each([
    [
      "a section that is not a dimension",
      (copy: typeof SAMSPIL_360) => (copy.sections[0].key = "weather"),
      "definition.sections.0.key",
      "The section key must be one of the dimensions",
    ],
    [
      "an audience that is not a respondent group",
      (copy: typeof SAMSPIL_360) => (copy.audiences[0].key = "robots"),
      "definition.audiences.0.key",
      "The group must be one of: management, staff, citizens, partners",
    ],
  ])("refuses %s", (_name, change, path, message) => {
    const copy = structuredClone(SAMSPIL_360);
    change(copy);
    const result = TemplateCreate.safeParse({ key: "test-template", definition: copy });
    expect(result.success).toBe(false);
    expect(issuesToFields(result.error?.issues ?? [], "en")[path]).toContain(message);
  });

  it("refuses a template key with capitals or spaces", () => {
    const result = TemplateCreate.safeParse({ key: "Min skabelon", definition: SAMSPIL_360 });
    expect(issuesToFields(result.error?.issues ?? [], "da").key).toBe(
      "Skal være små bogstaver, tal og bindestreg (2–60 tegn)",
    );
  });

  it("accepts the default template as a template definition", () => {
    expect(AssessmentTemplateDefinition.safeParse(SAMSPIL_360).success).toBe(true);
  });
});
