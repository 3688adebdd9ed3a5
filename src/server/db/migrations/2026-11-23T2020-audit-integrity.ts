import { sql, type Kysely } from "kysely";

/**
 * Audit-log integrity (RELIABILITY P2) and erasure (P4).
 *
 * The app may connect as the owner of its tables (PGlite has a single role), so privileges alone
 * cannot stop it from rewriting history. A trigger refuses every UPDATE, DELETE and TRUNCATE of
 * audit rows unless the transaction has said why, with a transaction-local setting that only the
 * audit module sets: `samspil.audit_purge = 'on'` lets the retention purge delete old rows, and
 * `samspil.audit_erasure = 'on'` lets an erasure replace a person's name and e-mail in the rows'
 * snapshots with a pseudonym. `erased_at` marks an account whose personal data has been erased.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users add column erased_at timestamptz`.execute(db);

  await sql`
    create function audit_log_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' and current_setting('samspil.audit_purge', true) = 'on' then
        return old;
      end if;
      if tg_op = 'UPDATE' and current_setting('samspil.audit_erasure', true) = 'on'
         and new.id = old.id and new.at = old.at and new.entity = old.entity
         and new.entity_id = old.entity_id and new.action = old.action then
        return new;
      end if;
      raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
    end
    $$`.execute(db);
  await sql`
    create trigger audit_log_append_only
    before update or delete on audit_log
    for each row execute function audit_log_guard()`.execute(db);
  await sql`
    create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_guard()`.execute(db);
}
