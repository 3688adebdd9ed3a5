import { sql, type Kysely } from "kysely";

/**
 * The programme's follow-up: indicator cards (null until the programme manager saves them; the
 * defaults are then built from `targets`), themes, and whether the public summary is shown.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table programmes
      add column indicators jsonb,
      add column themes text[] not null default '{}',
      add column public_summary boolean not null default false,
      add column updated_at timestamptz not null default now()`.execute(db);
}
