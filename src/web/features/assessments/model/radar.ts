import type { RadarSeries } from "../../../../domain/assessment/index.js";

/**
 * Colours for the radar's series: the Okabe–Ito palette (told apart with the common colour
 * vision deficiencies), dark for the overall profile, dashed grey tones for the baselines.
 */
export const SERIES_STYLE: Record<string, { colour: string; dashed?: boolean; width?: number }> = {
  overall: { colour: "#1a1a1a", width: 3 },
  management: { colour: "#0072b2" },
  staff: { colour: "#d55e00" },
  citizens: { colour: "#009e73" },
  partners: { colour: "#cc79a7" },
  previous: { colour: "#545454", dashed: true },
  programme: { colour: "#8a6d00", dashed: true },
};

export const styleOf = (key: string) => SERIES_STYLE[key] ?? { colour: "#0059b3" };

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

/** A long axis label broken into lines of at most `maxChars` characters (whole words). */
export function wrapLabel(label: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(" ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= maxChars) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}
