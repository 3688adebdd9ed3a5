import type { Milestone } from "./indicators.js";

export type MilestoneState = "met" | "missed" | "upcoming";

export interface MilestoneStatus extends Milestone {
  status: MilestoneState;
  /** How many evidence rows counted by the milestone's date (or by today, for a milestone ahead). */
  actual: number;
}

/**
 * How many evidence rows a measure counts on one day (ISO date): the dashboard reads these grouped
 * counts from SQL instead of the rows themselves.
 */
export interface DayCount {
  at: string;
  count: number;
}

/** Day counts merged by day (a timestamp counts on its date), earliest first. */
export function mergeDays(days: readonly DayCount[]): DayCount[] {
  const counts = new Map<string, number>();
  for (const { at, count } of days) {
    const day = at.slice(0, 10);
    counts.set(day, (counts.get(day) ?? 0) + count);
  }
  return [...counts].map(([at, count]) => ({ at, count })).sort((a, b) => a.at.localeCompare(b.at));
}

/** The evidence dates grouped by day, earliest first (for a measure that gives rows only). */
export function tallyDays(dates: readonly string[]): DayCount[] {
  return mergeDays(dates.map((at) => ({ at, count: 1 })));
}

/** All the rows counted, whatever their day. */
export function totalOf(days: readonly DayCount[]): number {
  let total = 0;
  for (const { count } of days) {
    total += count;
  }
  return total;
}

/** How many rows are dated on or before `day` (ISO dates compare as text). */
export function countBy(days: readonly DayCount[], day: string): number {
  let total = 0;
  for (const { at, count } of days) {
    if (at.slice(0, 10) <= day) {
      total += count;
    }
  }
  return total;
}

/**
 * A milestone is met when the evidence dated on or before its date reaches its target (a milestone
 * ahead may already be met); missed when its date has passed short of it; otherwise upcoming.
 */
export function milestoneStatus(milestone: Milestone, days: readonly DayCount[], today: string): MilestoneStatus {
  const actual = countBy(days, milestone.on < today ? milestone.on : today);
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
  days: readonly DayCount[],
  period: { from: string; to: string },
  today: string,
): { on: string; actual: number }[] {
  if (today < period.from) {
    return [];
  }
  const sorted = mergeDays(days);
  const last = today < period.to ? today : period.to;
  let index = 0;
  let actual = 0;
  return monthEnds(period.from, last).map((on) => {
    while (index < sorted.length && sorted[index].at <= on) {
      actual += sorted[index].count;
      index += 1;
    }
    return { on, actual };
  });
}
