import type { Measure } from "../../platform/measures.js";
import { countAssessmentsDoneByDay, listAssessmentsDone } from "./stats.repo.js";

/** The assessments module's measure: 360° assessments closed with a profile. */
export const assessmentMeasures: Measure[] = [
  {
    code: "assessments_done",
    evidence: async (db, period) =>
      (await listAssessmentsDone(db, period)).map((row) => ({
        id: row.id,
        label: row.title,
        href: `/vurderinger/${row.id}`,
        at: new Date(row.closed_at ?? 0).toISOString().slice(0, 10),
        detail: row.name,
        organisationIds: row.parent_id ? [row.organisation_id, row.parent_id] : [row.organisation_id],
      })),
    tally: countAssessmentsDoneByDay,
  },
];
