/**
 * DKFDS's SVG sprite (`<svg><symbol id="…">…</symbol>…</svg>`) with only the named symbols, in the
 * order of the sprite. A name the sprite lacks is an error (a typo, or a DKFDS release without that icon).
 */
export function trimIconSprite(sprite: string, names: readonly string[]): string {
  const symbols = new Map(
    [...sprite.matchAll(/<symbol\b[^>]*\bid="([^"]+)"[^>]*>[\s\S]*?<\/symbol>/g)].map((match) => [match[1], match[0]]),
  );
  const missing = names.filter((name) => !symbols.has(name));
  if (missing.length > 0) {
    throw new Error(`DKFDS's icon sprite has no ${missing.join(", ")} (src/web/components/icon-names.ts)`);
  }
  const wanted = new Set(names);
  const kept = [...symbols].filter(([id]) => wanted.has(id)).map(([, symbol]) => symbol);
  return `<svg xmlns="http://www.w3.org/2000/svg">${kept.join("")}</svg>`;
}
