import type { Language } from "../../../../domain/validation.js";

const LOCALES: Record<Language, string> = { da: "da-DK", en: "en-GB" };

/** A number as it is written in an input in the reader's language: "900.000" or "385,5" in Danish. */
export function formatInputNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 6 }).format(value).replace(/\u2212/g, "-");
}

const SEPARATORS: Record<Language, { group: string; decimal: string }> = {
  da: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

function escape(character: string): string {
  return character === "." ? "\\." : character;
}

/**
 * Reads what someone typed into a number field. Danish: "900.000", "900000", "385,5" and
 * "1.234,5"; a lone point that is not a thousands group ("3.5") is read as a decimal point, so
 * a rate typed the English way still works. English is the mirror image. Empty gives undefined
 * (the schema says "required"); anything else that is not a number is returned as typed, so
 * the shared schema answers with its own "must be a number".
 */
export function parseNumberText(text: string, language: Language): number | string | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(/\u2212/g, "-");
  if (compact === "") {
    return undefined;
  }
  const { group, decimal } = SEPARATORS[language];
  const g = escape(group);
  const d = escape(decimal);
  const grouped = new RegExp(`^-?\\d{1,3}(${g}\\d{3})+(${d}\\d+)?$`);
  const plain = new RegExp(`^-?\\d+(${d}\\d+)?$`);
  const otherDecimal = new RegExp(`^-?\\d*${g}\\d+$`);
  if (grouped.test(compact) || plain.test(compact)) {
    return Number(compact.split(group).join("").replace(decimal, "."));
  }
  if (otherDecimal.test(compact)) {
    return Number(compact.replace(group, "."));
  }
  return text;
}
