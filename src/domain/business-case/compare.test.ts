import { describe, expect, it } from "vitest";
import { diffInputs, diffResults, flattenInputs } from "./compare.js";
import { createCeilingHoistExample } from "./examples.js";
import { computeBusinessCase } from "./results.js";

const before = createCeilingHoistExample();
const after = {
  ...before,
  horizonYears: 12,
  publicSide: {
    ...before.publicSide,
    benefits: { ...before.publicSide.benefits, hourlyCost: 400 },
    phaseIn: [40, 80, 90],
  },
};

describe("comparing two versions", () => {
  it("flattens inputs to dotted paths", () => {
    const leaves = flattenInputs(before);
    expect(leaves.get("publicSide.benefits.hourlyCost")).toBe(385);
    expect(leaves.get("publicSide.phaseIn.1")).toBe(80);
    expect(leaves.get("discountRate.mode")).toBe("fm");
  });

  it("lists the fields that differ, field by field", () => {
    expect(diffInputs(before, after)).toEqual([
      { field: "horizonYears", a: 10, b: 12 },
      { field: "publicSide.benefits.hourlyCost", a: 385, b: 400 },
      { field: "publicSide.phaseIn.2", a: undefined, b: 90 },
    ]);
    expect(diffInputs(before, before)).toEqual([]);
  });

  it("lists the headline results of both, with the difference", () => {
    const differences = diffResults(computeBusinessCase(before), computeBusinessCase(after));
    const npv = differences.find((item) => item.metric === "public.npv");
    expect(npv?.difference).toBeCloseTo((npv?.b ?? 0) - (npv?.a ?? 0), 9);
    expect(npv?.difference).toBeGreaterThan(0);
    expect(differences.map((item) => item.metric)).toContain("company.irr");
  });

  it("leaves out a side neither version shows", () => {
    const differences = diffResults(
      computeBusinessCase({ ...before, companySide: null }),
      computeBusinessCase({ ...after, companySide: null }),
    );
    expect(differences.every((item) => item.metric.startsWith("public."))).toBe(true);
  });
});
