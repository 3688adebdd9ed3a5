import type { Milestone } from "./indicators.js";

export type MilestoneState = "met" | "missed" | "upcoming";

export interface MilestoneStatus extends Milestone {
  status: MilestoneState;
  /** How many evidence rows counted by the milestone's date (or by today, for a milestone ahead). */
  actual: number;
}

/** How many of the dates fall on or before `day` (ISO dates compare as text). */
export function countBy(dates: readonly string[], day: string): number {
  let count = 0;
  for (const date of dates) {
    if (date.slice(0, 10) <= day) {
      count += 1;
    }
  }
  return count;
}

/**
 * A milestone is met when the evidence dated on or before its date reaches its target (a milestone
 * ahead may already be met); missed when its date has passed short of it; otherwise upcoming.
 */
export function milestoneStatus(milestone: Milestone, dates: readonly string[], today: string): MilestoneStatus {
  const actual = countBy(dates, milestone.on < today ? milestone.on : today);
  if (actual >= milestone.target) {
    return { ...milestone, status: "met", actual };
  }
  return { ...milestone, status: milestone.on < today ? "missed" : "upcoming", actual };
}

/** The share of the target reached (1 = reached; may exceed 1); null for a target of zero. */
export function progressShare(actual: number, target: number): number | null {
  return target > 0 ? actual / target : null;
}

/** The last day of each month from `from` to `to` (the last point is `to` itself). */
export function monthEnds(from: string, to: string): string[] {
  const days: string[] = [];
  let [year, month] = from.split("-").map(Number);
  for (;;) {
    const end = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    if (end >= to) {
      days.push(to);
      return days;
    }
    days.push(end);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** The cumulative figure at the end of each month of the period, up to today: the chart's line. */
export function cumulativeSeries(
  dates: readonly string[],
  period: { from: string; to: string },
  today: string,
): { on: string; actual: number }[] {
  if (today < period.from) {
    return [];
  }
  const sorted = dates.map((date) => date.slice(0, 10)).sort();
  const last = today < period.to ? today : period.to;
  let index = 0;
  return monthEnds(period.from, last).map((on) => {
    while (index < sorted.length && sorted[index] <= on) {
      index += 1;
    }
    return { on, actual: index };
  });
}
