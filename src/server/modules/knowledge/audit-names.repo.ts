import { sql } from "kysely";
import type { Db } from "../../db/database.js";

/** Entries with their state and organisations (who may see an unpublished one). */
export function listEntryNames(db: Db, ids: string[]) {
  return db
    .selectFrom("knowledge_entries as k")
    .select([
      "k.id",
      "k.title",
      "k.state",
      sql<string[]>`array(select organisation_id from knowledge_entry_organisations ko where ko.entry_id = k.id)`.as(
        "organisation_ids",
      ),
    ])
    .where("k.id", "in", ids)
    .execute();
}
