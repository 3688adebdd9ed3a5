import { describe, expect, it } from "vitest";
import { featureResources } from "../features/resources.js";
import { flattenTexts, type TextTree } from "./flatten.js";
import da from "./da.json";
import en from "./en.json";

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

const namespaces: [string, TextTree, TextTree][] = [
  ["translation", da, en],
  ...Object.keys(featureResources.da).map((name): [string, TextTree, TextTree] => [
    name,
    featureResources.da[name as keyof typeof featureResources.da],
    featureResources.en[name as keyof typeof featureResources.en],
  ]),
];

describe.each(namespaces)("translations in the namespace %s", (_name, danishTree, englishTree) => {
  const danish = flattenTexts(danishTree);
  const english = flattenTexts(englishTree);

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
