import { describe, expect, it } from "vitest";
import da from "./da.json";
import en from "./en.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") {
      entries.set(path, value);
    } else {
      flatten(value, path).forEach((text, nested) => entries.set(nested, text));
    }
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe("the assessments namespace", () => {
  const danish = flatten(da);
  const english = flatten(en);

  it("has the same keys in English as in Danish", () => {
    expect([...english.keys()].sort()).toEqual([...danish.keys()].sort());
  });

  it("uses the same placeholders in both languages, and no text is empty", () => {
    for (const [key, text] of danish) {
      expect(placeholders(english.get(key) ?? ""), key).toEqual(placeholders(text));
      expect(text.trim(), key).not.toBe("");
      expect((english.get(key) ?? "").trim(), key).not.toBe("");
    }
  });
});
