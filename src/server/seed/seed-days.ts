import { systemClock, todayIn, type Clock } from "../platform/clock.js";

/**
 * A demo date `offset` days from today in Denmark (YYYY-MM-DD), as the home page counts due dates: from
 * midnight to 01:00/02:00 Danish time the UTC date is still yesterday's, and a follow-up seeded for «today»
 * would already be yesterday's.
 */
export function danishDay(offset: number, clock: Clock = systemClock): string {
  const noon = new Date(`${todayIn(clock)}T12:00:00Z`);
  noon.setUTCDate(noon.getUTCDate() + offset);
  return noon.toISOString().slice(0, 10);
}
