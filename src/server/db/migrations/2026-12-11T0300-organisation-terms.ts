import { sql, type Kysely } from "kysely";

/**
 * Matching latency (issues 10 and 16): each organisation's word stems as rows, (term, organisation), so that
 * counting the stems a need shares with every organisation is an index range scan per stem and one hash
 * aggregate, instead of taking every organisation's search_vector apart (ts_delete) on every ranking.
 *
 * The table is derived from organisations.search_vector and kept by the database itself: statement-level
 * triggers rewrite an organisation's rows whenever its search_vector is inserted or changed, in the same
 * statement and so the same transaction, whatever the write path (create, update, import, merge, the
 * reference data, the benches' bulk SQL); a deleted organisation's rows go with it (on delete cascade).
 * Transition tables make a bulk update (refreshSearchVectors over an import batch) one set-based rewrite.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table organisation_terms (
      term text not null,
      organisation_id uuid not null references organisations (id) on delete cascade,
      primary key (term, organisation_id)
    )`.execute(db);
  await sql`create index organisation_terms_organisation_idx on organisation_terms (organisation_id)`.execute(db);
  await sql`
    insert into organisation_terms (term, organisation_id)
    select t, o.id from organisations o, unnest(tsvector_to_array(o.search_vector)) t`.execute(db);

  await sql`
    create function organisation_terms_sync() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        insert into organisation_terms (term, organisation_id)
        select t, n.id from new_rows n, unnest(tsvector_to_array(n.search_vector)) t;
      else
        -- Only organisations whose text changed (an id never changes: the foreign keys refuse it).
        delete from organisation_terms t
        using old_rows o join new_rows n on n.id = o.id
        where t.organisation_id = o.id and n.search_vector is distinct from o.search_vector;
        insert into organisation_terms (term, organisation_id)
        select t, n.id from new_rows n join old_rows o on o.id = n.id, unnest(tsvector_to_array(n.search_vector)) t
        where n.search_vector is distinct from o.search_vector;
      end if;
      return null;
    end
    $$`.execute(db);
  await sql`
    create trigger organisation_terms_on_insert after insert on organisations
    referencing new table as new_rows
    for each statement execute function organisation_terms_sync()`.execute(db);
  await sql`
    create trigger organisation_terms_on_update after update on organisations
    referencing old table as old_rows new table as new_rows
    for each statement execute function organisation_terms_sync()`.execute(db);
}
