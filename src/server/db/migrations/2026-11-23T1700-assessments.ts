import { sql, type Kysely } from "kysely";

/**
 * Questionnaire templates (versioned; one engine for every instrument), 360° assessments, their
 * respondents (personal links stored as token hashes) and answers, and the needs made from gaps.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table questionnaire_templates (
      id uuid primary key default gen_random_uuid(),
      purpose text not null default 'assessment',
      key text not null,
      version integer not null check (version >= 1),
      status text not null default 'draft' check (status in ('draft','published','retired')),
      definition jsonb not null,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      published_at timestamptz,
      unique (key, version)
    )`.execute(db);
  await sql`create unique index questionnaire_templates_one_published
    on questionnaire_templates (key) where status = 'published'`.execute(db);

  await sql`
    create table assessments (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id),
      template_id uuid not null references questionnaire_templates(id) on delete restrict,
      title text not null,
      status text not null default 'open' check (status in ('open','closed')),
      profile jsonb,
      created_by uuid references users(id),
      opened_at timestamptz not null default now(),
      closed_at timestamptz,
      check ((status = 'closed') = (closed_at is not null))
    )`.execute(db);
  await sql`create index assessments_organisation_idx on assessments (organisation_id, opened_at)`.execute(db);
  await sql`create index assessments_template_idx on assessments (template_id, status)`.execute(db);

  await sql`
    create table assessment_respondents (
      id uuid primary key default gen_random_uuid(),
      assessment_id uuid not null references assessments(id) on delete cascade,
      audience text not null,
      name text not null,
      email text,
      language text not null default 'da' check (language in ('da','en')),
      token_hash text not null unique,
      expires_at timestamptz not null,
      submitted_at timestamptz,
      last_saved_at timestamptz,
      created_by uuid references users(id),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index assessment_respondents_assessment_idx
    on assessment_respondents (assessment_id, audience)`.execute(db);

  await sql`
    create table assessment_answers (
      respondent_id uuid not null references assessment_respondents(id) on delete cascade,
      question_key text not null,
      value jsonb not null,
      updated_at timestamptz not null default now(),
      primary key (respondent_id, question_key)
    )`.execute(db);

  await sql`
    create table assessment_needs (
      assessment_id uuid not null references assessments(id) on delete cascade,
      dimension text not null,
      need_id uuid not null references needs(id),
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      primary key (assessment_id, dimension)
    )`.execute(db);
}
