import type { ContactKind } from "./schemas.js";

/** An organisation a contact was with. */
export interface ContactOrganisation {
  id: string;
  name: string;
  kind: string;
}

/** One logged contact, as the API answers it (staff only). */
export interface OutreachContact {
  id: string;
  occurredOn: string;
  kind: ContactKind;
  organisations: ContactOrganisation[];
  participants: string;
  notes: string;
  followUpOn: string | null;
  followUpDone: boolean;
  /** Whether the follow-up is open and due today or earlier. */
  followUpDue: boolean;
  recordedBy: { id: string; name: string } | null;
  createdAt: string;
}

export interface OutreachList {
  items: OutreachContact[];
}
