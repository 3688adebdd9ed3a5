/*
 * Dates, times and whole numbers written as Intl writes them for da-DK and en-GB in the styles the pages use
 * (long, medium with a short time, full in Danish time; «1.234» / «1,234»), without Intl: the first Intl formatter
 * a page makes loads the browser's locale data, 0.2–0.3 s of a phone's main thread on every visit (issue 17). The tests
 * compare every day (and every hour around the clock changes) with Intl; so did a check in Chromium 156.
 */

export type DateLanguage = "da" | "en";

const MONTHS = {
  da: [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
} as const;
const SHORT_MONTHS = {
  da: ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"],
} as const;
const WEEKDAYS = {
  da: ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
} as const;

/** A calendar day and clock time, read in some time zone. */
interface WallClock {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
}

const readerClock = (date: Date): WallClock => ({
  year: date.getFullYear(),
  month: date.getMonth(),
  day: date.getDate(),
  weekday: date.getDay(),
  hour: date.getHours(),
  minute: date.getMinutes(),
});

const two = (value: number) => String(value).padStart(2, "0");
const clockText = (clock: WallClock, language: DateLanguage) =>
  `${two(clock.hour)}${language === "da" ? "." : ":"}${two(clock.minute)}`;
const dayText = (clock: WallClock, language: DateLanguage, months: typeof MONTHS | typeof SHORT_MONTHS) =>
  language === "da"
    ? `${clock.day}. ${months.da[clock.month]} ${clock.year}`
    : `${clock.day} ${months.en[clock.month]} ${clock.year}`;

/** «7. januar 2027» / «7 January 2027», the reader's day (`dateStyle: "long"`). */
export function longDate(date: Date, language: DateLanguage): string {
  return dayText(readerClock(date), language, MONTHS);
}

/** «7. jan. 2027, 09.05» / «7 Jan 2027, 09:05», the reader's time (`dateStyle: "medium", timeStyle: "short"`). */
export function mediumDateTime(date: Date, language: DateLanguage): string {
  const clock = readerClock(date);
  return `${dayText(clock, language, SHORT_MONTHS)}, ${clockText(clock, language)}`;
}

/** The last Sunday of a month at 01:00 UTC, when EU summer time starts (March) or ends (October). */
function lastSundayOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/**
 * Danish wall-clock time at an instant: CET (UTC+1), CEST (UTC+2) from the last Sunday of March to the last
 * Sunday of October at 01:00 UTC, the EU rule in force since 1996 (should the EU drop the clock change, this
 * is where to say so; Intl would learn it from the browser's time zone data).
 */
function copenhagenClock(date: Date): WallClock {
  const at = date.getTime();
  const year = date.getUTCFullYear();
  const summer = at >= lastSundayOneUtc(year, 2) && at < lastSundayOneUtc(year, 9);
  const shifted = new Date(at + (summer ? 2 : 1) * 3_600_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth(),
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** «torsdag den 7. januar 2027» / «Thursday, 7 January 2027», the day in Danish time (`dateStyle: "full"`). */
export function fullDateInDenmark(date: Date, language: DateLanguage): string {
  const clock = copenhagenClock(date);
  const weekday = WEEKDAYS[language][clock.weekday];
  return language === "da"
    ? `${weekday} den ${dayText(clock, "da", MONTHS)}`
    : `${weekday}, ${dayText(clock, "en", MONTHS)}`;
}

/** «09.05» / «09:05» in Danish time (`hour: "2-digit", minute: "2-digit"`). */
export function timeInDenmark(date: Date, language: DateLanguage): string {
  return clockText(copenhagenClock(date), language);
}

/** «1.234.567» / «1,234,567», as Intl.NumberFormat writes a whole number; null for other numbers (Intl's part). */
export function wholeNumberText(value: number, language: DateLanguage): string | null {
  // Intl writes minus zero «-0».
  if (!Number.isSafeInteger(value) || Object.is(value, -0)) {
    return null;
  }
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, language === "da" ? "." : ",");
  return value < 0 ? `-${digits}` : digits;
}
