export type TextTree = { [key: string]: string | TextTree };

/** A translation file as dotted keys and texts: { a: { b: "x" } } → "a.b" → "x". */
export function flattenTexts(tree: TextTree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") {
      entries.set(path, value);
    } else {
      flattenTexts(value, path).forEach((text, nested) => entries.set(nested, text));
    }
  }
  return entries;
}
