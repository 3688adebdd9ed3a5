import { sql } from "kysely";
import type { Db } from "../../db/database.js";

/** Processes with their participants and the participants' parents (who may see a process). */
export function listProcessNames(db: Db, ids: string[]) {
  return db
    .selectFrom("processes as p")
    .select([
      "p.id",
      "p.title",
      sql<(string | null)[]>`array(
        select unnest(array[o.id, o.parent_id]) from process_participants pp
        join organisations o on o.id = pp.organisation_id
        where pp.process_id = p.id
      )`.as("member_ids"),
    ])
    .where("p.id", "in", ids)
    .execute();
}
