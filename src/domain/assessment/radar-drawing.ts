import type { RadarSeries } from "./comparison.js";

/**
 * Colours for the radar's series: the Okabe–Ito palette (told apart with the common colour
 * vision deficiencies), dark for the overall profile, dashed grey tones for the baselines.
 * Shared by the screen's chart and the printed report, so both look the same.
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

const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
const round = (value: number): string => String(Math.round(value * 10) / 10);

/** Where a value (0–100) on axis `index` of `count` lies: the first axis points up, the rest follow clockwise. */
export function radarPoint(
  index: number,
  count: number,
  value: number,
  centre: number,
  radius: number,
): { x: number; y: number } {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const distance = (radius * value) / 100;
  return { x: centre + distance * Math.cos(angle), y: centre + distance * Math.sin(angle) };
}

/**
 * The profile as a static SVG radar for print: the same axes, series, colours and breaks at missing scores as
 * the screen's chart, with a legend, as a picture (role img with a label) beside the table of the same figures.
 */
export function renderRadarSvg(
  axes: readonly { key: string; label: string }[],
  series: readonly RadarSeries[],
  label: string,
): string {
  const size = 560;
  const centre = size / 2;
  const radius = 170;
  const count = axes.length;
  const polygon = (value: number) =>
    axes
      .map((_, index) => radarPoint(index, count, value, centre, radius))
      .map((point) => `${round(point.x)},${round(point.y)}`)
      .join(" ");
  const grid = [25, 50, 75, 100]
    .map((value) => `<polygon points="${polygon(value)}" fill="none" stroke="#bfbfbf"/>`)
    .join("");
  const spokes = axes
    .map((_, index) => {
      const end = radarPoint(index, count, 100, centre, radius);
      return `<line x1="${centre}" y1="${centre}" x2="${round(end.x)}" y2="${round(end.y)}" stroke="#bfbfbf"/>`;
    })
    .join("");
  const ticks = [25, 50, 75, 100]
    .map((value) => `<text x="${centre + 4}" y="${round(centre - (radius * value) / 100 - 2)}">${value}</text>`)
    .join("");
  const labels = axes
    .map((axis, index) => {
      const at = radarPoint(index, count, 118, centre, radius);
      const anchor = Math.abs(at.x - centre) < 1 ? "middle" : at.x > centre ? "start" : "end";
      const lines = wrapLabel(axis.label, 16);
      const top = at.y - ((lines.length - 1) * 14) / 2;
      const spans = lines
        .map(
          (line, lineIndex) => `<tspan x="${round(at.x)}" dy="${lineIndex === 0 ? 0 : 14}">${escapeXml(line)}</tspan>`,
        )
        .join("");
      const position = `x="${round(at.x)}" y="${round(top)}" text-anchor="${anchor}"`;
      return `<text ${position} dominant-baseline="middle">${spans}</text>`;
    })
    .join("");
  const shapes = series
    .map((item) => {
      const style = styleOf(item.key);
      const points = item.values.map((value, index) => ({
        value,
        ...radarPoint(index, count, value ?? 0, centre, radius),
      }));
      const { isClosed, runs } = scoredRuns(points, (point) => point.value !== null);
      const stroke =
        `stroke="${style.colour}" stroke-width="${style.width ?? 2}"` + (style.dashed ? ' stroke-dasharray="6 4"' : "");
      const fill = isClosed
        ? `fill="${style.colour}" fill-opacity="${item.key === "overall" ? 0.08 : 0.04}"`
        : 'fill="none"';
      const paths = runs
        .filter((run) => run.length > 1)
        .map((run) => {
          const d = run.map((point, index) => `${index === 0 ? "M" : "L"}${round(point.x)},${round(point.y)}`).join("");
          return `<path d="${d}${isClosed ? "Z" : ""}" ${stroke} ${fill}/>`;
        })
        .join("");
      const dots = runs
        .flat()
        .map((point) => `<circle cx="${round(point.x)}" cy="${round(point.y)}" r="3.5" fill="${style.colour}"/>`)
        .join("");
      return `<g>${paths}${dots}</g>`;
    })
    .join("");
  const legend = series
    .map((item, index) => {
      const style = styleOf(item.key);
      const y = size + 18 + index * 20;
      return (
        `<line x1="40" y1="${y}" x2="70" y2="${y}" stroke="${style.colour}" stroke-width="${style.width ?? 2}"` +
        `${style.dashed ? ' stroke-dasharray="6 4"' : ""}/>` +
        `<text x="78" y="${y}" dominant-baseline="middle">${escapeXml(item.label)}</text>`
      );
    })
    .join("");
  const height = size + 18 + series.length * 20;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="radar" role="img" aria-label="${escapeXml(label)}" ` +
    `viewBox="0 0 ${size} ${height}" width="${size}" height="${height}" font-family="system-ui, Arial, sans-serif" ` +
    `font-size="13" fill="#1a1a1a">` +
    `${grid}${spokes}<g font-size="11" fill="#545454">${ticks}</g>${labels}${shapes}${legend}</svg>`
  );
}
