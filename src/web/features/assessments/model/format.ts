import type { Language } from "../../../../domain/validation.js";

const LOCALES: Record<Language, string> = { da: "da-DK", en: "en-GB" };

/** A score 0–100 with at most one decimal: «77,1»; an em dash where there is none. */
export function formatScore(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) {
    return "–";
  }
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 }).format(value);
}

/** A change in points with its sign: «+31,3», «−16,7» (a real minus), «0». */
export function formatDelta(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) {
    return "–";
  }
  const size = formatScore(Math.abs(value), language);
  if (value > 0) {
    return `+${size}`;
  }
  return value < 0 ? `\u2212${size}` : size;
}

/** Which way a change went, for a word next to the number («op», «ned», «uændret»). */
export function deltaDirection(value: number | null | undefined): "up" | "down" | "same" | "none" {
  if (value === null || value === undefined) {
    return "none";
  }
  return value > 0 ? "up" : value < 0 ? "down" : "same";
}

/** A percentage 0–100 as «67 %» (Danish) or «67%» (English). */
export function formatPercent(value: number | null, language: Language): string {
  if (value === null) {
    return "–";
  }
  return new Intl.NumberFormat(LOCALES[language], { style: "percent", maximumFractionDigits: 0 }).format(value / 100);
}
