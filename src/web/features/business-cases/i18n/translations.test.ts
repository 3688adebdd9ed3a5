import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { flattenTexts } from "../../../i18n/flatten.js";
import da from "./da.json";

function readSources(folder: string): string {
  return readdirSync(folder, { withFileTypes: true })
    .map((entry) => {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        return readSources(full);
      }
      return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? readFileSync(full, "utf8") : "";
    })
    .join("\n");
}

// Keys and placeholders in both languages: src/web/i18n/i18n.test.ts checks every namespace.
describe("business-case translations", () => {
  it("every key is used somewhere in the area (no leftovers)", () => {
    const sources = readSources(path.resolve(import.meta.dirname, ".."));
    const unused = [...flattenTexts(da).keys()]
      .map((key) => key.replace(/_(one|other)$/, ""))
      .filter((key) => {
        const parent = key.split(".").slice(0, -1).join(".");
        return !sources.includes(`"${key}"`) && !sources.includes(`\`${parent}.`) && !sources.includes(`"${parent}.`);
      });
    expect(unused).toEqual([]);
  });
});
