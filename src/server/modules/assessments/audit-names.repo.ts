import type { Db } from "../../db/database.js";

export function listAssessmentNames(db: Db, ids: string[]) {
  return db
    .selectFrom("assessments as a")
    .innerJoin("organisations as o", "o.id", "a.organisation_id")
    .select(["a.id", "a.title", "a.organisation_id", "o.parent_id", "o.name as organisation_name"])
    .where("a.id", "in", ids)
    .execute();
}
