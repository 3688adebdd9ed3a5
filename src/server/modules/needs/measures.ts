import type { Measure } from "../../platform/measures.js";
import { countNeedsRecordedByDay, listNeedsRecorded } from "./stats.repo.js";

/** The needs module's measure: needs recorded, each with its owner. */
export const needMeasures: Measure[] = [
  {
    code: "needs_recorded",
    evidence: async (db, period) =>
      (await listNeedsRecorded(db, period)).map((row) => ({
        id: row.id,
        label: row.title,
        href: `/behov/${row.id}`,
        at: new Date(row.created_at).toISOString().slice(0, 10),
        detail: row.owner_name,
        organisationIds: row.parent_id ? [row.owner_id, row.parent_id] : [row.owner_id],
      })),
    tally: countNeedsRecordedByDay,
  },
];
