import type { CareArea } from "../../../domain/care-areas.js";
import {
  SIDES,
  type Capacities,
  type InvitationState,
  type OutcomeKind,
  type RegistrationState,
  type SeminarState,
  type Side,
} from "../../../domain/seminars/schemas.js";
import type {
  InvitationRow,
  OutcomeRow,
  RegistrationRow,
  SeminarSummary,
  SidePlaces,
} from "../../../domain/seminars/views.js";
import type { OutcomeDbRow, RegistrationDbRow, SeminarRow } from "./seminars.repo.js";

export interface TakenBySide {
  side: string;
  taken: number;
  invitedTaken: number;
}

export const capacitiesOf = (row: Pick<SeminarRow, "capacities">): Capacities => row.capacities as Capacities;

type Moment = "starts_at" | "ends_at" | "registration_opens_at" | "registration_closes_at";

/** A seminar row as a summary needs it; the list reads its moments already as ISO text (`isoTime`). */
type SummaryRow = Pick<
  SeminarRow,
  "id" | "title" | "care_areas" | "place_address" | "online_url" | "status" | "capacities"
> &
  Record<Moment, Date | string>;

const iso = (value: Date | string): string => (typeof value === "string" ? value : value.toISOString());

export function placesOf(row: Pick<SeminarRow, "capacities">, taken: TakenBySide[]): SidePlaces[] {
  const capacities = capacitiesOf(row);
  return SIDES.map((side) => {
    const used = taken.find((entry) => entry.side === side);
    const { capacity, reserved } = capacities[side];
    const unusedReserved = Math.max(0, reserved - (used?.invitedTaken ?? 0));
    return { side, capacity, left: Math.max(0, capacity - (used?.taken ?? 0) - unusedReserved) };
  });
}

export function presentSummary(row: SummaryRow, taken: TakenBySide[]): SeminarSummary {
  return {
    id: row.id,
    title: row.title,
    careAreas: row.care_areas as CareArea[],
    placeAddress: row.place_address,
    isOnline: row.online_url !== "",
    startsAt: iso(row.starts_at),
    endsAt: iso(row.ends_at),
    registrationOpensAt: iso(row.registration_opens_at),
    registrationClosesAt: iso(row.registration_closes_at),
    status: row.status as SeminarState,
    places: placesOf(row, taken),
  };
}

export function presentRegistration(row: RegistrationDbRow, waitlistPosition: number | null): RegistrationRow {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    side: row.side as Side,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    status: row.status as RegistrationState,
    waitlistPosition,
    confirmed: row.confirmed_at !== null,
    consentToList: row.consent_to_list,
    invited: row.invitation_id !== null,
    walkIn: row.walk_in,
    checkedInAt: row.checked_in_at?.toISOString() ?? null,
    offerExpiresAt: row.offer_expires_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

export function presentInvitation(row: {
  id: string;
  name: string;
  email: string;
  side: string;
  organisation_id: string | null;
  status: string;
  sent_at: Date;
  responded_at: Date | null;
  organisation_name: string | null;
  registration_status: string | null;
}): InvitationRow {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    side: row.side as Side,
    organisationId: row.organisation_id,
    status: row.status as InvitationState,
    sentAt: row.sent_at.toISOString(),
    respondedAt: row.responded_at?.toISOString() ?? null,
    organisationName: row.organisation_name,
    registrationStatus: row.registration_status as RegistrationState | null,
  };
}

export function presentOutcome(row: OutcomeDbRow): OutcomeRow {
  return {
    id: row.id,
    kind: row.kind as OutcomeKind,
    text: row.text,
    companyId: row.company_id,
    companyName: row.company_name,
    institutionId: row.institution_id,
    institutionName: row.institution_name,
    needId: row.need_id,
    needTitle: row.need_title,
    createdAt: row.created_at.toISOString(),
  };
}

/** Wait-list positions per side: id → 1-based position. */
export function waitlistPositions(rows: RegistrationDbRow[]): Map<string, number> {
  const positions = new Map<string, number>();
  const counters = new Map<string, number>();
  for (const row of [...rows].sort((a, b) => Number(a.queue_no) - Number(b.queue_no))) {
    if (row.status === "waitlisted") {
      const next = (counters.get(row.side) ?? 0) + 1;
      counters.set(row.side, next);
      positions.set(row.id, next);
    }
  }
  return positions;
}
