import { describe, expect, it } from "vitest";
import { flattenTexts, type TextTree } from "./flatten.js";
import da from "./da.json";
import en from "./en.json";

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

// Each feature's own texts (page texts and menu labels), read straight from the files.
const featureTexts = import.meta.glob<TextTree>("../features/*/i18n/**/*.json", { eager: true, import: "default" });

const namespaces: [string, TextTree, TextTree][] = [
  ["translation", da, en],
  ...Object.keys(featureTexts)
    .filter((file) => file.endsWith("/da.json"))
    .map((file): [string, TextTree, TextTree] => [
      file.replace(/^\.\.\/features\/|\/i18n|\/da\.json$/g, ""),
      featureTexts[file],
      featureTexts[file.replace(/da\.json$/, "en.json")],
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
