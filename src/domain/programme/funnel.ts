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

export function computeFunnel(items: readonly StageDates[]): FunnelStageFigure[] {
  const filled = items.map(effectiveDates);
  return FUNNEL_STAGES.map((stage, index) => {
    const count = filled.filter((dates) => dates[index] !== null).length;
    const previous = index === 0 ? null : filled.filter((dates) => dates[index - 1] !== null).length;
    const durations: number[] = [];
    if (index < FUNNEL_STAGES.length - 1) {
      for (const dates of filled) {
        const from = dates[index];
        const to = dates[index + 1];
        if (from !== null && to !== null) {
          durations.push(daysBetween(from, to));
        }
      }
    }
    return {
      stage,
      count,
      conversion: previous === null || previous === 0 ? null : count / previous,
      medianDays: median(durations),
    };
  });
}

/** Where needs and processes came from: a seminar, a 360° assessment, or elsewhere. */
export type Origin = "seminar" | "assessment" | "other";

export function countOrigins(origins: readonly Origin[]): Record<Origin, number> {
  const counts: Record<Origin, number> = { seminar: 0, assessment: 0, other: 0 };
  for (const origin of origins) {
    counts[origin] += 1;
  }
  return counts;
}

/** Stopped processes by the phase they stopped in: stopping is an outcome, counted as such. */
export function countStoppedByPhase(stopped: readonly { phase: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { phase } of stopped) {
    counts[phase] = (counts[phase] ?? 0) + 1;
  }
  return counts;
}
