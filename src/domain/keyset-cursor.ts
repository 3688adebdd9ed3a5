import { z } from "zod";

/**
 * Where a newest-first page starts (the audit log, the process board): the time, to the microsecond, and the id of
 * the last row of the page before, as `<time>~<id>`. The id's pattern is the list's own (a bigint, a uuid), so a
 * cursor from one list is refused by another.
 */
export function keysetCursor(idPattern: string) {
  return z.string().regex(new RegExp(`^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z~${idPattern}$`));
}

export const UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

export function encodeKeysetCursor(at: string, id: string): string {
  return `${at}~${id}`;
}

export function decodeKeysetCursor(cursor: string): { at: string; id: string } {
  const split = cursor.indexOf("~");
  return { at: cursor.slice(0, split), id: cursor.slice(split + 1) };
}
