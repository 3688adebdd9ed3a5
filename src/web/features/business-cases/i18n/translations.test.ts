import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import da from "./da.json";
import en from "./en.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const keyPath = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") {
      entries.set(keyPath, value);
    } else {
      flatten(value, keyPath).forEach((text, nested) => entries.set(nested, text));
    }
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

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

describe("business-case translations", () => {
  const danish = flatten(da);
  const english = flatten(en);

  it("English has exactly the Danish keys, with the same placeholders", () => {
    expect([...english.keys()].sort()).toEqual([...danish.keys()].sort());
    for (const [key, text] of danish) {
      expect(placeholders(english.get(key) ?? ""), key).toEqual(placeholders(text));
    }
  });

  it("every key is used somewhere in the area (no leftovers)", () => {
    const sources = readSources(path.resolve(import.meta.dirname, ".."));
    const unused = [...danish.keys()]
      .map((key) => key.replace(/_(one|other)$/, ""))
      .filter((key) => {
        const parent = key.split(".").slice(0, -1).join(".");
        return !sources.includes(`"${key}"`) && !sources.includes(`\`${parent}.`) && !sources.includes(`"${parent}.`);
      });
    expect(unused).toEqual([]);
  });
});
