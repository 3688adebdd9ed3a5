import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table feedback_links (
      id uuid primary key default gen_random_uuid(),
      test_plan_id uuid not null references test_plans(id) on delete cascade,
      audience text not null check (audience in ('citizen','relative','staff')),
      token_hash text not null unique,
      expires_at timestamptz not null,
      created_by uuid references users(id),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table feedback_responses (
      id uuid primary key default gen_random_uuid(),
      link_id uuid not null references feedback_links(id) on delete cascade,
      submission_id uuid not null,
      consent_text text not null,
      consented_at timestamptz not null default now(),
      anonymous boolean not null,
      respondent_name text,
      language text not null,
      answers jsonb not null,
      submitted_at timestamptz not null default now(),
      unique (link_id, submission_id)
    )`.execute(db);
}
