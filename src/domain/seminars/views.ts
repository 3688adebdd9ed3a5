import type { CareArea } from "../care-areas.js";
import type {
  AgendaItem,
  Capacities,
  InvitationState,
  OutcomeKind,
  RegistrationState,
  SeminarState,
  Side,
} from "./schemas.js";

/** Places per side as the public sees them: how many are left, never who waits. */
export interface SidePlaces {
  side: Side;
  capacity: number;
  left: number;
}

export interface SeminarSummary {
  id: string;
  title: string;
  careAreas: CareArea[];
  placeAddress: string;
  isOnline: boolean;
  startsAt: string;
  endsAt: string;
  registrationOpensAt: string;
  registrationClosesAt: string;
  status: SeminarState;
  places: SidePlaces[];
}

export interface SeminarAgendaView extends Omit<AgendaItem, "speaker" | "isPitchSlot"> {
  speaker: string;
  isPitchSlot: boolean;
}

export interface TrailProcess {
  id: string;
  title: string;
  phase: string;
  implemented: boolean;
}

export interface TrailNeed {
  id: string;
  title: string;
  ownerName: string;
  status: string;
  processes: TrailProcess[];
}

export interface SeminarDetail extends SeminarSummary {
  description: string;
  agenda: SeminarAgendaView[];
  /** Only for registered people and staff; empty for everyone else. */
  onlineUrl: string;
  /** Participants who agreed to be listed (registered or attended), never the wait list. */
  participants: { name: string; organisationName: string; side: Side }[];
  linkedNeeds: { id: string; title: string }[];
  /** The needs that came out of the seminar and the processes they led to. */
  trail: TrailNeed[];
  /** The signed-in person's own registration, when there is one. */
  myRegistration: { status: RegistrationState; waitlistPosition: number | null } | null;
  /** Staff only: the full plan. */
  capacities?: Capacities;
  minutes?: string;
  needIds?: string[];
  sequence?: number;
  canManage: boolean;
}

export interface RegistrationResult {
  status: RegistrationState;
  /** 1-based position on the side's wait list when wait-listed. */
  waitlistPosition: number | null;
  /** True when the e-mail was already registered: nothing new was written. */
  alreadyRegistered: boolean;
  /** Anonymous registrations are confirmed through the link in the mail. */
  confirmationSent: boolean;
}

/** What the personal link shows. */
export interface PersonalRegistration {
  seminar: { id: string; title: string; startsAt: string; endsAt: string; placeAddress: string; status: SeminarState };
  name: string;
  side: Side;
  status: RegistrationState;
  waitlistPosition: number | null;
  confirmed: boolean;
  offerExpiresAt: string | null;
  /** Shown only while the person holds a place. */
  onlineUrl: string;
}

export interface RegistrationRow {
  id: string;
  name: string;
  email: string;
  side: Side;
  organisationId: string | null;
  organisationName: string;
  status: RegistrationState;
  waitlistPosition: number | null;
  confirmed: boolean;
  consentToList: boolean;
  invited: boolean;
  walkIn: boolean;
  checkedInAt: string | null;
  offerExpiresAt: string | null;
  createdAt: string;
}

export interface InvitationRow {
  id: string;
  name: string;
  email: string;
  side: Side;
  organisationId: string | null;
  status: InvitationState;
  sentAt: string;
  respondedAt: string | null;
  organisationName: string | null;
  /** The registration made through the invitation (registered, wait-listed, cancelled …), if any. */
  registrationStatus: RegistrationState | null;
}

export interface OutcomeRow {
  id: string;
  kind: OutcomeKind;
  text: string;
  companyId: string | null;
  companyName: string | null;
  institutionId: string | null;
  institutionName: string | null;
  needId: string | null;
  needTitle: string | null;
  createdAt: string;
}

export interface SeminarReport {
  seminarId: string;
  title: string;
  status: SeminarState;
  minutes: string;
  registeredBySide: Record<Side, number>;
  attendanceBySide: Record<Side, number>;
  attendingOrganisations: string[];
  outcomes: OutcomeRow[];
  trail: TrailNeed[];
}
