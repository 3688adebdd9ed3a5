/**
 * The unbroken runs of scored axes around a radar, for drawing: a series scored on every axis is
 * one closed polygon; otherwise each run of neighbouring scored axes is an open line (wrapping
 * from the last axis to the first), so no line crosses an axis without a score.
 */
export function scoredRuns<T>(
  points: readonly T[],
  isScored: (point: T) => boolean,
): { isClosed: boolean; runs: T[][] } {
  if (points.length > 0 && points.every(isScored)) {
    return { isClosed: true, runs: [[...points]] };
  }
  const firstGap = points.findIndex((point) => !isScored(point));
  if (firstGap === -1) {
    return { isClosed: false, runs: [] };
  }
  const rotated = [...points.slice(firstGap), ...points.slice(0, firstGap)];
  const runs: T[][] = [];
  let current: T[] = [];
  for (const point of rotated) {
    if (isScored(point)) {
      current.push(point);
    } else if (current.length > 0) {
      runs.push(current);
      current = [];
    }
  }
  if (current.length > 0) {
    runs.push(current);
  }
  return { isClosed: false, runs };
}
