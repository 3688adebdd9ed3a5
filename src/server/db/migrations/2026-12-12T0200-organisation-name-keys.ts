import { sql, type Kysely } from "kysely";

/**
 * Organisation search read in rank order from a btree (issue 16, ADR 0020): a broad one-word search («robot»,
 * 57,000 matches at 100,000) ranked 1,000 name matches taken in no useful order (2 of the top 20 right) and
 * cost 60–120 ms of database time. Each active organisation gets one row per search key of its name, with a
 * static score that estimates the search's rank for that key:
 * - the keys: the name's words (Danish stems) and every other word of the organisation's text that begins a
 *   name word (a compound's first part: «robot» for «Robotteknik», found by the compound splitter in
 *   `search_extra`), at least three letters;
 * - the score: ts_rank(search_vector, 'key':*) + similarity(name, key) — for a search for the key itself that
 *   is the rank the search computes, except the similarity is taken with the stem instead of the typed word;
 * - the name, so that equal scores come in name order, as the search breaks ties.
 * A search reads the best rows of each key in its prefix range from the index (key, score desc, name) and ranks
 * only those exactly. Kept by the database, like organisation_terms: statement-level triggers rewrite an
 * organisation's rows when its name, text or archiving changes, in the same statement, whatever the write path.
 * Both engines (PGlite: transition tables, starts_with, pg_trgm's similarity).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table organisation_name_keys (
      key text collate "C" not null,
      score real not null,
      name text not null,
      organisation_id uuid not null references organisations (id) on delete cascade
    )`.execute(db);
  // The quoted key as a prefix query: a backslash and a quote are escaped for tsquery's input.
  await sql`
    create function organisation_name_keys_of(org_name text, doc tsvector) returns table (key text, score real)
    language sql stable as $$
      with name_words as (select unnest(tsvector_to_array(to_tsvector('danish', org_name))) as word),
      keys as (
        select word as key from name_words
        union
        select l from name_words, unnest(tsvector_to_array(doc)) l where length(l) >= 3 and starts_with(word, l)
      )
      select key, (ts_rank(doc, ('''' || replace(replace(key, '\\', '\\\\'), '''', '\\''') || ''':*')::tsquery)
        + similarity(org_name, key))::real
      from keys
    $$`.execute(db);
  await sql`
    insert into organisation_name_keys (key, score, name, organisation_id)
    select k.key, k.score, o.name, o.id
    from organisations o, organisation_name_keys_of(o.name, o.search_vector) k
    where o.archived_at is null`.execute(db);
  await sql`create index organisation_name_keys_rank_idx
    on organisation_name_keys (key, score desc, name, organisation_id)`.execute(db);
  await sql`create index organisation_name_keys_organisation_idx on organisation_name_keys (organisation_id)`.execute(
    db,
  );
  await sql`
    create function organisation_name_keys_sync() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        insert into organisation_name_keys (key, score, name, organisation_id)
        select k.key, k.score, n.name, n.id
        from new_rows n, organisation_name_keys_of(n.name, n.search_vector) k
        where n.archived_at is null;
      else
        -- Only organisations whose name, text or archiving changed (an id never changes).
        delete from organisation_name_keys k
        using old_rows o join new_rows n on n.id = o.id
        where k.organisation_id = o.id
          and (n.name, n.search_vector, n.archived_at) is distinct from (o.name, o.search_vector, o.archived_at);
        insert into organisation_name_keys (key, score, name, organisation_id)
        select k.key, k.score, n.name, n.id
        from new_rows n join old_rows o on o.id = n.id, organisation_name_keys_of(n.name, n.search_vector) k
        where n.archived_at is null
          and (n.name, n.search_vector, n.archived_at) is distinct from (o.name, o.search_vector, o.archived_at);
      end if;
      return null;
    end
    $$`.execute(db);
  await sql`
    create trigger organisation_name_keys_on_insert after insert on organisations
    referencing new table as new_rows
    for each statement execute function organisation_name_keys_sync()`.execute(db);
  await sql`
    create trigger organisation_name_keys_on_update after update on organisations
    referencing old table as old_rows new table as new_rows
    for each statement execute function organisation_name_keys_sync()`.execute(db);
}
