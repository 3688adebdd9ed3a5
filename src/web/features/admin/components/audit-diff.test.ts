import { describe, expect, it } from "vitest";
import { diffSnapshots, showControlCharacters } from "./audit-diff.js";

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

  it("shows CR and LF in a value as visible symbols, so a forged second line stays on the first", () => {
    const [line] = diffSnapshots(null, { name: "Ærlig ApS\r\n2026-01-01 admin: slettet" });
    expect(line.after).toBe("Ærlig ApS␍␊2026-01-01 admin: slettet");
    expect(line.after).not.toMatch(/[\r\n]/);
    expect(showControlCharacters("a\tb\u0000c\u007f")).toBe("a␉b␀c␡");
  });
});
