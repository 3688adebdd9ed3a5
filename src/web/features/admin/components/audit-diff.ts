export interface DiffLine {
  field: string;
  before: string;
  after: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === undefined) {
    return "";
  }
  if (value === null) {
    return "–";
  }
  return typeof value === "string" ? showControlCharacters(value) : JSON.stringify(value);
}

/** CR, LF and other control characters shown as ␍ ␊ …, so a value cannot pose as a second log line. */
export function showControlCharacters(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, (character) =>
    String.fromCodePoint(0x2400 + (character === "\u007f" ? 0x21 : character.charCodeAt(0))),
  );
}

/** The fields that differ between two audit snapshots (a creation lists every field). */
export function diffSnapshots(before: unknown, after: unknown): DiffLine[] {
  const left = isRecord(before) ? before : {};
  const right = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  return keys
    .filter((key) => JSON.stringify(left[key]) !== JSON.stringify(right[key]))
    .map((key) => ({ field: key, before: show(left[key]), after: show(right[key]) }));
}
