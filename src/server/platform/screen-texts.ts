import type { Language } from "../../domain/validation.js";

/** A feature's i18n file as the web ships it (src/web/features/<area>/i18n/<language>.json). */
export interface TextTree {
  [key: string]: string | TextTree;
}

export type Translate = (key: string, values?: Record<string, string | number>) => string;

const LOCALES: Record<Language, string> = { da: "da-DK", en: "en-GB" };

function lookUp(tree: TextTree, key: string): string | TextTree | undefined {
  let node: string | TextTree | undefined = tree;
  for (const part of key.split(".")) {
    node = typeof node === "object" ? node[part] : undefined;
  }
  return node;
}

/**
 * The screen's own words for a printed page or an export: the same i18n files, the same `{{name}}` values and
 * `_one`/`_other` plurals as i18next, so a print never says something the screen words differently. A key
 * that is missing throws: a report with a raw key in it is a defect to find in the tests, not at a reader's.
 */
export function screenTexts(trees: Record<Language, TextTree>, language: Language): Translate {
  const plural = new Intl.PluralRules(LOCALES[language]);
  return (key, values = {}) => {
    const count = values.count;
    const text =
      (typeof count === "number" ? lookUp(trees[language], `${key}_${plural.select(count)}`) : undefined) ??
      lookUp(trees[language], key) ??
      (typeof count === "number" ? lookUp(trees[language], `${key}_other`) : undefined);
    if (typeof text !== "string") {
      throw new Error(`No ${language} text for ${key}`);
    }
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
      values[name] === undefined ? whole : String(values[name]),
    );
  };
}
