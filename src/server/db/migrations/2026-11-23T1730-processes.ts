import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table processes (
      id uuid primary key default gen_random_uuid(),
      title text not null,
      kind text not null check (kind in ('individual','network')),
      theme text not null default '',
      description text not null default '',
      collaboration_model text check (collaboration_model in ('udbudsfri_opi','innovation_partnership','other')),
      phase text not null default 'needs_assessment',
      status text not null default 'active' check (status in ('active','stopped','completed')),
      lessons_learned text,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index processes_phase_idx on processes (status, phase)`.execute(db);

  await sql`
    create table process_needs (
      process_id uuid not null references processes(id) on delete cascade,
      need_id uuid not null references needs(id),
      primary key (process_id, need_id)
    )`.execute(db);

  await sql`
    create table process_participants (
      process_id uuid not null references processes(id) on delete cascade,
      organisation_id uuid not null references organisations(id),
      role text not null
        check (role in ('need_owner','developer','knowledge_partner','test_site','funder','evaluator')),
      added_at timestamptz not null default now(),
      primary key (process_id, organisation_id, role)
    )`.execute(db);
  await sql`create index process_participants_organisation_idx on process_participants (organisation_id)`.execute(db);

  await sql`
    create table process_gates (
      id uuid primary key default gen_random_uuid(),
      process_id uuid not null references processes(id) on delete cascade,
      phase text not null,
      decision text not null check (decision in ('go','adjust','stop')),
      rationale text not null,
      lessons text,
      decided_by uuid references users(id),
      decided_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index process_gates_process_idx on process_gates (process_id, decided_at)`.execute(db);

  await sql`
    create table process_documents (
      id uuid primary key default gen_random_uuid(),
      process_id uuid not null references processes(id) on delete cascade,
      filename text not null,
      content_type text not null,
      size_bytes integer not null,
      content bytea not null,
      confidential_for uuid references organisations(id),
      uploaded_by uuid references users(id),
      uploaded_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index process_documents_process_idx on process_documents (process_id)`.execute(db);

  await sql`
    create table process_agreements (
      process_id uuid not null references processes(id) on delete cascade,
      item text not null check (item in (
        'ip','confidentiality','roles_costs','procurement_basis','data_processing','publication_rights'
      )),
      status text not null default 'open' check (status in ('open','in_progress','settled','not_relevant')),
      note text not null default '',
      document_id uuid references process_documents(id),
      updated_by uuid references users(id),
      updated_at timestamptz not null default now(),
      primary key (process_id, item)
    )`.execute(db);

  await sql`
    create table process_tasks (
      id uuid primary key default gen_random_uuid(),
      process_id uuid not null references processes(id) on delete cascade,
      kind text not null default 'task'
        check (kind in ('task','milestone','training','instruction','maintenance','follow_up')),
      title text not null,
      owner_user_id uuid references users(id),
      owner_text text not null default '',
      starts_on date,
      due_on date,
      done_at timestamptz,
      reminded_at timestamptz,
      created_at timestamptz not null default now(),
      check (starts_on is null or due_on is null or due_on >= starts_on)
    )`.execute(db);
  await sql`create index process_tasks_due_idx on process_tasks (due_on) where done_at is null`.execute(db);

  await sql`
    create table test_plans (
      id uuid primary key default gen_random_uuid(),
      process_id uuid not null references processes(id) on delete cascade,
      what text not null,
      hypothesis text not null,
      site_organisation_id uuid references organisations(id),
      starts_on date not null,
      ends_on date not null,
      participants text not null default '',
      measures text not null default '',
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      check (ends_on >= starts_on)
    )`.execute(db);

  await sql`
    create table notifications (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id) on delete cascade,
      kind text not null,
      title text not null,
      body text not null default '',
      link text not null default '',
      created_at timestamptz not null default now(),
      read_at timestamptz
    )`.execute(db);
  await sql`create index notifications_user_idx on notifications (user_id, created_at desc)`.execute(db);
}
