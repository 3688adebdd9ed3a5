import type { ContactKind } from "../../../domain/outreach/schemas.js";
import { isFollowUpDue } from "../../../domain/outreach/rules.js";
import type { OutreachContact } from "../../../domain/outreach/views.js";
import type { ContactOrganisationRow, ContactRow } from "./outreach.repo.js";

export function presentContact(
  row: ContactRow,
  organisations: ContactOrganisationRow[],
  today: string,
): OutreachContact {
  const done = row.follow_up_done_at !== null;
  return {
    id: row.id,
    occurredOn: row.occurred_on,
    kind: row.kind as ContactKind,
    organisations: organisations
      .filter((organisation) => organisation.contact_id === row.id)
      .map(({ id, name, kind }) => ({ id, name, kind })),
    participants: row.participants,
    notes: row.notes,
    followUpOn: row.follow_up_on,
    followUpDone: done,
    followUpDue: isFollowUpDue(row.follow_up_on, done, today),
    recordedBy: row.recorded_by && row.recorded_by_name ? { id: row.recorded_by, name: row.recorded_by_name } : null,
    createdAt: row.created_at.toISOString(),
  };
}
