/** "teknologisk inst" → "teknologisk:* & inst:*" (each word a stemmed prefix); null when no words. */
export function toPrefixTsQuery(q: string): string | null {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length > 0
    ? words
        .slice(0, 10)
        .map((word) => `${word}:*`)
        .join(" & ")
    : null;
}
