import { describe, expect, it } from "vitest";
import { formatInputNumber, parseNumberText } from "./number-text.js";

describe("parseNumberText", () => {
  it.each([
    ["900.000", 900_000],
    ["900000", 900_000],
    ["1.234.567", 1_234_567],
    ["385,5", 385.5],
    ["1.234,75", 1234.75],
    [" 45 000 ", 45_000],
    ["3.5", 3.5],
    ["-20", -20],
    ["\u221220", -20],
  ])("Danish %s → %s", (text, expected) => {
    expect(parseNumberText(text, "da")).toBe(expected);
  });

  it.each([
    ["900,000", 900_000],
    ["385.5", 385.5],
    ["1,234.75", 1234.75],
    ["3,5", 3.5],
  ])("English %s → %s", (text, expected) => {
    expect(parseNumberText(text, "en")).toBe(expected);
  });

  it("leaves an empty field undefined (required) and text as typed (not a number)", () => {
    expect(parseNumberText("  ", "da")).toBeUndefined();
    expect(parseNumberText("mange", "da")).toBe("mange");
    expect(parseNumberText("12 kr", "da")).toBe("12 kr");
    expect(parseNumberText("1,2,3", "da")).toBe("1,2,3");
  });
});

describe("formatInputNumber", () => {
  it("writes numbers the way the reader types them", () => {
    expect(formatInputNumber(900_000, "da")).toBe("900.000");
    expect(formatInputNumber(385.5, "da")).toBe("385,5");
    expect(formatInputNumber(900_000, "en")).toBe("900,000");
    expect(formatInputNumber(-3, "da")).toBe("-3");
  });

  it("reads back what it writes", () => {
    for (const value of [0, 1, 999, 1000, 1234.5, 3_800_000, 0.25]) {
      expect(parseNumberText(formatInputNumber(value, "da"), "da")).toBe(value);
      expect(parseNumberText(formatInputNumber(value, "en"), "en")).toBe(value);
    }
  });
});
