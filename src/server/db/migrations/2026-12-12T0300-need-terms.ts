import { sql, type Kysely } from "kysely";

/**
 * The reverse view's speed (issue 16: the needs for a company at 100,000 organisations). The view's candidate pool
 * is the active needs ranked by ts_rank against an OR query of the organisation's stems; ranking every active need
 * that way took seconds. ts_rank of an OR query (PostgreSQL's calc_rank_or) adds, for each of the query's stems a
 * need has (in the stems' byte order), what that stem's positions give, and divides by the number of stems: so
 * each active need's stems are stored as rows with that contribution, computed here as calc_rank_or computes it
 * (single-precision sums of weight / (j+1)², the highest weight counted in full, over π²/6 in double precision),
 * and the pool is one index range scan per stem and a sum (matching.repo.ts findNeedCandidates).
 *
 * Kept by the database, as organisation_terms (2026-12-11T0300) is: statement-level triggers rewrite a need's rows
 * whenever its search_vector or its status changes, in the same statement. Only active needs (the statuses of
 * ACTIVE_NEED_STATUSES in domain/needs.ts; the need-terms test checks they agree) have rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table need_terms (
      term text not null,
      need_id uuid not null references needs (id) on delete cascade,
      contribution double precision not null,
      primary key (term, need_id)
    )`.execute(db);
  await sql`create index need_terms_need_idx on need_terms (need_id)`.execute(db);

  await sql`
    create function need_terms_active(status text) returns boolean language sql immutable
    as $$ select status in ('new', 'qualified', 'matched') $$`.execute(db);
  // ts_rank's default weights: D 0.1, C 0.2, B 0.4, A 1.0; a stem stored without positions counts as one at D.
  await sql`
    create function need_terms_rows(vector tsvector) returns table (term text, contribution double precision)
    language sql immutable as $$
      select e.lexeme,
        ((p.top + p.total) - p.top / ((p.top_at * p.top_at)::real))::float8 / 1.64493406685::float8
      from unnest(vector) e,
        lateral (
          select sum(w.weight / ((w.j * w.j)::real) order by w.j) as total,
            (array_agg(w.weight order by w.weight desc, w.j))[1] as top,
            (array_agg(w.j order by w.weight desc, w.j))[1] as top_at
          from (
            select (case x.weight when 'A' then 1.0::real when 'B' then 0.4::real when 'C' then 0.2::real
                else 0.1::real end) as weight, x.j::int as j
            from unnest(coalesce(e.weights, array['D'])) with ordinality as x(weight, j)
          ) w
        ) p
    $$`.execute(db);
  await sql`
    insert into need_terms (term, need_id, contribution)
    select r.term, n.id, r.contribution from needs n, need_terms_rows(n.search_vector) r
    where need_terms_active(n.status)`.execute(db);

  await sql`
    create function need_terms_sync() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        insert into need_terms (term, need_id, contribution)
        select r.term, n.id, r.contribution from new_rows n, need_terms_rows(n.search_vector) r
        where need_terms_active(n.status);
      else
        -- Only needs whose text or status changed (an id never changes: the foreign keys refuse it).
        delete from need_terms t
        using old_rows o join new_rows n on n.id = o.id
        where t.need_id = o.id
          and (n.search_vector is distinct from o.search_vector or n.status is distinct from o.status);
        insert into need_terms (term, need_id, contribution)
        select r.term, n.id, r.contribution
        from new_rows n join old_rows o on o.id = n.id, need_terms_rows(n.search_vector) r
        where (n.search_vector is distinct from o.search_vector or n.status is distinct from o.status)
          and need_terms_active(n.status);
      end if;
      return null;
    end
    $$`.execute(db);
  await sql`
    create trigger need_terms_on_insert after insert on needs
    referencing new table as new_rows
    for each statement execute function need_terms_sync()`.execute(db);
  await sql`
    create trigger need_terms_on_update after update on needs
    referencing old table as old_rows new table as new_rows
    for each statement execute function need_terms_sync()`.execute(db);

  // Who took part with a need's owner leaves the need's own processes out: read by need, not by process.
  await sql`create index process_needs_need_idx on process_needs (need_id)`.execute(db);
}
