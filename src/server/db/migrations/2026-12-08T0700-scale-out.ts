import { sql, type Kysely } from "kysely";

/**
 * Several app instances on one database (docs/decisions/0015): a background job's run is claimed once per
 * time slot (job_runs), mail is delivered from the outbox with retries (attempts, next attempt, last error;
 * a row with no next attempt is not for delivery: sent, given up, or written without SMTP), and request
 * rate-limit counters live in the database (rate_limit_hits), so every instance counts the same.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table job_runs (
      job text not null,
      slot timestamptz not null,
      instance text not null,
      started_at timestamptz not null default now(),
      finished_at timestamptz,
      outcome jsonb,
      primary key (job, slot)
    )
  `.execute(db);
  await sql`
    alter table outbox
      add column attempts integer not null default 0,
      add column next_attempt_at timestamptz,
      add column last_error text
  `.execute(db);
  await sql`create index outbox_due on outbox (next_attempt_at) where next_attempt_at is not null`.execute(db);
  await sql`
    create table rate_limit_hits (
      bucket text primary key,
      hits integer not null,
      window_start timestamptz not null
    )
  `.execute(db);
  await sql`create index rate_limit_hits_window_start on rate_limit_hits (window_start)`.execute(db);
}
