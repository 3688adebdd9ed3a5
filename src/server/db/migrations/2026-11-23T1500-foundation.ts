import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);

  await sql`
    create table programmes (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      description text not null default '',
      starts_on date,
      ends_on date,
      targets jsonb not null default '{}'::jsonb,
      created_at timestamptz not null default now()
    )`.execute(db);

  await sql`create table regions (code text primary key, name text not null)`.execute(db);
  await sql`
    create table municipalities (
      code text primary key,
      name text not null,
      region_code text not null references regions(code)
    )`.execute(db);
  await sql`
    create table db07_codes (
      code text primary key,
      level int not null,
      title text not null
    )`.execute(db);

  await sql`
    create table competences (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique,
      name_da text not null,
      name_en text not null,
      created_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table organisations (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in (
        'municipality','region','state_institution','public_unit','company','knowledge_institution','other'
      )),
      name text not null,
      cvr text unique check (cvr ~ '^[0-9]{8}$'),
      parent_id uuid references organisations(id),
      municipality_code text references municipalities(code),
      address text not null default '',
      website text not null default '',
      description text not null default '',
      employee_band text check (employee_band in ('1-9','10-49','50-249','250+')),
      db07_codes text[] not null default '{}',
      care_areas text[] not null default '{}',
      contact_persons jsonb not null default '[]'::jsonb,
      search_vector tsvector not null default ''::tsvector,
      archived_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index organisations_search_idx on organisations using gin (search_vector)`.execute(db);
  await sql`create index organisations_name_trgm_idx on organisations using gin (name gin_trgm_ops)`.execute(db);
  await sql`create index organisations_kind_idx on organisations (kind, name)`.execute(db);
  await sql`create index organisations_municipality_idx on organisations (municipality_code)`.execute(db);
  await sql`create index organisations_parent_idx on organisations (parent_id)`.execute(db);

  await sql`
    create table organisation_competences (
      organisation_id uuid not null references organisations(id) on delete cascade,
      competence_id uuid not null references competences(id) on delete cascade,
      primary key (organisation_id, competence_id)
    )`.execute(db);
  await sql`create index organisation_competences_competence_idx on organisation_competences (competence_id)`.execute(
    db,
  );

  await sql`
    create table users (
      id uuid primary key default gen_random_uuid(),
      email text not null,
      name text not null,
      role text not null check (role in ('admin','agent','member')),
      organisation_id uuid references organisations(id),
      password_hash text,
      external_idp text,
      external_subject text,
      disabled_at timestamptz,
      last_login_at timestamptz,
      created_at timestamptz not null default now(),
      check (role <> 'member' or organisation_id is not null),
      unique (external_idp, external_subject)
    )`.execute(db);
  await sql`create unique index users_email_idx on users (lower(email))`.execute(db);

  await sql`
    create table sessions (
      id text primary key,
      user_id uuid not null references users(id) on delete cascade,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null
    )`.execute(db);
  await sql`create index sessions_user_idx on sessions (user_id)`.execute(db);

  await sql`
    create table invitations (
      token_hash text primary key,
      user_id uuid not null references users(id) on delete cascade,
      created_by uuid references users(id),
      expires_at timestamptz not null,
      used_at timestamptz,
      created_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table outbox (
      id uuid primary key default gen_random_uuid(),
      recipient text not null,
      subject text not null,
      body_text text not null,
      created_at timestamptz not null default now(),
      sent_at timestamptz
    )`.execute(db);

  await sql`
    create table audit_log (
      id bigserial primary key,
      at timestamptz not null default now(),
      actor_id uuid references users(id),
      entity text not null,
      entity_id text not null,
      action text not null,
      before jsonb,
      after jsonb,
      request_id text
    )`.execute(db);
  await sql`create index audit_log_entity_idx on audit_log (entity, entity_id, at desc)`.execute(db);
  await sql`create index audit_log_at_idx on audit_log (at desc)`.execute(db);
}
