import { describe, expect, it } from "vitest";
import { diffSnapshots } from "./audit-diff.js";

describe("diffSnapshots", () => {
  it("lists only the fields that changed", () => {
    expect(diffSnapshots({ name: "A", cvr: "1", tags: ["x"] }, { name: "B", cvr: "1", tags: ["x", "y"] })).toEqual([
      { field: "name", before: "A", after: "B" },
      { field: "tags", before: '["x"]', after: '["x","y"]' },
    ]);
  });

  it("lists every field of a creation, and shows null as a dash", () => {
    expect(diffSnapshots(null, { name: "A", parentId: null })).toEqual([
      { field: "name", before: "", after: "A" },
      { field: "parentId", before: "", after: "–" },
    ]);
  });
});
