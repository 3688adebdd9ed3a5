import { describe, expect, it } from "vitest";
import { isValidCvr } from "./cvr.js";

describe("isValidCvr", () => {
  it.each([
    ["13748136", true],
    ["13748137", false],
    ["1374813", false],
    ["137481360", false],
    ["1374813a", false],
    ["", false],
    ["00000000", true],
  ])("%s → %s", (cvr, expected) => {
    expect(isValidCvr(cvr)).toBe(expected);
  });
});
