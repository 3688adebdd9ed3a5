import { sql, type Kysely } from "kysely";

/**
 * A kind for industry clusters and innovation facilitators (Welfare Tech, Odense Robotics, Danish Life
 * Science Cluster): matching proposes them for needs that ask for a network. The demo data recorded the
 * clusters as «other» with their type as the description's first words; those are moved to the new kind.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table organisations drop constraint organisations_kind_check`.execute(db);
  await sql`alter table organisations add constraint organisations_kind_check check (kind in (
    'municipality','region','state_institution','public_unit','company','knowledge_institution','cluster','other'
  ))`.execute(db);
  await sql`update organisations set kind = 'cluster'
    where kind = 'other' and description like 'Erhvervsklynge%'`.execute(db);
}
