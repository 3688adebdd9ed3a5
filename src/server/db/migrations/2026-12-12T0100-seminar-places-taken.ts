import { sql, type Kysely } from "kysely";

/**
 * The seminar list's places per side, kept as counts (issue 16): the list counted every live registration of
 * every seminar on each call (50,000 registrations at national scale, most of the list's database time). A row
 * trigger keeps `seminar_places_taken` in step with `seminar_registrations` in the same transaction, whichever
 * path changes a registration (register, cancel, promote, attend, erase, cascades). The registration decisions
 * themselves still count from the registrations under the seminar's lock.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table seminar_places_taken (
      seminar_id uuid not null references seminars(id) on delete cascade,
      side text not null,
      taken integer not null,
      invited_taken integer not null,
      primary key (seminar_id, side)
    )`.execute(db);
  await sql`
    create function seminar_places_taken_sync() returns trigger language plpgsql as $$
    begin
      if tg_op in ('UPDATE', 'DELETE') and old.status in ('registered', 'offered', 'attended') then
        update seminar_places_taken
          set taken = taken - 1, invited_taken = invited_taken - (old.invitation_id is not null)::int
          where seminar_id = old.seminar_id and side = old.side;
      end if;
      if tg_op in ('INSERT', 'UPDATE') and new.status in ('registered', 'offered', 'attended') then
        insert into seminar_places_taken (seminar_id, side, taken, invited_taken)
          values (new.seminar_id, new.side, 1, (new.invitation_id is not null)::int)
          on conflict (seminar_id, side) do update
          set taken = seminar_places_taken.taken + 1,
            invited_taken = seminar_places_taken.invited_taken + excluded.invited_taken;
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger seminar_places_taken_sync
    after insert or delete or update of seminar_id, side, status, invitation_id on seminar_registrations
    for each row execute function seminar_places_taken_sync()`.execute(db);
  await sql`
    insert into seminar_places_taken (seminar_id, side, taken, invited_taken)
    select seminar_id, side, count(*), count(invitation_id) from seminar_registrations
    where status in ('registered', 'offered', 'attended')
    group by seminar_id, side`.execute(db);
}
