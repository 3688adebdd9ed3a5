import type { RegistrationState, SeminarState, Side } from "./constants.js";
import { SIDES } from "./constants.js";

/*
 * The registration and seminar rules, pure: the service gathers the facts under a row lock on the
 * seminar and records what these functions decide.
 */

/** States that hold one of the side's places: an offered place is held for the offer's claim window. */
export const HOLDS_PLACE: readonly RegistrationState[] = ["registered", "offered", "attended"];

export const holdsPlace = (state: RegistrationState): boolean => HOLDS_PLACE.includes(state);

const REGISTRATION_MOVES: Record<RegistrationState, readonly RegistrationState[]> = {
  registered: ["cancelled", "attended", "no_show"],
  waitlisted: ["offered", "cancelled"],
  // An offer is accepted, declined or lapses (cancelled); the place then moves on.
  offered: ["registered", "cancelled"],
  // Untick at the door, or a late arrival corrected after the no-shows were marked.
  attended: ["registered", "no_show"],
  no_show: ["attended"],
  cancelled: [],
};

export function canMoveRegistration(from: RegistrationState, to: RegistrationState): boolean {
  return REGISTRATION_MOVES[from].includes(to);
}

/** A side's facts at the moment of deciding, counted under the seminar's row lock. */
export interface SideFacts {
  capacity: number;
  /** Places kept for invited people until they register. */
  reserved: number;
  /** Registrations that hold a place (registered, offered, attended). */
  taken: number;
  /** Of those, how many came through an invitation. */
  invitedTaken: number;
  /** People already waiting on the side's list. */
  waiting: number;
}

/** Reserved places not yet used by an invited person. */
const unusedReserved = (facts: SideFacts): number => Math.max(0, facts.reserved - facts.invitedTaken);

/** Whether one more person (invited or not) fits on the side now. */
export function hasPlaceFor(facts: SideFacts, invited: boolean): boolean {
  if (invited) {
    return facts.taken < facts.capacity;
  }
  return facts.taken + unusedReserved(facts) < facts.capacity;
}

/**
 * A new registration is registered when the side has a place for it, otherwise wait-listed. Someone
 * not invited never jumps a non-empty wait list (a freed place is offered to the list first).
 */
export function decideNewRegistration(facts: SideFacts, invited: boolean): "registered" | "waitlisted" {
  if (!invited && facts.waiting > 0) {
    return "waitlisted";
  }
  return hasPlaceFor(facts, invited) ? "registered" : "waitlisted";
}

export interface WaitingEntry {
  id: string;
  invited: boolean;
}

/**
 * Who is offered a place now, in wait-list order: each person who fits gets an offer, which holds the
 * place, until no place is left. `waitlist` is already in order (first come first).
 */
export function selectOffers(facts: Omit<SideFacts, "waiting">, waitlist: readonly WaitingEntry[]): string[] {
  const offers: string[] = [];
  let { taken, invitedTaken } = facts;
  for (const entry of waitlist) {
    if (!hasPlaceFor({ ...facts, taken, invitedTaken, waiting: 0 }, entry.invited)) {
      continue;
    }
    offers.push(entry.id);
    taken += 1;
    if (entry.invited) {
      invitedTaken += 1;
    }
  }
  return offers;
}

/** 1-based position on the side's wait list, or null when the registration is not waiting. */
export function waitlistPosition(waitlistIds: readonly string[], id: string): number | null {
  const index = waitlistIds.indexOf(id);
  return index === -1 ? null : index + 1;
}

const HOUR_MS = 3_600_000;

export function offerExpiresAt(offeredAt: Date, claimHours: number): Date {
  return new Date(offeredAt.getTime() + claimHours * HOUR_MS);
}

/** An offer may be accepted strictly before it expires; at the exact instant it has lapsed. */
export function isClaimOpen(expiresAt: Date, now: Date): boolean {
  return now.getTime() < expiresAt.getTime();
}

export type WindowState = "not_open" | "open" | "closed";

/** Registration is open from `opensAt` (inclusive) to `closesAt` (exclusive). */
export function registrationWindowState(opensAt: Date, closesAt: Date, now: Date): WindowState {
  if (now.getTime() < opensAt.getTime()) {
    return "not_open";
  }
  return now.getTime() < closesAt.getTime() ? "open" : "closed";
}

/** How many registered people a lowered capacity would leave without a place (0: the change is fine). */
export function capacityShortfall(newCapacity: number, taken: number): number {
  return Math.max(0, taken - newCapacity);
}

const SEMINAR_MOVES: Record<SeminarState, readonly SeminarState[]> = {
  draft: ["published", "cancelled"],
  published: ["held", "cancelled"],
  held: ["closed"],
  closed: [],
  cancelled: [],
};

export function canMoveSeminar(from: SeminarState, to: SeminarState): boolean {
  return SEMINAR_MOVES[from].includes(to);
}

export interface CalendarFacts {
  startsAt: string;
  endsAt: string;
  placeAddress: string;
  onlineUrl: string;
}

/** A change of time or place updates calendar entries (SEQUENCE + 1) and sends a change notice. */
export function isCalendarChange(before: CalendarFacts, after: CalendarFacts): boolean {
  return (
    Date.parse(before.startsAt) !== Date.parse(after.startsAt) ||
    Date.parse(before.endsAt) !== Date.parse(after.endsAt) ||
    before.placeAddress !== after.placeAddress ||
    before.onlineUrl !== after.onlineUrl
  );
}

/** The reminder goes out once, from `hoursBefore` before the start until the start. */
export function isReminderDue(startsAt: Date, hoursBefore: number, now: Date, alreadySent: boolean): boolean {
  if (alreadySent) {
    return false;
  }
  return now.getTime() >= startsAt.getTime() - hoursBefore * HOUR_MS && now.getTime() < startsAt.getTime();
}

/** The first instant a non-attendee's registration may be purged: `months` after the seminar ended. */
export function purgeDueAt(endsAt: Date, months: number): Date {
  const due = new Date(endsAt.getTime());
  due.setUTCMonth(due.getUTCMonth() + months);
  return due;
}

/** Attendance by side, computed from check-in (attended), never typed. */
export function attendanceBySide(registrations: readonly { side: Side; status: RegistrationState }[]) {
  const counts = Object.fromEntries(SIDES.map((side) => [side, 0])) as Record<Side, number>;
  for (const registration of registrations) {
    if (registration.status === "attended") {
      counts[registration.side] += 1;
    }
  }
  return counts;
}
