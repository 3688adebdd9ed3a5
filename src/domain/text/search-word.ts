/**
 * The one word of a search that the key tables (organisation names, need titles) can answer: a single word of
 * letters only, lower-cased; undefined for several words, digits (a CVR), or no word at all.
 */
export function singleSearchWord(q: string | undefined): string | undefined {
  const words = q?.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length === 1 && /^\p{L}+$/u.test(words[0]) ? words[0] : undefined;
}
