import { sql, type Kysely } from "kysely";

/**
 * Companies and knowledge institutions join by themselves (issue 15, point 1). A sign-up request holds
 * the person's details until the e-mail is confirmed; then it names the organisation (matched by CVR or
 * created as unverified) and waits for an agent or the programme manager to approve the link. Until
 * then the person's account acts for no organisation, so a member may now have none.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // An organisation created from a sign-up is unverified until staff approve the first person's link to it.
  await sql`alter table organisations add column verified boolean not null default true`.execute(db);
  // Was: a member must have an organisation. A confirmed sign-up waits for approval without one.
  await sql`alter table users drop constraint if exists users_check`.execute(db);
  await sql`
    create table signup_requests (
      id uuid primary key default gen_random_uuid(),
      email text not null,
      name text not null,
      password_hash text not null,
      language text not null check (language in ('da','en')),
      cvr text not null,
      organisation_name text not null,
      organisation_kind text not null check (organisation_kind in ('company','knowledge_institution')),
      token_hash text not null unique,
      token_expires_at timestamptz not null,
      status text not null default 'unconfirmed'
        check (status in ('unconfirmed','pending','approved','rejected')),
      confirmed_at timestamptz,
      user_id uuid references users(id) on delete cascade,
      organisation_id uuid references organisations(id),
      decided_by uuid references users(id),
      decided_at timestamptz,
      reason text not null default '',
      created_at timestamptz not null default now(),
      check (status = 'unconfirmed' or (user_id is not null and organisation_id is not null))
    )`.execute(db);
  // The staff list shows the requests waiting for a decision; a person finds their own by account.
  await sql`create index signup_requests_status on signup_requests (status, created_at)`.execute(db);
  await sql`create index signup_requests_user on signup_requests (user_id)`.execute(db);
  await sql`create index signup_requests_email on signup_requests (lower(email))`.execute(db);
}
