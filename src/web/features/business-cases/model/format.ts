import type { Language } from "../../../../domain/validation.js";

const LOCALES: Record<Language, string> = { da: "da-DK", en: "en-GB" };

/** Kroner without øre: "6.292.672 kr." in Danish, "DKK 6,292,672" in English. */
export function formatKr(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], {
    style: "currency",
    currency: "DKK",
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  }).format(value);
}

/** Kroner with a sign, for differences: "+2.876.939 kr.", "−120.000 kr.". */
export function formatSignedKr(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], {
    style: "currency",
    currency: "DKK",
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
    signDisplay: "exceptZero",
  }).format(value);
}

/** A number with a fixed count of decimals: 2,4 or 1.234,5. */
export function formatDecimal(value: number, language: Language, digits = 1, signed = false): string {
  return new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: signed ? "exceptZero" : "auto",
  }).format(value);
}

/** A whole number (units, hours, years): 1.960. */
export function formatWhole(value: number, language: Language, signed = false): string {
  return new Intl.NumberFormat(LOCALES[language], {
    maximumFractionDigits: 0,
    signDisplay: signed ? "exceptZero" : "auto",
  }).format(value);
}

/** A rate given as a fraction (0.484) in percent with one decimal: "48,4 %". */
export function formatRate(fraction: number, language: Language, signed = false): string {
  return new Intl.NumberFormat(LOCALES[language], {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: signed ? "exceptZero" : "auto",
  }).format(fraction);
}

/** A share given in percent (40) as "40 %". */
export function formatPercent(percent: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { style: "percent", maximumFractionDigits: 2 }).format(percent / 100);
}

/** A discount factor: 0,9662. */
export function formatFactor(value: number, language: Language): string {
  return formatDecimal(value, language, 4);
}

/** Kroner in short form for chart axes: "6,3 mio." / "6.3M". */
export function formatCompactKr(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { notation: "compact", maximumFractionDigits: 1 }).format(value);
}
