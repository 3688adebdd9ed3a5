import { sql, type Kysely } from "kysely";

/**
 * Need search read in rank order from a btree (issue 16), as organisation_name_keys does for organisations
 * (migration 2026-12-12T0200): a broad one-word search («demens», 6,000 title matches at 100,000) sorted every
 * title match by date to rank 1,000 of them. Each need gets one row per search key of its title — the title's
 * words and every other word of its text that begins a title word (a compound's first part) — with the
 * search's rank for that key, ts_rank(search_vector, 'key':*), and its date, the search's tie-break. Kept by
 * statement-level triggers whenever a need's title or text changes, in the same statement. Both engines.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table need_title_keys (
      key text collate "C" not null,
      score real not null,
      created_at timestamptz not null,
      need_id uuid not null references needs (id) on delete cascade
    )`.execute(db);
  // The quoted key as a prefix query: a backslash and a quote are escaped for tsquery's input.
  await sql`
    create function need_title_keys_of(title text, doc tsvector) returns table (key text, score real)
    language sql stable as $$
      with title_words as (select unnest(tsvector_to_array(to_tsvector('danish', title))) as word),
      keys as (
        select word as key from title_words
        union
        select l from title_words, unnest(tsvector_to_array(doc)) l where length(l) >= 3 and starts_with(word, l)
      )
      select key, ts_rank(doc, ('''' || replace(replace(key, '\\', '\\\\'), '''', '\\''') || ''':*')::tsquery)::real
      from keys
    $$`.execute(db);
  await sql`
    insert into need_title_keys (key, score, created_at, need_id)
    select k.key, k.score, n.created_at, n.id from needs n, need_title_keys_of(n.title, n.search_vector) k`.execute(db);
  await sql`create index need_title_keys_rank_idx
    on need_title_keys (key, score desc, created_at desc, need_id)`.execute(db);
  await sql`create index need_title_keys_need_idx on need_title_keys (need_id)`.execute(db);
  await sql`
    create function need_title_keys_sync() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        insert into need_title_keys (key, score, created_at, need_id)
        select k.key, k.score, n.created_at, n.id from new_rows n, need_title_keys_of(n.title, n.search_vector) k;
      else
        -- Only needs whose title, text or date changed (an id never changes).
        delete from need_title_keys k
        using old_rows o join new_rows n on n.id = o.id
        where k.need_id = o.id
          and (n.title, n.search_vector, n.created_at) is distinct from (o.title, o.search_vector, o.created_at);
        insert into need_title_keys (key, score, created_at, need_id)
        select k.key, k.score, n.created_at, n.id
        from new_rows n join old_rows o on o.id = n.id, need_title_keys_of(n.title, n.search_vector) k
        where (n.title, n.search_vector, n.created_at) is distinct from (o.title, o.search_vector, o.created_at);
      end if;
      return null;
    end
    $$`.execute(db);
  await sql`
    create trigger need_title_keys_on_insert after insert on needs
    referencing new table as new_rows
    for each statement execute function need_title_keys_sync()`.execute(db);
  await sql`
    create trigger need_title_keys_on_update after update on needs
    referencing old table as old_rows new table as new_rows
    for each statement execute function need_title_keys_sync()`.execute(db);
}
