import { resolveArea } from "../../../domain/knowledge/spread.js";
import type { Measure } from "../../platform/measures.js";
import { listAdoptionsRecorded, listCasesPublished } from "./knowledge.repo.js";

/** What the knowledge base counts for the programme: cases published, and adoptions of them. */
export const knowledgeMeasures: Measure[] = [
  {
    code: "cases_published",
    async evidence(db, period) {
      const rows = await listCasesPublished(db, period);
      return rows.map((row) => ({
        id: row.id,
        label: row.title,
        href: `/viden/${row.id}`,
        at: (row.published_at ?? new Date(0)).toISOString().slice(0, 10),
      }));
    },
  },
  {
    code: "adoptions",
    async evidence(db, period) {
      const rows = await listAdoptionsRecorded(db, period);
      return rows.map((row) => ({
        id: `${row.entry_id}:${row.area_code}`,
        label: `${resolveArea(row.area_code)?.name ?? row.area_code}: ${row.title}`,
        href: `/viden/${row.entry_id}`,
        at: row.recorded_at.toISOString().slice(0, 10),
        detail: row.level,
      }));
    },
  },
];
