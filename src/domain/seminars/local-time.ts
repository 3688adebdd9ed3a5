/*
 * Seminars are planned in Danish wall-clock time, whatever zone the planner's browser is in: the form
 * shows «2027-01-07T09:00» and the API stores an instant. Pure (Intl only), so the web and tests share it.
 */

export const SEMINAR_TIME_ZONE = "Europe/Copenhagen";

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The zone's wall clock at an instant as «YYYY-MM-DDTHH:mm». */
export function toLocalInput(iso: string, timeZone = SEMINAR_TIME_ZONE): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** Minutes the zone is ahead of UTC at an instant (60 in Danish winter, 120 in summer). */
function offsetMinutes(utcMs: number, timeZone: string): number {
  const wall = LOCAL.exec(toLocalInput(new Date(utcMs).toISOString(), timeZone));
  if (!wall) {
    return 0;
  }
  const [, y, mo, d, h, mi] = wall.map(Number);
  return Math.round((Date.UTC(y, mo - 1, d, h, mi) - Math.floor(utcMs / 60_000) * 60_000) / 60_000);
}

/**
 * The instant (ISO, UTC) of a wall-clock time «YYYY-MM-DDTHH:mm» in the zone, or null when the text is
 * not such a time. A time skipped by the spring change is read with the winter offset (02:30 → 03:30
 * summer time); a time that occurs twice in the autumn is the first (summer) one.
 */
export function fromLocalInput(local: string, timeZone = SEMINAR_TIME_ZONE): string | null {
  const match = LOCAL.exec(local);
  if (!match) {
    return null;
  }
  const [, y, mo, d, h, mi] = match.map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) {
    return null;
  }
  // The offset one day earlier is settled before any change that night; try it, then the offset at the result.
  const before = offsetMinutes(asUtc - 86_400_000, timeZone);
  const first = asUtc - before * 60_000;
  const after = offsetMinutes(first, timeZone);
  const instant = after === before ? first : asUtc - after * 60_000;
  // In the spring gap neither offset gives back the wall time: keep the earlier (winter) reading.
  const resolved = toLocalInput(new Date(instant).toISOString(), timeZone) === local ? instant : first;
  return new Date(resolved).toISOString();
}

/** «YYYY-MM-DD» of a local input, and a local input from a day and «HH:mm». */
export const localDay = (local: string): string => local.slice(0, 10);
export const localClock = (local: string): string => local.slice(11, 16);
export const joinLocal = (day: string, clock: string): string => `${day}T${clock}`;
