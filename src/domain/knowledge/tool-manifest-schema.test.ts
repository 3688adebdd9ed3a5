import { describe, expect, it } from "vitest";
import { ToolManifest, ToolManifestEntry } from "./tool-manifest.js";

/** A valid manifest entry; each row below changes one thing and names the field the schema must refuse. */
const valid = {
  slug: "test-plan",
  title: "Testplan",
  titleEn: "Test plan",
  summary: "En plan for afprøvningen",
  summaryEn: "A plan for the test",
  targetSides: ["public", "company", "knowledge"],
  phase: "innovation",
  author: "Samspil",
  version: "1.2",
  changes: [
    { version: "1.0", date: "2026-01-05", note: "Første udgave" },
    { version: "1.2", date: "2026-03-01", note: "Afsnit om samtykke" },
  ],
  files: [
    { name: "test-plan.docx", mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
    { name: "test-plan-2.md", mediaType: "text/markdown" },
  ],
};

const refusedAt = (value: unknown) =>
  ToolManifestEntry.safeParse(value).error?.issues.map((issue) => issue.path.join(".")) ?? [];

describe("ToolManifestEntry", () => {
  it("accepts a complete entry, every side and phase", () => {
    expect(refusedAt(valid)).toEqual([]);
    for (const phase of ["ide", "opstart", "innovation", "markedsmodning", "implementering"]) {
      expect(refusedAt({ ...valid, phase })).toEqual([]);
    }
    const changes = [{ version: "10.25", date: "2026-03-01", note: "x" }];
    expect(refusedAt({ ...valid, slug: "a1", version: "10.25", changes })).toEqual([]);
    expect(refusedAt({ ...valid, title: "x".repeat(200), summary: "x".repeat(600) })).toEqual([]);
  });

  it.each([
    ["a slug with capitals", { slug: "Test-plan" }, "slug"],
    ["a slug with a trailing dash", { slug: "test-" }, "slug"],
    ["a slug with a leading dash", { slug: "-test" }, "slug"],
    ["a slug with a double dash", { slug: "test--plan" }, "slug"],
    ["a slug with a space before", { slug: " test" }, "slug"],
    ["a slug with a space after", { slug: "test " }, "slug"],
    ["an empty title", { title: "" }, "title"],
    ["a title of 201 characters", { title: "x".repeat(201) }, "title"],
    ["an empty English title", { titleEn: "" }, "titleEn"],
    ["an English title of 201 characters", { titleEn: "x".repeat(201) }, "titleEn"],
    ["an empty summary", { summary: "" }, "summary"],
    ["a summary of 601 characters", { summary: "x".repeat(601) }, "summary"],
    ["an empty English summary", { summaryEn: "" }, "summaryEn"],
    ["an English summary of 601 characters", { summaryEn: "x".repeat(601) }, "summaryEn"],
    ["no target side", { targetSides: [] }, "targetSides"],
    ["an unknown side", { targetSides: ["citizen"] }, "targetSides.0"],
    ["an unknown phase", { phase: "test" }, "phase"],
    ["an empty author", { author: "" }, "author"],
    ["an author of 201 characters", { author: "x".repeat(201) }, "author"],
    ["a version without a minor number", { version: "1" }, "version"],
    ["a version with text before", { version: "v1.0" }, "version"],
    ["a version with text after", { version: "1.0b" }, "version"],
    ["no change log", { changes: [] }, "changes"],
    ["a change that is not a date", { changes: [{ version: "1.2", date: "1. marts", note: "x" }] }, "changes.0.date"],
    ["a change without a note", { changes: [{ version: "1.2", date: "2026-03-01", note: "" }] }, "changes.0.note"],
    [
      "a change note of 501 characters",
      { changes: [{ version: "1.2", date: "2026-03-01", note: "x".repeat(501) }] },
      "changes.0.note",
    ],
    [
      "a change with an unknown field",
      { changes: [{ version: "1.2", date: "2026-03-01", note: "x", by: "A" }] },
      "changes.0",
    ],
    [
      "a change with a bad version",
      { changes: [{ version: "1.x", date: "2026-03-01", note: "x" }] },
      "changes.0.version",
    ],
    ["no change for the current version", { version: "2.0" }, "changes"],
    ["no file", { files: [] }, "files"],
    ["a PDF file", { files: [{ name: "plan.pdf", mediaType: "text/markdown" }] }, "files.0.name"],
    ["a file name with capitals", { files: [{ name: "Plan.md", mediaType: "text/markdown" }] }, "files.0.name"],
    ["a file name with a path", { files: [{ name: "../plan.md", mediaType: "text/markdown" }] }, "files.0.name"],
    ["a file name with text after", { files: [{ name: "plan.md.exe", mediaType: "text/markdown" }] }, "files.0.name"],
    ["an unknown media type", { files: [{ name: "plan.md", mediaType: "text/html" }] }, "files.0.mediaType"],
    ["a file with an unknown field", { files: [{ name: "plan.md", mediaType: "text/markdown", size: 1 }] }, "files.0"],
    ["an unknown field", { licence: "CC BY" }, ""],
  ])("refuses %s", (_name, change, path) => {
    // The field itself is named (the change-log rule may name `changes` beside it).
    expect(refusedAt({ ...valid, ...change })).toContain(path);
  });
});

describe("ToolManifest", () => {
  it("holds at least one tool, each slug once", () => {
    expect(ToolManifest.safeParse([valid, { ...valid, slug: "other" }]).success).toBe(true);
    expect(ToolManifest.safeParse([]).success).toBe(false);
    const twice = ToolManifest.safeParse([valid, valid]);
    expect(twice.error?.issues.map((issue) => issue.message)).toEqual(["slugs are unique"]);
  });
});
