import type { Language } from "../../domain/validation.js";

const LOCALES: Record<Language, string> = { da: "da-DK", en: "en-GB" };

export function formatDateTime(value: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: "medium", timeStyle: "short" }).format(new Date(value));
}

export function formatDate(value: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: "long" }).format(new Date(value));
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}
