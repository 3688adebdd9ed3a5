/** The most words of a search that count (the text query takes the same first ten: platform/search.ts). */
export const MAX_SEARCH_WORDS = 10;

/**
 * The words of a search that the key tables (organisation names, need titles) can answer: words of letters
 * only, lower-cased, at most `MAX_SEARCH_WORDS`; undefined when a word holds a digit (a CVR number, «robot2»)
 * or there is no word at all.
 */
export function searchWords(q: string | undefined): string[] | undefined {
  const words = q?.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length > 0 && words.every((word) => /^\p{L}+$/u.test(word))
    ? words.slice(0, MAX_SEARCH_WORDS)
    : undefined;
}

/** The one word of a search that the key tables can answer, or undefined (several words, digits, no word). */
export function singleSearchWord(q: string | undefined): string | undefined {
  const words = searchWords(q);
  return words?.length === 1 ? words[0] : undefined;
}
