import { describe, expect, it } from "vitest";
import { SAMSPIL_360 } from "../../../../domain/assessment/index.js";
import { describePath, targetOfPath, type PathWords } from "./draft-paths.js";
import { fromDefinition } from "./template-draft.js";

const words: PathWords = {
  general: "Skabelonen",
  templateTitle: "Titel",
  templateDescription: "Beskrivelse",
  audience: (key) => `Gruppe ${key}`,
  question: (number) => `Spørgsmål ${number}`,
  option: (number) => `Svarmulighed ${number}`,
  step: (number) => `Trin ${number}`,
  field: (name) => name,
  language: (language) => `(${language})`,
};

describe("naming the editor's fields in the error summary", () => {
  const draft = fromDefinition(SAMSPIL_360);

  it.each([
    ["definition.title.da", "Titel (da)"],
    ["definition.sections.0.title.en", "Teknologi › title (en)"],
    ["definition.sections.0.questions.2.text.da", "Teknologi › Spørgsmål 3 › text (da)"],
    ["definition.sections.1.questions.0.labels.4.en", "Strategi › Spørgsmål 1 › Trin 5 (en)"],
    [
      "definition.sections.4.questions.1.options.2.label.da",
      "Markedsudvikling › Spørgsmål 2 › Svarmulighed 3 › optionLabel (da)",
    ],
    ["definition.audiences.1.label.da", "Gruppe Medarbejdere (da)"],
    ["_", "Skabelonen"],
  ])("%s → %s", (path, label) => {
    expect(describePath(path, draft, words)).toBe(label);
  });

  it("links list messages to the list's control", () => {
    expect(targetOfPath("definition.sections.0.questions.1.audiences.0")).toBe(
      "field-definition-sections-0-questions-1-audiences",
    );
    expect(targetOfPath("definition.sections.0.questions.1.options")).toBe(
      "field-definition-sections-0-questions-1-options-add",
    );
    expect(targetOfPath("definition.sections.0.questions.1.text.da")).toBe(
      "field-definition-sections-0-questions-1-text-da",
    );
  });
});
