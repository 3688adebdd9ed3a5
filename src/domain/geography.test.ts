import { describe, expect, it } from "vitest";
import { findMunicipality, MUNICIPALITIES, normaliseMunicipalityCode, REGIONS } from "./geography.js";

describe("geography", () => {
  it("ships the 98 municipalities and 5 regions", () => {
    expect(MUNICIPALITIES).toHaveLength(98);
    expect(REGIONS.map((region) => region.code)).toEqual(["1081", "1082", "1083", "1084", "1085"]);
    expect(MUNICIPALITIES.every((item) => REGIONS.some((region) => region.code === item.regionCode))).toBe(true);
  });

  it.each([
    ["101", "0101"],
    ["0101", "0101"],
    [" 751 ", "0751"],
    ["abc", "abc"],
  ])("normalises %s to %s", (input, expected) => {
    expect(normaliseMunicipalityCode(input)).toBe(expected);
  });

  it("finds a municipality by either form, with its region", () => {
    expect(findMunicipality("101")?.name).toBe("København");
    expect(findMunicipality("0751")?.regionCode).toBe("1082");
    expect(findMunicipality("0999")).toBeUndefined();
  });
});
