/**
 * The funnel from a recorded need to a solution spread: need → matched → in process → tested →
 * implemented → spread. Each need carries the date it reached each stage (null when it did not);
 * a need that skipped a stage (a process started without a shortlist) counts as having passed it
 * when it reached a later one.
 */
export const FUNNEL_STAGES = ["need", "matched", "in_process", "tested", "implemented", "spread"] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export type StageDates = Record<FunnelStage, string | null>;

export interface FunnelStageFigure {
  stage: FunnelStage;
  count: number;
  /** Share of the previous stage's count that reached this stage; null for the first stage or after 0. */
  conversion: number | null;
  /** Median days from entering this stage to entering the next, over the needs that went on; null if none. */
  medianDays: number | null;
}

const DAY_MS = 86_400_000;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The date each stage was reached, filling a skipped stage with the next reached stage's date. */
export function effectiveDates(dates: StageDates): (string | null)[] {
  const result: (string | null)[] = new Array<string | null>(FUNNEL_STAGES.length).fill(null);
  let later: string | null = null;
  for (let index = FUNNEL_STAGES.length - 1; index >= 0; index -= 1) {
    const own = dates[FUNNEL_STAGES[index]];
    later = own ?? later;
    result[index] = later;
  }
  return result;
}

function daysBetween(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS));
}

/** One stage's count and median days to the next stage, as SQL aggregates give them. */
export interface StageTotal {
  count: number;
  medianDays: number | null;
}

/** The funnel's figures from each stage's totals, in FUNNEL_STAGES order: conversion from the stage before. */
export function funnelFigures(totals: readonly StageTotal[]): FunnelStageFigure[] {
  return FUNNEL_STAGES.map((stage, index) => {
    const count = totals[index]?.count ?? 0;
    const previous = index === 0 ? null : (totals[index - 1]?.count ?? 0);
    return {
      stage,
      count,
      conversion: previous === null || previous === 0 ? null : count / previous,
      medianDays: index < FUNNEL_STAGES.length - 1 ? (totals[index]?.medianDays ?? null) : null,
    };
  });
}

/** The funnel computed over each need's stage dates (the rule the SQL aggregates follow). */
export function computeFunnel(items: readonly StageDates[]): FunnelStageFigure[] {
  const filled = items.map(effectiveDates);
  return funnelFigures(
    FUNNEL_STAGES.map((_, index) => {
      const durations: number[] = [];
      for (const dates of filled) {
        const from = dates[index];
        const to = dates[index + 1];
        if (from !== null && to !== null && to !== undefined) {
          durations.push(daysBetween(from, to));
        }
      }
      return { count: filled.filter((dates) => dates[index] !== null).length, medianDays: median(durations) };
    }),
  );
}

/** Where needs and processes came from: a seminar, a 360° assessment, or elsewhere. */
export type Origin = "seminar" | "assessment" | "other";

export function countOrigins(origins: readonly Origin[]): Record<Origin, number> {
  return sumOrigins(origins.map((origin) => ({ origin, count: 1 })));
}

/** Origins counted from grouped counts (one row per origin found, as a grouped query gives them). */
export function sumOrigins(groups: readonly { origin: Origin; count: number }[]): Record<Origin, number> {
  const counts: Record<Origin, number> = { seminar: 0, assessment: 0, other: 0 };
  for (const { origin, count } of groups) {
    counts[origin] += count;
  }
  return counts;
}

/** A need's origin from its source. */
export function needOrigin(source: string): Origin {
  return source === "seminar" || source === "assessment" ? source : "other";
}

/** A process's origin from its needs' sources: a seminar before an assessment, else elsewhere. */
export function processOrigin(sources: { seminar: boolean; assessment: boolean }): Origin {
  return sources.seminar ? "seminar" : sources.assessment ? "assessment" : "other";
}

/** Stopped processes by the phase they stopped in: stopping is an outcome, counted as such. */
export function countStoppedByPhase(stopped: readonly { phase: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { phase } of stopped) {
    counts[phase] = (counts[phase] ?? 0) + 1;
  }
  return counts;
}
