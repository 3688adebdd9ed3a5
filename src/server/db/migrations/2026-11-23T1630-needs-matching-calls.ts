import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table programmes add column matching_weights jsonb not null default '{}'::jsonb`.execute(db);

  await sql`
    create table needs (
      id uuid primary key default gen_random_uuid(),
      owner_organisation_id uuid not null references organisations(id),
      care_area text not null,
      dimension text,
      title text not null,
      description text not null,
      affected text not null default '',
      staff_hours_per_year numeric check (staff_hours_per_year >= 0),
      citizens_affected integer check (citizens_affected >= 0),
      quality_potential text not null default '',
      priority text not null default 'medium' check (priority in ('low','medium','high')),
      status text not null default 'new' check (status in ('new','qualified','matched','in_process','solved','parked')),
      source text not null default 'direct' check (source in ('direct','assessment','seminar')),
      search_vector tsvector not null default ''::tsvector,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index needs_search_idx on needs using gin (search_vector)`.execute(db);
  await sql`create index needs_owner_idx on needs (owner_organisation_id)`.execute(db);
  await sql`create index needs_status_idx on needs (status, care_area)`.execute(db);

  await sql`
    create table need_competences (
      need_id uuid not null references needs(id) on delete cascade,
      competence_id uuid not null references competences(id) on delete cascade,
      primary key (need_id, competence_id)
    )`.execute(db);

  await sql`
    create table need_matches (
      need_id uuid not null references needs(id) on delete cascade,
      organisation_id uuid not null references organisations(id),
      decision text not null check (decision in ('shortlisted','dismissed')),
      reason text not null default '',
      score numeric not null,
      parts jsonb not null default '[]'::jsonb,
      decided_by uuid references users(id),
      decided_at timestamptz not null default now(),
      primary key (need_id, organisation_id)
    )`.execute(db);
  await sql`create index need_matches_organisation_idx on need_matches (organisation_id)`.execute(db);

  await sql`
    create table funding_programmes (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      owner text not null,
      purpose text not null default '',
      eligible_kinds text[] not null default '{}',
      care_areas text[] not null default '{}',
      themes text[] not null default '{}',
      min_amount numeric,
      max_amount numeric,
      cofinancing_pct numeric check (cofinancing_pct between 0 and 100),
      deadline date,
      min_municipalities integer,
      min_regions integer,
      requires_company boolean not null default false,
      requires_knowledge_institution boolean not null default false,
      link text not null default '',
      notes text not null default '',
      archived_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table open_calls (
      id uuid primary key default gen_random_uuid(),
      need_id uuid not null references needs(id),
      title text not null,
      description text not null,
      deadline timestamptz not null,
      status text not null default 'open' check (status in ('open','closed')),
      chosen_offer_id uuid,
      closing_reason text,
      published_by uuid references users(id),
      published_at timestamptz not null default now(),
      closed_at timestamptz
    )`.execute(db);
  await sql`create index open_calls_status_idx on open_calls (status, deadline)`.execute(db);
  await sql`create index open_calls_need_idx on open_calls (need_id)`.execute(db);

  await sql`
    create table offers (
      id uuid primary key default gen_random_uuid(),
      call_id uuid not null references open_calls(id),
      company_id uuid not null references organisations(id),
      solution_text text not null,
      price_indication text not null default '',
      submitted_by uuid references users(id),
      submitted_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (call_id, company_id)
    )`.execute(db);
  await sql`alter table open_calls
    add constraint open_calls_chosen_offer_fk foreign key (chosen_offer_id) references offers(id)`.execute(db);

  await sql`
    create table offer_attachments (
      id uuid primary key default gen_random_uuid(),
      offer_id uuid not null references offers(id) on delete cascade,
      filename text not null,
      content_type text not null,
      size_bytes integer not null,
      content bytea not null,
      uploaded_by uuid references users(id),
      uploaded_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index offer_attachments_offer_idx on offer_attachments (offer_id)`.execute(db);

  await sql`
    create table market_dialogue (
      id uuid primary key default gen_random_uuid(),
      call_id uuid not null references open_calls(id),
      company_id uuid references organisations(id),
      kind text not null check (kind in ('meeting','question','answer','email','phone','offer','closing','note')),
      summary text not null,
      occurred_at timestamptz not null default now(),
      recorded_by uuid references users(id),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index market_dialogue_call_idx on market_dialogue (call_id, occurred_at)`.execute(db);
}
