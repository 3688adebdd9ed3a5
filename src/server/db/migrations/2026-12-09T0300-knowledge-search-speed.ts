import { sql, type Kysely } from "kysely";

/**
 * Knowledge search at 5,000 entries: the search vector becomes a stored generated column (computed in the
 * same write as the row, instead of a second UPDATE per save that left a dead row behind each time), and
 * the portal's default order (newest published first) gets an index the planner can walk and stop after
 * one page.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists knowledge_entries_search_idx`.execute(db);
  await sql`alter table knowledge_entries drop column search_vector`.execute(db);
  await sql`
    alter table knowledge_entries add column search_vector tsvector generated always as (
      setweight(to_tsvector('danish', title || ' ' || title_en), 'A') ||
      setweight(to_tsvector('danish', summary || ' ' || summary_en), 'B') ||
      setweight(to_tsvector('danish', coalesce(facts->>'need', '') || ' ' || coalesce(facts->>'solution', '') || ' ' ||
        coalesce(facts->>'technology', '') || ' ' || coalesce(facts->>'lessons', '') || ' ' ||
        coalesce(facts->>'whenToUse', '')), 'C') ||
      setweight(to_tsvector('danish', search_extra), 'D')
    ) stored`.execute(db);
  await sql`create index knowledge_entries_search_idx on knowledge_entries using gin (search_vector)`.execute(db);
  await sql`drop index if exists knowledge_entries_state_idx`.execute(db);
  await sql`create index knowledge_entries_newest_idx
    on knowledge_entries (state, published_at desc nulls last, title, id)`.execute(db);
}
