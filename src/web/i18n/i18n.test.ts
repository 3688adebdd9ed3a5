import { describe, expect, it } from "vitest";
import { featureResources } from "../features/resources.js";
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

const namespaces: [string, Tree, Tree][] = [
  ["translation", da, en],
  ...Object.keys(featureResources.da).map((name): [string, Tree, Tree] => [
    name,
    featureResources.da[name as keyof typeof featureResources.da],
    featureResources.en[name as keyof typeof featureResources.en],
  ]),
];

describe.each(namespaces)("translations in the namespace %s", (_name, danishTree, englishTree) => {
  const danish = flatten(danishTree);
  const english = flatten(englishTree);

  it("English has exactly the Danish keys", () => {
    expect([...english.keys()].sort()).toEqual([...danish.keys()].sort());
  });

  it("every text uses the same placeholders in both languages", () => {
    for (const [key, text] of danish) {
      expect(placeholders(english.get(key) ?? ""), key).toEqual(placeholders(text));
    }
  });

  it("no text is left empty", () => {
    for (const [key, text] of [...danish, ...english]) {
      expect(text.trim(), key).not.toBe("");
    }
  });
});
