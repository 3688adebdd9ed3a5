import { dateTimeFormat, numberFormat } from "../../domain/intl-formats.js";
import { longDate } from "../../domain/long-date.js";
import type { Language } from "../../domain/validation.js";

const LOCALES: Record<Language, string> = { da: "da-DK", en: "en-GB" };

export function formatDateTime(value: string, language: Language): string {
  return dateTimeFormat(LOCALES[language], { dateStyle: "medium", timeStyle: "short" }).format(new Date(value));
}

/** A date and time for a narrow table column: numeric date, hours and minutes («23.11.2026 17.31»). */
export function formatCompactDateTime(value: string, language: Language): string {
  const date = new Date(value);
  const day = dateTimeFormat(LOCALES[language], { day: "2-digit", month: "2-digit", year: "numeric" }).format(date);
  const time = dateTimeFormat(LOCALES[language], { hour: "2-digit", minute: "2-digit" }).format(date);
  return `${day} ${time}`;
}

/** «7. januar 2027»: written without Intl, whose first formatter costs a phone's main thread 0.2 s (long-date.ts). */
export function formatDate(value: string, language: Language): string {
  return longDate(new Date(value), language);
}

export function formatNumber(value: number, language: Language): string {
  return numberFormat(LOCALES[language]).format(value);
}
