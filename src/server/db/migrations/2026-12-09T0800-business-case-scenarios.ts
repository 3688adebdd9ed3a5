import { sql, type Kysely } from "kysely";

/**
 * A business case's own scenarios (named changes of its inputs, src/domain/business-case/own-scenarios.ts),
 * on the draft and kept with every saved version.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table business_cases add column scenarios jsonb not null default '[]'::jsonb`.execute(db);
  await sql`alter table business_case_versions add column scenarios jsonb not null default '[]'::jsonb`.execute(db);
}
