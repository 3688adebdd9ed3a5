import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BAND_LABELS, CARE_AREA_LABELS, KIND_LABELS, normaliseLabel, readEmployeeBand } from "./organisation-labels.js";

const webTexts = (language: "da" | "en") =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, `../web/i18n/${language}.json`), "utf8")) as Record<
    string,
    Record<string, string>
  >;

describe("organisation labels", () => {
  it.each(["da", "en"] as const)("are the labels the web shows (%s)", (language) => {
    const texts = webTexts(language);
    const pick = (labels: Record<string, { da: string; en: string }>) =>
      Object.fromEntries(Object.entries(labels).map(([code, label]) => [code, label[language]]));
    expect(pick(KIND_LABELS)).toEqual(texts.kinds);
    expect(pick(BAND_LABELS)).toEqual(texts.bands);
    expect(pick(CARE_AREA_LABELS)).toEqual(texts.careAreas);
  });

  it.each([
    ["  Ældre  Pleje ", "aeldre pleje"],
    ["10 – 49", "10-49"],
    ["Sønderborg", "soenderborg"],
    ["Café Åen", "cafe aaen"],
    ["Københavns", "koebenhavns"],
  ])("normalises %s to %s", (value, expected) => {
    expect(normaliseLabel(value)).toBe(expected);
  });

  it.each([["0"], ["-3"], ["many"], ["12 katte"], ["10-50"]])("reads no band from %s", (value) => {
    expect(readEmployeeBand(value)).toBeUndefined();
  });
});
