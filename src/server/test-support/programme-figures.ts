import { expect } from "vitest";
import { tallyDays } from "../../domain/programme/progress.js";
import type { Db } from "../db/database.js";
import type { MeasurePeriod } from "../platform/measures.js";
import { providedMeasures } from "../modules/programme/programme.measures.js";
import {
  buildCollaborationFromRows,
  buildDashboard,
  buildFunnelFromRows,
} from "../modules/programme/programme.service.js";

/**
 * The dashboard's figure-only path against the rows: each measure's grouped count by day equals its
 * evidence rows counted by day, and the funnel's and collaboration's SQL aggregates equal the domain
 * rules computed row by row. Returns the measures checked (so a caller can see none was skipped).
 */
export async function expectFiguresMatchRows(db: Db, period: MeasurePeriod, today: string): Promise<string[]> {
  const checked: string[] = [];
  for (const [code, measure] of providedMeasures()) {
    const rows = await measure.evidence(db, period);
    const expected = tallyDays(rows.map((row) => row.at));
    const days = measure.tally ? await measure.tally(db, period) : expected;
    expect({ code, days }).toEqual({ code, days: expected });
    checked.push(code);
  }
  const board = await buildDashboard(db, "da", today, period);
  expect(board.funnel).toEqual(await buildFunnelFromRows(db, period));
  expect(board.collaboration).toEqual(await buildCollaborationFromRows(db, period));
  return checked;
}
