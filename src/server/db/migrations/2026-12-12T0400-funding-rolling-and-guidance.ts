import { sql, type Kysely } from "kysely";

/**
 * Funding advice that tells apart what is known: a programme without a deadline was shown as open all year,
 * also a historical pool whose deadline is simply not known, so «rolling» is now stated, not assumed; and a
 * programme's minimum counts can be a guideline («som udgangspunkt»), not a requirement.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table funding_programmes
      add column rolling boolean not null default false,
      add column counts_are_guidance boolean not null default false`.execute(db);
  // The seeded initiative 3.3 states its counts «som udgangspunkt» (digst.dk, 2015 and 2016 calls).
  await sql`
    update funding_programmes set counts_are_guidance = true
    where name = 'Digitaliseringsstyrelsen – Strategi for digital velfærd, initiativ 3.3'`.execute(db);
}
