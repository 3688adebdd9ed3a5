import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readZipEntry } from "../../server/test-support/zip.js";
import { ToolManifest } from "./tool-manifest.js";

const TOOLS = join(import.meta.dirname, "..", "..", "..", "data", "knowledge", "tools");
const manifest = JSON.parse(readFileSync(join(TOOLS, "index.json"), "utf8")) as unknown;

/** The text of a DOCX's body, runs joined, entities decoded enough for Danish text. */
const bodyText = (docx: Buffer) =>
  (readZipEntry(docx, "word/document.xml")?.toString("utf8") ?? "")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"');

describe("data/knowledge/tools/index.json", () => {
  it("follows the manifest schema", () => {
    const parsed = ToolManifest.safeParse(manifest);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it("offers the five templates the programme promises", () => {
    expect(ToolManifest.parse(manifest).map((tool) => tool.slug)).toEqual([
      "aftale-tjekliste",
      "testplan",
      "samtykketekst",
      "behovsscreening",
      "business-case-guide",
    ]);
  });

  it.each(ToolManifest.parse(manifest).flatMap((tool) => tool.files.map((file) => [tool.slug, file.name] as const)))(
    "%s: %s exists and opens",
    (slug, name) => {
      const path = join(TOOLS, name);
      expect(existsSync(path)).toBe(true);
      const tool = ToolManifest.parse(manifest).find((entry) => entry.slug === slug)!;
      if (name.endsWith(".docx")) {
        const text = bodyText(readFileSync(path));
        // A valid Word file whose body carries the manifest's title: built from the current source.
        expect(text).toContain(tool.title);
        expect(text).toContain(tool.titleEn);
      } else {
        expect(readFileSync(path, "utf8")).toMatch(new RegExp(`^# ${tool.title}\\n`));
      }
    },
  );

  it("points the business-case guide to Samspil's business case and the Finance Ministry's rate file", () => {
    const guide = readFileSync(join(TOOLS, "business-case-guide.md"), "utf8");
    expect(guide).toContain("data/dk_fm_discount_rate.json");
    expect(guide).toContain("«Business cases»");
    const rates = JSON.parse(readFileSync(join(TOOLS, "..", "..", "dk_fm_discount_rate.json"), "utf8")) as {
      current: { real_rate_by_year_band: { years: string; rate_pct: number }[] };
    };
    const firstBand = rates.current.real_rate_by_year_band.find((band) => band.years === "0-35");
    expect(guide).toContain(`| 0–35 | ${String(firstBand?.rate_pct).replace(".", ",")} % |`);
  });
});
