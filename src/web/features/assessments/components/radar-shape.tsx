import type { ReactElement } from "react";
import { scoredRuns } from "../model/radar-runs.js";

interface ShapePoint {
  x: number;
  y: number;
  value?: number | null;
}

export interface RadarShapeProps {
  points?: ShapePoint[];
  stroke?: string;
  fill?: string;
  fillOpacity?: number;
  strokeWidth?: number;
  strokeDasharray?: string;
}

const pathOf = (points: readonly ShapePoint[], isClosed: boolean) =>
  points.map((point, index) => `${index === 0 ? "M" : "L"}${point.x},${point.y}`).join("") + (isClosed ? "Z" : "");

/**
 * A series drawn through the dimensions that have a score only. Recharts would draw a missing
 * score at the centre (as 0), which reads as «the lowest possible»; a group that was not asked
 * about a dimension has no point on that axis, and its line breaks there.
 */
export function RadarShape({
  points = [],
  stroke,
  fill,
  fillOpacity,
  strokeWidth,
  strokeDasharray,
}: RadarShapeProps): ReactElement<SVGElement> {
  const { isClosed, runs } = scoredRuns(points, (point) => typeof point.value === "number");
  return (
    <g>
      {runs
        .filter((run) => run.length > 1)
        .map((run, index) => (
          <path
            key={index}
            d={pathOf(run, isClosed)}
            stroke={stroke}
            fill={isClosed ? fill : "none"}
            fillOpacity={fillOpacity}
            strokeWidth={strokeWidth}
            strokeDasharray={strokeDasharray}
          />
        ))}
      {runs.flat().map((point, index) => (
        <circle key={`dot-${index}`} cx={point.x} cy={point.y} r={3.5} fill={stroke} stroke="#fff" strokeWidth={1} />
      ))}
    </g>
  );
}
