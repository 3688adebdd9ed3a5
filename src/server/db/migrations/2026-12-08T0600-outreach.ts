import { sql, type Kysely } from "kysely";

/**
 * The agent's outreach log: visits, meetings and calls with organisations from the registry, with who took
 * part, notes and a follow-up date that is reminded once (`reminded_at` is set by a conditional update).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table outreach_contacts (
      id uuid primary key default gen_random_uuid(),
      occurred_on date not null,
      kind text not null check (kind in ('visit', 'meeting', 'call')),
      participants text not null default '',
      notes text not null default '',
      follow_up_on date check (follow_up_on is null or follow_up_on >= occurred_on),
      follow_up_done_at timestamptz,
      reminded_at timestamptz,
      recorded_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table outreach_contact_organisations (
      contact_id uuid not null references outreach_contacts(id) on delete cascade,
      organisation_id uuid not null references organisations(id) on delete cascade,
      primary key (contact_id, organisation_id)
    )`.execute(db);
  // The organisation page lists its contacts; the reminder job and home pages look for open follow-ups.
  await sql`
    create index outreach_contact_organisations_organisation
    on outreach_contact_organisations (organisation_id)`.execute(db);
  await sql`
    create index outreach_contacts_open_follow_up on outreach_contacts (follow_up_on)
    where follow_up_on is not null and follow_up_done_at is null`.execute(db);
  await sql`create index outreach_contacts_recorded_by on outreach_contacts (recorded_by, occurred_on desc)`.execute(
    db,
  );
}
