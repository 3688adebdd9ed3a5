import { describe, expect, it } from "vitest";
import { deltaDirection, formatDelta, formatPercent, formatScore } from "./format.js";

describe("assessment figures", () => {
  it.each([
    [77.1, "da", "77,1"],
    [77.1, "en", "77.1"],
    [50, "da", "50"],
    [null, "da", "–"],
  ] as const)("score %s in %s is %s", (value, language, expected) => {
    expect(formatScore(value, language)).toBe(expected);
  });

  it.each([
    [31.3, "+31,3", "up"],
    [-16.7, "\u221216,7", "down"],
    [0, "0", "same"],
    [null, "–", "none"],
  ] as const)("a change of %s reads %s (%s)", (value, text, direction) => {
    expect(formatDelta(value, "da")).toBe(text);
    expect(deltaDirection(value)).toBe(direction);
  });

  it("a response rate is a whole percentage in the reader's convention", () => {
    expect(formatPercent(67, "da")).toBe("67\u00a0%");
    expect(formatPercent(67, "en")).toBe("67%");
    expect(formatPercent(null, "da")).toBe("–");
  });
});
