import { describe, expect, it } from "vitest";
import { fullDateInDenmark, longDate, mediumDateTime, timeInDenmark, wholeNumberText } from "./locale-text.js";

const LOCALES = { da: "da-DK", en: "en-GB" } as const;
const ZONE = "Europe/Copenhagen";
const languages = ["da", "en"] as const;

/** Every day of 2026–2028 at the given local hour and minute. */
function* days(hour: number, minute: number): Generator<Date> {
  for (let date = new Date(2026, 0, 1, hour, minute); date.getFullYear() < 2029; date.setDate(date.getDate() + 1)) {
    yield new Date(date);
  }
}

describe("date texts", () => {
  it.each([
    [longDate(new Date(2027, 0, 7), "da"), "7. januar 2027"],
    [longDate(new Date(2027, 0, 7), "en"), "7 January 2027"],
    [longDate(new Date(2028, 1, 29, 23, 59), "da"), "29. februar 2028"],
    [mediumDateTime(new Date(2027, 8, 7, 9, 5), "da"), "7. sep. 2027, 09.05"],
    [mediumDateTime(new Date(2027, 8, 7, 9, 5), "en"), "7 Sept 2027, 09:05"],
    [mediumDateTime(new Date(2027, 4, 1, 0, 0), "da"), "1. maj 2027, 00.00"],
    [fullDateInDenmark(new Date("2027-01-07T08:05:00Z"), "da"), "torsdag den 7. januar 2027"],
    [fullDateInDenmark(new Date("2027-01-07T08:05:00Z"), "en"), "Thursday, 7 January 2027"],
    // 23:30 UTC is already the next day in Denmark.
    [fullDateInDenmark(new Date("2027-06-30T23:30:00Z"), "da"), "torsdag den 1. juli 2027"],
    [timeInDenmark(new Date("2027-01-07T08:05:00Z"), "da"), "09.05"],
    [timeInDenmark(new Date("2027-07-07T08:05:00Z"), "en"), "10:05"],
    // The clock changes on 28 March and 31 October 2027 at 01:00 UTC.
    [timeInDenmark(new Date("2027-03-28T00:59:00Z"), "da"), "01.59"],
    [timeInDenmark(new Date("2027-03-28T01:00:00Z"), "da"), "03.00"],
    [timeInDenmark(new Date("2027-10-31T00:59:00Z"), "da"), "02.59"],
    [timeInDenmark(new Date("2027-10-31T01:00:00Z"), "da"), "02.00"],
  ])("«%s» is «%s»", (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it.each(languages)("long and medium dates equal Intl's for every day of 2026–2028 (%s)", (language) => {
    const long = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: "long" });
    const medium = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: "medium", timeStyle: "short" });
    for (const date of [...days(0, 0), ...days(13, 7), ...days(23, 59)]) {
      expect(longDate(date, language)).toBe(long.format(date));
      expect(mediumDateTime(date, language)).toBe(medium.format(date));
    }
  });

  it.each(languages)(
    "Danish day and time equal Intl's every seven hours of 2026–2030, so at each hour of the day (%s)",
    (language) => {
      const full = new Intl.DateTimeFormat(LOCALES[language], { timeZone: ZONE, dateStyle: "full" });
      const time = new Intl.DateTimeFormat(LOCALES[language], { timeZone: ZONE, hour: "2-digit", minute: "2-digit" });
      const end = Date.UTC(2031, 0, 1);
      for (let at = Date.UTC(2026, 0, 1, 0, 30); at < end; at += 7 * 3_600_000) {
        const date = new Date(at);
        expect(fullDateInDenmark(date, language)).toBe(full.format(date));
        expect(timeInDenmark(date, language)).toBe(time.format(date));
      }
    },
  );
});

describe("wholeNumberText", () => {
  it.each([
    [0, "da", "0"],
    [999, "da", "999"],
    [1000, "da", "1.000"],
    [1234567, "da", "1.234.567"],
    [1234567, "en", "1,234,567"],
    [-4500, "da", "-4.500"],
  ] as const)("%d in %s is «%s»", (value, language, expected) => {
    expect(wholeNumberText(value, language)).toBe(expected);
  });

  it.each([1.5, -0, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])("leaves %d to Intl", (value) => {
    expect(wholeNumberText(value, "da")).toBeNull();
  });

  it.each(languages)("equals Intl's for whole numbers of every length (%s)", (language) => {
    const intl = new Intl.NumberFormat(LOCALES[language]);
    for (let value = 1; value < Number.MAX_SAFE_INTEGER / 10; value = value * 10 + 7) {
      for (const number of [value, -value, value - 1]) {
        expect(wholeNumberText(number, language)).toBe(intl.format(number));
      }
    }
  });
});
