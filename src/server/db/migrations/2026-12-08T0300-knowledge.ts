import { sql, type Kysely } from "kysely";

/**
 * The knowledge base: entries (cases, methods, tools) with their facts as one jsonb document and the
 * columns readers filter and search by beside it; versions with a comment and author; one approval per
 * participating organisation; links to processes, methods and tools; files; adoptions by municipalities
 * and regions.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table knowledge_entries (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('case','method','tool')),
      state text not null default 'draft' check (state in ('draft','in_review','published','archived')),
      title text not null,
      title_en text not null default '',
      summary text not null,
      summary_en text not null default '',
      facts jsonb not null,
      version integer not null default 1,
      phase text,
      sides text[] not null default '{}',
      care_area text,
      model text,
      case_status text,
      process_id uuid references processes(id),
      source_key text unique,
      search_extra text not null default '',
      search_vector tsvector not null default ''::tsvector,
      published_at timestamptz,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index knowledge_entries_search_idx on knowledge_entries using gin (search_vector)`.execute(db);
  await sql`create index knowledge_entries_state_idx on knowledge_entries (state, kind, published_at desc)`.execute(db);
  await sql`create index knowledge_entries_process_idx on knowledge_entries (process_id)`.execute(db);

  // The organisations in a case (each approves; their members see its drafts).
  await sql`
    create table knowledge_entry_organisations (
      entry_id uuid not null references knowledge_entries(id) on delete cascade,
      organisation_id uuid not null references organisations(id),
      primary key (entry_id, organisation_id)
    )`.execute(db);
  await sql`create index knowledge_entry_organisations_org_idx
    on knowledge_entry_organisations (organisation_id)`.execute(db);

  await sql`
    create table knowledge_versions (
      entry_id uuid not null references knowledge_entries(id) on delete cascade,
      version integer not null,
      comment text not null,
      title text not null,
      summary text not null,
      facts jsonb not null,
      author_id uuid references users(id),
      created_at timestamptz not null default now(),
      primary key (entry_id, version)
    )`.execute(db);

  await sql`
    create table knowledge_approvals (
      entry_id uuid not null references knowledge_entries(id) on delete cascade,
      organisation_id uuid not null references organisations(id),
      version integer not null,
      shares_confidential boolean not null default false,
      approved_by uuid references users(id),
      recorded_by_agent boolean not null default false,
      note text not null default '',
      approved_at timestamptz not null default now(),
      primary key (entry_id, organisation_id)
    )`.execute(db);

  await sql`
    create table knowledge_links (
      entry_id uuid not null references knowledge_entries(id) on delete cascade,
      target_kind text not null check (target_kind in ('process','method','tool')),
      target_id uuid not null,
      created_at timestamptz not null default now(),
      primary key (entry_id, target_kind, target_id)
    )`.execute(db);
  await sql`create index knowledge_links_target_idx on knowledge_links (target_id)`.execute(db);

  await sql`
    create table knowledge_files (
      id uuid primary key default gen_random_uuid(),
      entry_id uuid not null references knowledge_entries(id) on delete cascade,
      filename text not null,
      media_type text not null,
      size_bytes integer not null,
      content bytea not null,
      created_at timestamptz not null default now(),
      unique (entry_id, filename)
    )`.execute(db);

  await sql`
    create table knowledge_adoptions (
      entry_id uuid not null references knowledge_entries(id) on delete cascade,
      area_code text not null,
      area_kind text not null check (area_kind in ('municipality','region')),
      level text not null check (level in ('considering','piloting','implemented')),
      note text not null default '',
      recorded_by uuid references users(id),
      recorded_at timestamptz not null default now(),
      primary key (entry_id, area_code)
    )`.execute(db);
  await sql`create index knowledge_adoptions_recorded_idx on knowledge_adoptions (recorded_at)`.execute(db);
}
