import { sql, type Kysely } from "kysely";

/**
 * Seminar questionnaires: a seminar's optional registration questions and each registration's answers
 * (deleted with the registration), and the evaluation and follow-up surveys: one link per attendee and
 * kind (sent once), the answers kept apart from the link so they stay anonymous.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table seminar_questionnaires (
      seminar_id uuid primary key references seminars(id) on delete cascade,
      definition jsonb not null,
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table seminar_registration_answers (
      registration_id uuid primary key references seminar_registrations(id) on delete cascade,
      answers jsonb not null
    )`.execute(db);
  await sql`
    create table seminar_survey_links (
      id uuid primary key default gen_random_uuid(),
      seminar_id uuid not null references seminars(id) on delete cascade,
      registration_id uuid references seminar_registrations(id) on delete set null,
      kind text not null check (kind in ('evaluation','follow_up')),
      token_hash text not null unique,
      sent_at timestamptz not null default now(),
      answered_at timestamptz
    )`.execute(db);
  // One survey of each kind per registration, however many jobs or instances try.
  await sql`create unique index seminar_survey_links_once on seminar_survey_links (registration_id, kind)`.execute(db);
  await sql`create index seminar_survey_links_seminar on seminar_survey_links (seminar_id, kind)`.execute(db);
  await sql`
    create table seminar_survey_responses (
      id uuid primary key default gen_random_uuid(),
      seminar_id uuid not null references seminars(id) on delete cascade,
      kind text not null check (kind in ('evaluation','follow_up')),
      answers jsonb not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index seminar_survey_responses_seminar on seminar_survey_responses (seminar_id, kind)`.execute(db);
}
