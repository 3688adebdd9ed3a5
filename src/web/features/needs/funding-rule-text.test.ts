import type { TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { FUNDING_RULE_KEYS, type FundingRule } from "../../../domain/funding.js";
import type { Language } from "../../../domain/validation.js";
import { describeFundingRule } from "./funding-rule-text.js";
import type { NeedsT } from "./labels.js";
import { loadNeedsWords } from "./needs-words.js";

const words: Record<Language, { t: NeedsT; tc: TFunction }> = {} as Record<Language, { t: NeedsT; tc: TFunction }>;

beforeAll(async () => {
  Object.assign(words, await loadNeedsWords());
});

/** A rule of each key as the API sends it: codes and values. */
const SAMPLES: Record<FundingRule["key"], Omit<FundingRule, "met">> = {
  deadline: { key: "deadline", required: "2027-03-01", actual: "2026-11-23" },
  eligible_kind: { key: "eligible_kind", required: ["municipality", "region"], actual: ["municipality", "company"] },
  care_area: { key: "care_area", required: ["home_care", "dementia"], actual: ["home_care"] },
  region: { key: "region", required: ["1084"], actual: ["1082", "1083"] },
  municipality: { key: "municipality", required: ["0751"], actual: ["0461"] },
  min_municipalities: { key: "min_municipalities", required: 6, actual: 1 },
  min_regions: { key: "min_regions", required: 2, actual: 0 },
  requires_company: { key: "requires_company", required: 1, actual: 0 },
  requires_knowledge_institution: { key: "requires_knowledge_institution", required: 1, actual: 1 },
};
/** Codes that are no word in either language, and English codes that are no Danish word. */
const CODES: Record<Language, string[]> = {
  en: ["home_care", "knowledge_institution", "municipality, ", "home_care, ", "1084", "0751"],
  da: ["home_care", "knowledge_institution", "municipality", "company", "dementia", "1084", "0751", "0461"],
};

describe("every funding rule in Danish and English", () => {
  const cases = FUNDING_RULE_KEYS.flatMap((key) =>
    (["da", "en"] as const).flatMap((language) => [true, false].map((met) => [key, language, met] as const)),
  );

  it.each(cases)("%s in %s (met: %s) is a sentence with no code, key or placeholder", (key, language, met) => {
    const { t, tc } = words[language];
    const text = describeFundingRule({ ...SAMPLES[key], met }, t, tc, language);
    expect(text.length).toBeGreaterThan(5);
    expect(text).not.toContain("{{");
    expect(text).not.toContain("rules.");
    expect(CODES[language].filter((code) => text.includes(code))).toEqual([]);
  });

  it("says the same rule differently in the two languages", () => {
    for (const key of FUNDING_RULE_KEYS) {
      for (const met of [true, false]) {
        const rule = { ...SAMPLES[key], met };
        expect(describeFundingRule(rule, words.da.t, words.da.tc, "da")).not.toBe(
          describeFundingRule(rule, words.en.t, words.en.tc, "en"),
        );
      }
    }
  });

  it.each([
    [
      "da",
      { key: "eligible_kind", met: false, required: ["company"], actual: ["municipality"] },
      "Kan kun søges af virksomhed – I er kommune",
    ],
    [
      "da",
      { key: "requires_knowledge_institution", met: true, pending: true, required: 1, actual: 0 },
      "Kan søges, når en videninstitution er med som partner",
    ],
    [
      "en",
      { key: "requires_company", met: true, pending: true, required: 1, actual: 0 },
      "Open once a company joins as partner",
    ],
    [
      "en",
      { key: "eligible_kind", met: false, required: ["company"], actual: ["municipality"] },
      "Open to: company – you are: municipality",
    ],
    [
      "en",
      { key: "care_area", met: false, required: ["prevention", "dementia"], actual: ["home_care"] },
      "Only for prevention or dementia",
    ],
    [
      "en",
      { key: "min_municipalities", met: false, required: 6, actual: 1 },
      "Requires at least 6 municipalities: you have 1",
    ],
    [
      "en",
      { key: "deadline", met: false, required: "2024-12-31", actual: "2026-11-23" },
      "The deadline 31 December 2024 has passed",
    ],
    [
      "da",
      { key: "municipality", met: false, required: ["0751"], actual: ["0461"] },
      "Kun for Aarhus og kommunens egne enheder – I hører til Odense",
    ],
    [
      "da",
      { key: "region", met: false, required: ["1084"], actual: [] },
      "Kun for ansøgere i Region Hovedstaden – I hører til et ukendt sted",
    ],
    [
      "en",
      { key: "region", met: true, required: ["1082", "1083"], actual: ["1083"] },
      "The pool is for Region Midtjylland or Region Syddanmark, where you belong",
    ],
  ] as const)("in %s: %o", (language, rule, expected) => {
    const { t, tc } = words[language];
    expect(describeFundingRule(rule as FundingRule, t, tc, language)).toBe(expected);
  });
});
