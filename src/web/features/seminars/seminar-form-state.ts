import type { CareArea } from "../../../domain/care-areas.js";
import { fromLocalInput, joinLocal, localClock, localDay, toLocalInput } from "../../../domain/seminars/local-time.js";
import { SeminarCreate, SIDES, type Side } from "../../../domain/seminars/schemas.js";
import type { SeminarDetail } from "../../../domain/seminars/views.js";
import type { Language } from "../../../domain/validation.js";
import { checkWith, type Checked } from "../../forms/form-check.js";

/** One agenda row as typed: a clock time on the seminar's first day, the minutes as text. */
export interface AgendaRowState {
  key: string;
  time: string;
  durationMinutes: string;
  title: string;
  speaker: string;
  isPitchSlot: boolean;
}

export interface SideRowState {
  capacity: string;
  reserved: string;
}

export interface LinkedNeed {
  id: string;
  name: string;
}

/** The planning form: times are Danish wall-clock times («YYYY-MM-DDTHH:mm»), numbers as typed. */
export interface SeminarFormState {
  title: string;
  description: string;
  careAreas: string[];
  needs: LinkedNeed[];
  placeAddress: string;
  onlineUrl: string;
  startsAt: string;
  endsAt: string;
  registrationOpensAt: string;
  /** Empty: registration closes when the seminar starts. */
  registrationClosesAt: string;
  capacities: Record<Side, SideRowState>;
  agenda: AgendaRowState[];
}

/** The form's fields in the order they appear (the error summary follows it). */
export const SEMINAR_FIELDS = [
  "title",
  "description",
  "careAreas",
  "needIds",
  "startsAt",
  "endsAt",
  "placeAddress",
  "onlineUrl",
  "registrationOpensAt",
  "registrationClosesAt",
  "capacities",
  "agenda",
] as const;

const DEFAULT_PLACES: Record<Side, number> = { public: 20, company: 20, knowledge: 10, other: 10 };

let rowCounter = 0;
export function newAgendaRow(time = ""): AgendaRowState {
  rowCounter += 1;
  return { key: `agenda-${rowCounter}`, time, durationMinutes: "30", title: "", speaker: "", isPitchSlot: false };
}

/** A new seminar: registration opens now and (left empty) closes at the start; places for every side. */
export function emptySeminarForm(now: Date): SeminarFormState {
  return {
    title: "",
    description: "",
    careAreas: [],
    needs: [],
    placeAddress: "",
    onlineUrl: "",
    startsAt: "",
    endsAt: "",
    registrationOpensAt: toLocalInput(now.toISOString()),
    registrationClosesAt: "",
    capacities: Object.fromEntries(
      SIDES.map((side) => [side, { capacity: String(DEFAULT_PLACES[side]), reserved: "0" }]),
    ) as Record<Side, SideRowState>,
    agenda: [],
  };
}

/** The form for a planned seminar (staff view of GET /api/seminars/:id). */
export function seminarFormFrom(seminar: SeminarDetail): SeminarFormState {
  const capacities = seminar.capacities;
  return {
    title: seminar.title,
    description: seminar.description,
    careAreas: [...seminar.careAreas],
    needs: seminar.linkedNeeds.map((need) => ({ id: need.id, name: need.title })),
    placeAddress: seminar.placeAddress,
    onlineUrl: seminar.onlineUrl,
    startsAt: toLocalInput(seminar.startsAt),
    endsAt: toLocalInput(seminar.endsAt),
    registrationOpensAt: toLocalInput(seminar.registrationOpensAt),
    registrationClosesAt: toLocalInput(seminar.registrationClosesAt),
    capacities: Object.fromEntries(
      SIDES.map((side) => [
        side,
        {
          capacity: String(capacities?.[side].capacity ?? 0),
          reserved: String(capacities?.[side].reserved ?? 0),
        },
      ]),
    ) as Record<Side, SideRowState>,
    agenda: seminar.agenda.map((item) => ({
      ...newAgendaRow(localClock(toLocalInput(item.startsAt))),
      durationMinutes: String(item.durationMinutes),
      title: item.title,
      speaker: item.speaker,
      isPitchSlot: item.isPitchSlot,
    })),
  };
}

/** A whole number as typed («20», « 5 »), or the text itself so the schema names it; empty → missing. */
export function parseCount(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === "") {
    return undefined;
  }
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** A wall-clock input as the API's instant; an unreadable one stays as typed so the schema refuses it. */
const instant = (local: string): string | undefined => (local === "" ? undefined : (fromLocalInput(local) ?? local));

/** The times the form will send, for the change-notice hint and the body. */
export function formTimes(state: SeminarFormState) {
  const startsAt = instant(state.startsAt);
  return {
    startsAt,
    endsAt: instant(state.endsAt),
    registrationOpensAt: instant(state.registrationOpensAt),
    // The sensible default: registration closes when the seminar starts.
    registrationClosesAt: state.registrationClosesAt === "" ? startsAt : instant(state.registrationClosesAt),
  };
}

/** The form as the API's body (POST, and PATCH without the minutes), checked with the server's schema. */
export function validateSeminar(state: SeminarFormState, language: Language): Checked<SeminarCreate> {
  const times = formTimes(state);
  const day = state.startsAt === "" ? "" : localDay(state.startsAt);
  const blank: Record<string, boolean> = {
    startsAt: state.startsAt === "",
    endsAt: state.endsAt === "",
    registrationOpensAt: state.registrationOpensAt === "",
  };
  state.agenda.forEach((row, index) => {
    blank[`agenda.${index}.startsAt`] = row.time === "" || day === "";
    blank[`agenda.${index}.durationMinutes`] = row.durationMinutes.trim() === "";
  });
  for (const side of SIDES) {
    blank[`capacities.${side}.capacity`] = state.capacities[side].capacity.trim() === "";
    blank[`capacities.${side}.reserved`] = state.capacities[side].reserved.trim() === "";
  }
  const checked = checkWith(
    SeminarCreate,
    {
      title: state.title,
      description: state.description,
      careAreas: state.careAreas as CareArea[],
      needIds: state.needs.map((need) => need.id),
      placeAddress: state.placeAddress.trim(),
      onlineUrl: state.onlineUrl.trim(),
      ...times,
      capacities: Object.fromEntries(
        SIDES.map((side) => [
          side,
          {
            capacity: parseCount(state.capacities[side].capacity),
            reserved: parseCount(state.capacities[side].reserved),
          },
        ]),
      ),
      agenda: state.agenda.map((row) => ({
        startsAt: row.time === "" || day === "" ? undefined : instant(joinLocal(day, row.time)),
        durationMinutes: parseCount(row.durationMinutes),
        title: row.title,
        speaker: row.speaker,
        isPitchSlot: row.isPitchSlot,
      })),
    },
    language,
    blank,
  );
  // An empty closing time follows the start: while the start is missing, only the start is named.
  if (!checked.ok && state.registrationClosesAt === "" && state.startsAt === "") {
    delete checked.errors.registrationClosesAt;
  }
  return checked;
}

/** Whether saving would change the time or place of the seminar as planned (registrants get a change notice). */
export function changesTimeOrPlace(initial: SeminarFormState, current: SeminarFormState): boolean {
  const facts = (state: SeminarFormState) => {
    const times = formTimes(state);
    return [times.startsAt, times.endsAt, state.placeAddress.trim(), state.onlineUrl.trim()];
  };
  const before = facts(initial);
  return facts(current).some((value, index) => value !== before[index]);
}

/** Moves the agenda row at `index` one step up (-1) or down (+1); out of range leaves the list as it is. */
export function moveRow<T>(rows: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (index < 0 || index >= rows.length || target < 0 || target >= rows.length) {
    return [...rows];
  }
  const moved = [...rows];
  [moved[index], moved[target]] = [moved[target], moved[index]];
  return moved;
}
