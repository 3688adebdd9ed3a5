import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Db } from "../../db/database.js";
import { isoTime } from "../../db/iso-time.repo.js";

/**
 * The seminar list: the columns a summary shows and the places taken per side from the counts the
 * registrations' trigger keeps (migration 2026-12-12T0100), in one statement (issue 16).
 */
export function listSeminarSummaries(db: Db, options: { publishedOnly: boolean }) {
  let query = db
    .selectFrom("seminars as s")
    .select([
      "s.id",
      "s.title",
      "s.care_areas",
      "s.place_address",
      "s.online_url",
      "s.status",
      "s.capacities",
      isoTime("s.starts_at").as("starts_at"),
      isoTime("s.ends_at").as("ends_at"),
      isoTime("s.registration_opens_at").as("registration_opens_at"),
      isoTime("s.registration_closes_at").as("registration_closes_at"),
    ])
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom("seminar_places_taken as t")
          .select(["t.side", "t.taken", "t.invited_taken as invitedTaken"])
          .whereRef("t.seminar_id", "=", "s.id"),
      ).as("taken"),
    );
  if (options.publishedOnly) {
    query = query.where("s.status", "in", ["published", "held", "closed"]);
  }
  return query.orderBy("s.starts_at", "asc").execute();
}
