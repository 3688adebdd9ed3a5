import { describe, expect, it } from "vitest";
import { formatSummaryLine } from "./summary-line.js";

describe("formatSummaryLine", () => {
  it("joins a plain label and its message with a colon", () => {
    expect(formatSummaryLine("E-mail", "Skriv din e-mailadresse")).toBe("E-mail: Skriv din e-mailadresse");
  });

  it("adds no colon after a label that is a question", () => {
    expect(formatSummaryLine("Vil du gerne fortsætte med løsningen efter testen?", "Besvar spørgsmålet")).toBe(
      "Vil du gerne fortsætte med løsningen efter testen? Besvar spørgsmålet",
    );
  });

  it("adds no second colon after a label that already ends in one, and trims stray spaces", () => {
    expect(formatSummaryLine("Hvem skal svare: ", "Vælg en gruppe")).toBe("Hvem skal svare: Vælg en gruppe");
  });
});
