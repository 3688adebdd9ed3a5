import { sql, type Kysely } from "kysely";

/**
 * Funding advice that counts right: a need can be owned jointly by several public organisations,
 * can carry an estimated budget, and a programme can be limited to regions or municipalities
 * and say when it opens and what its next round is.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table need_co_owners (
      need_id uuid not null references needs(id) on delete cascade,
      organisation_id uuid not null references organisations(id) on delete cascade,
      primary key (need_id, organisation_id)
    )`.execute(db);
  // Members of a co-owner find the needs they share through this index.
  await sql`create index need_co_owners_organisation on need_co_owners (organisation_id)`.execute(db);
  await sql`alter table needs add column budget_dkk numeric(14, 2) check (budget_dkk >= 0)`.execute(db);
  await sql`
    alter table funding_programmes
      add column region_codes text[] not null default '{}',
      add column municipality_codes text[] not null default '{}',
      add column opens_on date,
      add column next_round text not null default ''`.execute(db);
  // The seeded municipal and regional pools were shown as open to everyone; limit them where they live.
  await sql`
    update funding_programmes set municipality_codes = '{0751}'
    where name = 'Aarhus Kommune – OPI-pulje'`.execute(db);
  await sql`
    update funding_programmes set municipality_codes = '{0630}'
    where name = 'Vejle Kommune – VelfærdsTeknologiPuljen 2021–2024'`.execute(db);
  await sql`
    update funding_programmes set region_codes = '{1084}'
    where name = 'Region Hovedstadens OPI-pulje'`.execute(db);
  await sql`
    update funding_programmes set region_codes = '{1083}'
    where name = 'Welfare Tech OPI-pulje (Region Syddanmark)'`.execute(db);
}
