import { countByUtcDay } from "../../platform/day-count.repo.js";
import type { MeasurePeriod } from "../../platform/measures.js";
import type { Db } from "../../db/database.js";

/** Needs recorded in the period (read-only, for the programme's «needs recorded»). */
export function listNeedsRecorded(db: Db, period: MeasurePeriod) {
  return db
    .selectFrom("needs as n")
    .innerJoin("organisations as o", "o.id", "n.owner_organisation_id")
    .select(["n.id", "n.title", "n.created_at", "n.source", "o.id as owner_id", "o.name as owner_name", "o.parent_id"])
    .where("n.created_at", ">=", new Date(`${period.from}T00:00:00Z`))
    .where("n.created_at", "<", new Date(Date.parse(`${period.to}T00:00:00Z`) + 86_400_000))
    .orderBy("n.created_at")
    .execute();
}

/** The figure-only path of «needs recorded»: the same needs counted by the day they were recorded. */
export function countNeedsRecordedByDay(db: Db, period: MeasurePeriod) {
  return countByUtcDay(
    db,
    db
      .selectFrom("needs")
      .select("created_at as at")
      .where("created_at", ">=", new Date(`${period.from}T00:00:00Z`))
      .where("created_at", "<", new Date(Date.parse(`${period.to}T00:00:00Z`) + 86_400_000)),
  );
}
