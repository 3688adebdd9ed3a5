import { describe, expect, it } from "vitest";
import { resolveArea, summariseSpread } from "./spread.js";

describe("resolveArea", () => {
  it.each([
    ["0751", { code: "0751", kind: "municipality", regionCode: "1082", name: "Aarhus" }],
    ["751", { code: "0751", kind: "municipality", regionCode: "1082", name: "Aarhus" }],
    ["1084", { code: "1084", kind: "region", regionCode: "1084", name: "Region Hovedstaden" }],
    [" 1084 ", { code: "1084", kind: "region", regionCode: "1084", name: "Region Hovedstaden" }],
    ["9999", null],
    ["abc", null],
  ])("%s", (code, expected) => {
    expect(resolveArea(code)).toEqual(expected);
  });
});

describe("summariseSpread", () => {
  it("counts municipalities of 98 and each region's adoptions by level", () => {
    const spread = summariseSpread([
      { areaCode: "0751", level: "implemented" },
      { areaCode: "0461", level: "piloting" },
      { areaCode: "0101", level: "considering" },
      { areaCode: "1082", level: "implemented" },
      { areaCode: "0000", level: "implemented" },
    ]);
    expect(spread.municipalities).toBe(3);
    expect(spread.ofMunicipalities).toBe(98);
    expect(spread.byRegion).toHaveLength(5);
    expect(spread.byRegion.find((row) => row.regionCode === "1082")).toEqual({
      regionCode: "1082",
      regionName: "Region Midtjylland",
      considering: 0,
      piloting: 0,
      implemented: 2,
    });
    expect(spread.byRegion.find((row) => row.regionCode === "1083")).toMatchObject({ piloting: 1, implemented: 0 });
    expect(spread.byRegion.find((row) => row.regionCode === "1084")).toMatchObject({ considering: 1 });
  });

  it("none: 0 of 98", () => {
    expect(summariseSpread([])).toMatchObject({ municipalities: 0, ofMunicipalities: 98 });
  });
});
