import { sql, type Kysely } from "kysely";

/**
 * The equal-treatment record: material or information a public organisation gave companies, in a context
 * (an open call, a need, a process, a seminar: kind + id, so a context added later needs no new column),
 * and who received it. The file, if any, is a copy: the record shows what was given, whatever happens after.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table disclosures (
      id uuid primary key default gen_random_uuid(),
      context_kind text not null check (context_kind in ('call','need','process','seminar')),
      context_id uuid not null,
      public_organisation_id uuid not null references organisations(id),
      title text not null,
      description text not null default '',
      given_at timestamptz not null default now(),
      confidential boolean not null default false,
      source text not null default 'manual' check (source in ('manual','call_dialogue','process_document')),
      source_id uuid,
      filename text,
      content_type text,
      size_bytes integer,
      content bytea,
      recorded_by uuid references users(id),
      recorded_at timestamptz not null default now(),
      check ((filename is null) = (content is null))
    )`.execute(db);
  await sql`create index disclosures_context on disclosures (context_kind, context_id, given_at)`.execute(db);
  // A hook that runs twice (a retried request) records the same source once.
  await sql`
    create unique index disclosures_source on disclosures (source, source_id) where source_id is not null`.execute(db);
  await sql`
    create table disclosure_recipients (
      disclosure_id uuid not null references disclosures(id) on delete cascade,
      organisation_id uuid not null references organisations(id),
      primary key (disclosure_id, organisation_id)
    )`.execute(db);
  await sql`create index disclosure_recipients_organisation on disclosure_recipients (organisation_id)`.execute(db);
}
