/**
 * Where a module reads «now» when the answer depends on the day (follow-ups due, the home page's lists).
 * The app runs on the system clock; a test passes its own to see «tomorrow» without waiting for it.
 */
export interface Clock {
  now: () => Date;
}

export const systemClock: Clock = { now: () => new Date() };

const COPENHAGEN_DAY = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Copenhagen",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in Denmark (YYYY-MM-DD): a follow-up «on the 9th» is due from midnight Danish time. */
export function todayIn(clock: Clock): string {
  return COPENHAGEN_DAY.format(clock.now());
}
