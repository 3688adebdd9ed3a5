import { describe, expect, it } from "vitest";
import { toRadarRows, wrapLabel } from "./radar.js";

describe("radar data", () => {
  it("has one row per dimension with each series' score, gaps kept as null", () => {
    const axes = [
      { key: "technology", label: "Teknologi" },
      { key: "strategy", label: "Strategi" },
    ];
    const rows = toRadarRows(axes, [
      { key: "overall", label: "Samlet", values: [77.1, 58.3] },
      { key: "citizens", label: "Borgere og pårørende", values: [75, null] },
    ]);
    expect(rows).toEqual([
      { axis: "Teknologi", overall: 77.1, citizens: 75 },
      { axis: "Strategi", overall: 58.3, citizens: null },
    ]);
  });

  it("wraps long dimension names by whole words", () => {
    expect(wrapLabel("Kompetencer og uddannelse", 14)).toEqual(["Kompetencer og", "uddannelse"]);
    expect(wrapLabel("Teknologi", 12)).toEqual(["Teknologi"]);
  });
});
