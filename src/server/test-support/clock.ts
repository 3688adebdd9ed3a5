import type { Clock } from "../platform/clock.js";

/** A clock a test moves by hand: starts at `start` (or the real now) and stays there until told. */
export interface SettableClock extends Clock {
  set: (at: Date) => void;
  advanceDays: (days: number) => void;
}

export function createSettableClock(start: Date = new Date()): SettableClock {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at);
    },
    advanceDays: (days) => {
      current = new Date(current.getTime() + days * 86_400_000);
    },
  };
}
