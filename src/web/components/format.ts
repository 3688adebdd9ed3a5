import type { Language } from "../../domain/validation.js";

const LOCALES: Record<Language, string> = { da: "da-DK", en: "en-GB" };

export function formatDateTime(value: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(value),
  );
}

/** A date and time for a narrow table column: numeric date, hours and minutes («23.11.2026 17.31»). */
export function formatCompactDateTime(value: string, language: Language): string {
  const date = new Date(value);
  const day = new Intl.DateTimeFormat(LOCALES[language], { day: "2-digit", month: "2-digit", year: "numeric" }).format(
    date,
  );
  const time = new Intl.DateTimeFormat(LOCALES[language], { hour: "2-digit", minute: "2-digit" }).format(date);
  return `${day} ${time}`;
}

export function formatDate(value: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: "long" }).format(new Date(value));
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}
