import { dateTimeFormat, numberFormat } from "../../domain/intl-formats.js";
import { longDate, mediumDateTime, wholeNumberText } from "../../domain/locale-text.js";
import type { Language } from "../../domain/validation.js";

const LOCALES: Record<Language, string> = { da: "da-DK", en: "en-GB" };

/** «7. jan. 2027, 09.05», without Intl (locale-text.ts). */
export function formatDateTime(value: string, language: Language): string {
  return mediumDateTime(new Date(value), language);
}

/** A date and time for a narrow table column: numeric date, hours and minutes («23.11.2026 17.31»). */
export function formatCompactDateTime(value: string, language: Language): string {
  const date = new Date(value);
  const day = dateTimeFormat(LOCALES[language], { day: "2-digit", month: "2-digit", year: "numeric" }).format(date);
  const time = dateTimeFormat(LOCALES[language], { hour: "2-digit", minute: "2-digit" }).format(date);
  return `${day} ${time}`;
}

/** «7. januar 2027», without Intl: the first Intl formatter costs a phone's main thread 0.2 s (locale-text.ts). */
export function formatDate(value: string, language: Language): string {
  return longDate(new Date(value), language);
}

/** Whole numbers without Intl (locale-text.ts), others with it. */
export function formatNumber(value: number, language: Language): string {
  return wholeNumberText(value, language) ?? numberFormat(LOCALES[language]).format(value);
}
