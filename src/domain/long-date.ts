/*
 * A date written out in full («7. januar 2027», «7 January 2027»), as Intl.DateTimeFormat's `dateStyle: "long"`
 * writes it for da-DK and en-GB, without Intl: the first Intl formatter a page makes loads the browser's locale
 * data, 0.2–0.3 s of a phone's main thread on every visit (issue 17), and these pages need no more than this.
 */

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

/** The date in the reader's time zone, as the Intl formatter without a `timeZone` shows it. */
export function longDate(date: Date, language: "da" | "en"): string {
  const day = date.getDate();
  const month = MONTHS[language][date.getMonth()];
  return language === "da" ? `${day}. ${month} ${date.getFullYear()}` : `${day} ${month} ${date.getFullYear()}`;
}
