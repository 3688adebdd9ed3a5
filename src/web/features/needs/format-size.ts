import type { Language } from "../../../domain/validation.js";

const LOCALES: Record<Language, string> = { da: "da-DK", en: "en-GB" };

/** 1536 → "1,5 kB", 10485760 → "10 MB" (1 kB = 1024 bytes, as the upload limit is counted). */
export function formatSize(bytes: number, language: Language): string {
  const units = ["B", "kB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const number = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${number} ${units[unit]}`;
}
