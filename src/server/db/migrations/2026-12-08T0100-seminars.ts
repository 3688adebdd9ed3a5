import { sql, type Kysely } from "kysely";

/**
 * Themed innovation seminars (issue 12): the seminar with its capacity per side, agenda, linked needs,
 * registrations (personal links stored only as hashes), invitations and outcomes; a need remembers the
 * seminar it came from, so the trail seminar → needs → processes can be followed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table seminars (
      id uuid primary key default gen_random_uuid(),
      title text not null,
      description text not null default '',
      care_areas text[] not null default '{}',
      place_address text not null default '',
      online_url text not null default '',
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      registration_opens_at timestamptz not null,
      registration_closes_at timestamptz not null,
      capacities jsonb not null,
      status text not null default 'draft' check (status in ('draft','published','held','closed','cancelled')),
      -- The iCalendar SEQUENCE: raised when time or place changes, so calendars update the entry.
      sequence integer not null default 0,
      minutes text not null default '',
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (ends_at > starts_at),
      check (registration_closes_at > registration_opens_at)
    )`.execute(db);
  await sql`create index seminars_status_start on seminars (status, starts_at)`.execute(db);

  await sql`
    create table seminar_needs (
      seminar_id uuid not null references seminars(id) on delete cascade,
      need_id uuid not null references needs(id) on delete cascade,
      primary key (seminar_id, need_id)
    )`.execute(db);

  await sql`
    create table seminar_agenda_items (
      id uuid primary key default gen_random_uuid(),
      seminar_id uuid not null references seminars(id) on delete cascade,
      position integer not null,
      starts_at timestamptz not null,
      duration_minutes integer not null check (duration_minutes > 0),
      title text not null,
      speaker text not null default '',
      is_pitch_slot boolean not null default false
    )`.execute(db);
  await sql`create index seminar_agenda_seminar on seminar_agenda_items (seminar_id, position)`.execute(db);

  await sql`
    create table seminar_invitations (
      id uuid primary key default gen_random_uuid(),
      seminar_id uuid not null references seminars(id) on delete cascade,
      name text not null,
      email text not null,
      side text not null check (side in ('public','company','knowledge','other')),
      organisation_id uuid references organisations(id) on delete set null,
      token_hash text not null unique,
      status text not null default 'sent' check (status in ('sent','accepted','declined')),
      sent_at timestamptz not null default now(),
      responded_at timestamptz,
      invited_by uuid references users(id)
    )`.execute(db);
  await sql`create index seminar_invitations_seminar on seminar_invitations (seminar_id)`.execute(db);

  await sql`
    create table seminar_registrations (
      id uuid primary key default gen_random_uuid(),
      seminar_id uuid not null references seminars(id) on delete cascade,
      -- Wait-list order: assigned under the seminar's row lock, so it is the order people registered in.
      queue_no bigserial not null,
      name text not null,
      email text not null default '',
      side text not null check (side in ('public','company','knowledge','other')),
      organisation_id uuid references organisations(id) on delete set null,
      organisation_name text not null default '',
      user_id uuid references users(id) on delete set null,
      invitation_id uuid references seminar_invitations(id) on delete set null,
      consent_to_list boolean not null default false,
      language text not null default 'da' check (language in ('da','en')),
      status text not null check (status in ('registered','waitlisted','offered','cancelled','attended','no_show')),
      token_hash text unique,
      confirmed_at timestamptz,
      offered_at timestamptz,
      offer_expires_at timestamptz,
      reminded_at timestamptz,
      checked_in_at timestamptz,
      walk_in boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  // One live registration per e-mail and seminar: registering twice finds the first (idempotent).
  await sql`
    create unique index seminar_registrations_email on seminar_registrations (seminar_id, lower(email))
    where email <> '' and status <> 'cancelled'`.execute(db);
  await sql`
    create index seminar_registrations_queue on seminar_registrations (seminar_id, side, status, queue_no)`.execute(db);
  await sql`create index seminar_registrations_email_any on seminar_registrations (lower(email))`.execute(db);
  await sql`
    create index seminar_registrations_offer on seminar_registrations (offer_expires_at)
    where status = 'offered'`.execute(db);

  await sql`
    create table seminar_outcomes (
      id uuid primary key default gen_random_uuid(),
      seminar_id uuid not null references seminars(id) on delete cascade,
      kind text not null check (kind in ('idea','need','match_lead')),
      text text not null,
      company_id uuid references organisations(id) on delete set null,
      institution_id uuid references organisations(id) on delete set null,
      need_id uuid references needs(id) on delete set null,
      recorded_by uuid references users(id),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index seminar_outcomes_seminar on seminar_outcomes (seminar_id)`.execute(db);

  await sql`alter table needs add column origin_seminar_id uuid references seminars(id) on delete set null`.execute(db);
  await sql`create index needs_origin_seminar on needs (origin_seminar_id) where origin_seminar_id is not null`.execute(
    db,
  );
}
