import { sql } from "kysely";
import { countByUtcDay } from "../../platform/day-count.repo.js";
import type { MeasurePeriod } from "../../platform/measures.js";
import type { Db } from "../../db/database.js";

/** 360° assessments closed in the period (read-only, for the programme's «assessments done»). */
export function listAssessmentsDone(db: Db, period: MeasurePeriod) {
  return db
    .selectFrom("assessments as a")
    .innerJoin("organisations as o", "o.id", "a.organisation_id")
    .select(["a.id", "a.title", "a.closed_at", "o.id as organisation_id", "o.name", "o.parent_id"])
    .where("a.status", "=", "closed")
    .where("a.closed_at", ">=", new Date(`${period.from}T00:00:00Z`))
    .where("a.closed_at", "<", new Date(Date.parse(`${period.to}T00:00:00Z`) + 86_400_000))
    .orderBy("a.closed_at")
    .execute();
}

/** The figure-only path of «assessments done»: the same assessments counted by the day they closed. */
export function countAssessmentsDoneByDay(db: Db, period: MeasurePeriod) {
  return countByUtcDay(
    db,
    db
      .selectFrom("assessments")
      .select(sql<Date>`closed_at`.as("at"))
      .where("status", "=", "closed")
      .where("closed_at", ">=", new Date(`${period.from}T00:00:00Z`))
      .where("closed_at", "<", new Date(Date.parse(`${period.to}T00:00:00Z`) + 86_400_000)),
  );
}
