import { sql, type Kysely } from "kysely";

/**
 * The audit log's page reads newest first by (at, id) with a keyset, filtered by who, entity type, one entity
 * or a period: each filter gets an index that leads with it and ends (at desc, id desc), so a page of two
 * million rows is an index range scan that stops after one page. The old (at desc) and
 * (entity, entity_id, at desc) indexes are replaced by their (…, id desc) forms.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index audit_log_at_id_idx on audit_log (at desc, id desc)`.execute(db);
  await sql`drop index audit_log_at_idx`.execute(db);
  await sql`create index audit_log_entity_id_at_idx on audit_log (entity, entity_id, at desc, id desc)`.execute(db);
  await sql`drop index audit_log_entity_idx`.execute(db);
  await sql`create index audit_log_entity_at_idx on audit_log (entity, at desc, id desc)`.execute(db);
  await sql`create index audit_log_actor_at_idx on audit_log (actor_id, at desc, id desc)`.execute(db);
}
