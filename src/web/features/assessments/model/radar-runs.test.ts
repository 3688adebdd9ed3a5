import { describe, expect, it } from "vitest";
import { scoredRuns } from "./radar-runs.js";

const isScored = (value: number | null) => value !== null;

describe("drawing a radar series with missing scores", () => {
  it("is one closed polygon when every axis has a score", () => {
    expect(scoredRuns([1, 2, 3], isScored)).toEqual({ isClosed: true, runs: [[1, 2, 3]] });
  });

  it("breaks at every axis without a score and joins the run that wraps past the last axis", () => {
    // Citizens in Samspil 360: not asked about organisation, business and market development.
    expect(scoredRuns([75, 75, null, null, null, 75, 37.5, 75], isScored)).toEqual({
      isClosed: false,
      runs: [[75, 37.5, 75, 75, 75]],
    });
    expect(scoredRuns([1, null, 3, null], isScored)).toEqual({ isClosed: false, runs: [[3], [1]] });
    expect(scoredRuns([null, null], isScored)).toEqual({ isClosed: false, runs: [] });
  });
});
