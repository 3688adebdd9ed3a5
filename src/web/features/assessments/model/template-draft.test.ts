import { describe, expect, it } from "vitest";
import { SAMSPIL_360 } from "../../../../domain/assessment/index.js";
import { MESSAGES } from "../../../../domain/validation.js";
import { fromDefinition, newQuestion, sectionOfPath, unusedDimensions, validateDraft } from "./template-draft.js";

describe("the template editor's draft", () => {
  it("gives back Samspil 360 unchanged when nothing is edited", () => {
    const result = validateDraft(fromDefinition(SAMSPIL_360), "da");
    expect(result).toEqual({ ok: true, body: { definition: SAMSPIL_360 } });
  });

  it("a new question starts as a required statement on the section's scale, asked to everyone, with a free key", () => {
    const draft = fromDefinition(SAMSPIL_360);
    const section = draft.sections[0];
    const question = newQuestion(section, ["management", "staff"], new Set(["technology_6"]));
    expect(question).toMatchObject({
      isNew: true,
      type: "scale",
      required: true,
      audiences: ["management", "staff"],
      key: "technology_7",
    });
    expect(question.labels[0]).toEqual({ da: "Helt uenig", en: "Strongly disagree" });
    expect(unusedDimensions(draft)).toEqual([]);
  });

  it("names problems with the server's paths and messages, and the section they are in", () => {
    const draft = fromDefinition(SAMSPIL_360);
    const section = draft.sections[2];
    section.questions = [{ ...newQuestion(section, [], new Set()), key: "Bad key" }];
    section.questions[0].text.en = "Only English";
    const result = validateDraft(draft, "da");
    expect(result.ok).toBe(false);
    const errors = result.ok ? {} : result.errors;
    expect(errors["definition.sections.2.questions.0.key"]).toBe(MESSAGES.da.key_format);
    expect(errors["definition.sections.2.questions.0.text.da"]).toBe(MESSAGES.da.required);
    expect(errors["definition.sections.2.questions.0.audiences"]).toBeDefined();
    expect(sectionOfPath("definition.sections.2.questions.0.key")).toBe(2);
    expect(sectionOfPath("definition.title.da")).toBeNull();
  });

  it("sends only the fields of the chosen type", () => {
    const draft = fromDefinition(SAMSPIL_360);
    const question = draft.sections[0].questions[0];
    question.type = "single";
    question.options = [
      { uid: "a", isNew: true, key: "yes", label: { da: "Ja", en: "Yes" } },
      { uid: "b", isNew: true, key: "no", label: { da: "Nej", en: "No" } },
    ];
    const result = validateDraft(draft, "en");
    expect(result.ok).toBe(true);
    const sent = result.ok ? result.body.definition.sections[0].questions[0] : null;
    expect(sent).toMatchObject({ type: "single", options: [{ key: "yes" }, { key: "no" }] });
    expect(sent && "labels" in sent).toBe(false);
  });
});
