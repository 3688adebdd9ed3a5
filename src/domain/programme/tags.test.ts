import { describe, expect, it } from "vitest";
import { EMPTY_TAGS, InnovationTags } from "./tags.js";

describe("InnovationTags", () => {
  it.each<[string, unknown, boolean]>([
    ["empty", EMPTY_TAGS, true],
    [
      "complete",
      {
        innovationType: "process",
        novelty: "adapted",
        initiator: "company",
        valueTypes: ["quality", "efficiency"],
        evaluation: "internal",
      },
      true,
    ],
    ["an unknown novelty", { ...EMPTY_TAGS, novelty: "brand_new" }, false],
    ["a value type twice", { ...EMPTY_TAGS, valueTypes: ["quality", "quality"] }, false],
    ["an unknown field", { ...EMPTY_TAGS, partners: [] }, false],
  ])("%s → valid: %s", (_, input, valid) => {
    expect(InnovationTags.safeParse(input).success).toBe(valid);
  });
});
