import type { RadarSeries } from "../../../../domain/assessment/index.js";

export { SERIES_STYLE, styleOf, wrapLabel } from "../../../../domain/assessment/radar-drawing.js";

export type RadarRow = { axis: string } & Record<string, number | string | null>;

/** Recharts wants one row per axis with a value per series: the same figures as the table. */
export function toRadarRows(
  axes: readonly { key: string; label: string }[],
  series: readonly RadarSeries[],
): RadarRow[] {
  return axes.map((axis, index) => {
    const row: RadarRow = { axis: axis.label };
    for (const item of series) {
      row[item.key] = item.values[index] ?? null;
    }
    return row;
  });
}
