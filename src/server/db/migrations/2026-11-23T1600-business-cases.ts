import { sql, type Kysely } from "kysely";

/**
 * Two-sided business cases. The inputs are kept in two columns so the company's figures can be
 * withheld as a whole: `inputs` holds the horizon, the discount rate and the public side;
 * `company_inputs` holds the company side (null when there is none). Needs and innovation
 * processes get their tables later, so `need_id` and `process_id` have no foreign key yet.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table business_cases (
      id uuid primary key default gen_random_uuid(),
      title text not null,
      public_organisation_id uuid not null references organisations(id),
      company_organisation_id uuid references organisations(id),
      need_id uuid,
      process_id uuid,
      company_shared_at timestamptz,
      inputs jsonb not null,
      company_inputs jsonb,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (company_organisation_id is null or company_organisation_id <> public_organisation_id)
    )`.execute(db);
  await sql`create index business_cases_public_organisation_idx on business_cases (public_organisation_id)`.execute(db);
  await sql`create index business_cases_company_organisation_idx on business_cases (company_organisation_id)`.execute(
    db,
  );
  await sql`create index business_cases_need_idx on business_cases (need_id)`.execute(db);
  await sql`create index business_cases_process_idx on business_cases (process_id)`.execute(db);

  await sql`
    create table business_case_versions (
      id uuid primary key default gen_random_uuid(),
      business_case_id uuid not null references business_cases(id) on delete cascade,
      number int not null check (number > 0),
      comment text not null,
      inputs jsonb not null,
      company_inputs jsonb,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      unique (business_case_id, number)
    )`.execute(db);
}
