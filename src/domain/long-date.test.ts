import { describe, expect, it } from "vitest";
import { longDate } from "./long-date.js";

const LOCALES = { da: "da-DK", en: "en-GB" } as const;

describe("longDate", () => {
  it.each([
    [new Date(2027, 0, 7), "da", "7. januar 2027"],
    [new Date(2027, 0, 7), "en", "7 January 2027"],
    [new Date(2026, 11, 31, 23, 59), "da", "31. december 2026"],
    [new Date(2026, 4, 1, 0, 0), "en", "1 May 2026"],
    [new Date(2028, 1, 29, 12), "da", "29. februar 2028"],
  ] as const)("%s in %s is «%s»", (date, language, expected) => {
    expect(longDate(date, language)).toBe(expected);
  });

  it.each(["da", "en"] as const)("writes every day of 2026–2028 as Intl's long date style does (%s)", (language) => {
    const intl = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: "long" });
    for (let date = new Date(2026, 0, 1, 12); date.getFullYear() < 2029; date.setDate(date.getDate() + 1)) {
      expect(longDate(date, language)).toBe(intl.format(date));
    }
  });

  it("takes the reader's own day, not the UTC one, as Intl without a time zone does", () => {
    const lateEvening = new Date(2027, 5, 30, 23, 30);
    expect(longDate(lateEvening, "da")).toBe(
      new Intl.DateTimeFormat("da-DK", { dateStyle: "long" }).format(lateEvening),
    );
  });
});
