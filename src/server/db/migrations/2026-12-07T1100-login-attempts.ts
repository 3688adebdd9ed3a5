import { sql, type Kysely } from "kysely";

/**
 * Failed sign-ins per account and per address (keys are SHA-256 hashes, not e-mails or IPs), so the
 * limit holds across restarts and instances; rows past their window are deleted as new failures come.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table login_attempts (
      kind text not null check (kind in ('account', 'address')),
      key text not null,
      failures integer not null,
      window_start timestamptz not null,
      primary key (kind, key)
    )
  `.execute(db);
  await sql`create index login_attempts_window_start on login_attempts (window_start)`.execute(db);
}
