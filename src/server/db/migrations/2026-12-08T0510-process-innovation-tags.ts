import { sql, type Kysely } from "kysely";

/**
 * Innovationsbarometer-compatible tags on every process (src/domain/programme/tags.ts): innovation
 * type, novelty, initiator, value types achieved and evaluation. Partners by kind and role are read
 * from the participants, so they are not stored twice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table processes
      add column innovation_type text
        check (innovation_type in ('service_product', 'process', 'organisation', 'communication')),
      add column novelty text check (novelty in ('first', 'adapted', 'copied', 'unknown')),
      add column initiator text
        check (initiator in ('public_workplace', 'company', 'knowledge_institution', 'citizens', 'agent', 'other')),
      add column value_types text[] not null default '{}',
      add column evaluation text check (evaluation in ('external', 'internal', 'ongoing', 'planned', 'none'))`.execute(
    db,
  );
  // The programme's counts read the gates by phase and decision.
  await sql`create index process_gates_phase_decision on process_gates (phase, decision, process_id)`.execute(db);
}
