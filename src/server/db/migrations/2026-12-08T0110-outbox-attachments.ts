import { sql, type Kysely } from "kysely";

/** A mail may carry attachments (a seminar confirmation's .ics): name, type and text content. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table outbox add column attachments jsonb not null default '[]'::jsonb`.execute(db);
}
