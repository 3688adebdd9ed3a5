import { sql, type Kysely } from "kysely";

/**
 * Searches with filters and several words from the name keys (issue 16, ADR 0020 «Round 4»): each key row
 * carries the organisation's kind, municipality and employee band, so a filtered walk of a key range in rank
 * order filters in the index (kind, municipality, region through the municipality, SME) without reading the
 * organisation; the second index, (organisation_id, key), answers «has this organisation a key for that word»
 * from the index alone, for the other words of a multi-word search. The triggers now also rewrite an
 * organisation's keys when one of these columns changes, in the same statement as before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Rebuilt rather than updated in place: an UPDATE of every row would leave the table and indexes half dead.
  await sql`
    create temporary table name_keys_copy on commit drop as
    select k.key, k.score, k.name, k.organisation_id, o.kind, o.municipality_code, o.employee_band
    from organisation_name_keys k join organisations o on o.id = k.organisation_id`.execute(db);
  await sql`drop index organisation_name_keys_rank_idx`.execute(db);
  await sql`drop index organisation_name_keys_organisation_idx`.execute(db);
  await sql`truncate organisation_name_keys`.execute(db);
  await sql`
    alter table organisation_name_keys
      add column kind text not null,
      add column municipality_code text,
      add column employee_band text`.execute(db);
  await sql`
    insert into organisation_name_keys (key, score, name, organisation_id, kind, municipality_code, employee_band)
    select key, score, name, organisation_id, kind, municipality_code, employee_band from name_keys_copy`.execute(db);
  await sql`
    create index organisation_name_keys_rank_idx on organisation_name_keys (key, score desc, name, organisation_id)
    include (kind, municipality_code, employee_band)`.execute(db);
  await sql`
    create index organisation_name_keys_organisation_idx on organisation_name_keys (organisation_id, key)`.execute(db);
  await sql`
    create or replace function organisation_name_keys_sync() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        insert into organisation_name_keys (key, score, name, organisation_id, kind, municipality_code, employee_band)
        select k.key, k.score, n.name, n.id, n.kind, n.municipality_code, n.employee_band
        from new_rows n, organisation_name_keys_of(n.name, n.search_vector) k
        where n.archived_at is null;
      else
        -- Only organisations whose name, text, archiving or filtered columns changed (an id never changes).
        delete from organisation_name_keys k
        using old_rows o join new_rows n on n.id = o.id
        where k.organisation_id = o.id
          and (n.name, n.search_vector, n.archived_at, n.kind, n.municipality_code, n.employee_band)
            is distinct from (o.name, o.search_vector, o.archived_at, o.kind, o.municipality_code, o.employee_band);
        insert into organisation_name_keys (key, score, name, organisation_id, kind, municipality_code, employee_band)
        select k.key, k.score, n.name, n.id, n.kind, n.municipality_code, n.employee_band
        from new_rows n join old_rows o on o.id = n.id, organisation_name_keys_of(n.name, n.search_vector) k
        where n.archived_at is null
          and (n.name, n.search_vector, n.archived_at, n.kind, n.municipality_code, n.employee_band)
            is distinct from (o.name, o.search_vector, o.archived_at, o.kind, o.municipality_code, o.employee_band);
      end if;
      return null;
    end
    $$`.execute(db);
}
