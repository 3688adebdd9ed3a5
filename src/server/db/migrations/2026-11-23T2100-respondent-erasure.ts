import { sql, type Kysely } from "kysely";

/** When an agent erased a respondent's name, e-mail and link (GDPR); null while they are kept. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table assessment_respondents add column erased_at timestamptz`.execute(db);
}
