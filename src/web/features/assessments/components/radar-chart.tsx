import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from "recharts";
import { useTranslation } from "react-i18next";
import type { RadarSeries } from "../../../../domain/assessment/index.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { useElementWidth } from "../../../components/use-element-width.js";
import { formatScore } from "../model/format.js";
import { styleOf, toRadarRows, wrapLabel } from "../model/radar.js";
import { RadarShape } from "./radar-shape.js";

interface TickProps {
  x: number | string;
  y: number | string;
  textAnchor: "start" | "middle" | "end" | "inherit";
  payload: { value: unknown };
}

/**
 * The profile as a radar (Recharts): one axis per dimension (0–100), one polygon per series.
 * It is a picture for sighted readers (role img with a label that points to the table): the
 * same figures are in the score table next to it.
 */
export function ScoreRadar({
  axes,
  series,
  describedBy,
}: {
  axes: { key: string; label: string }[];
  series: RadarSeries[];
  describedBy: string;
}) {
  const { t } = useTranslation("assessments");
  const language = currentLanguage();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  // On a phone the dimension names do not fit around the chart: the axes are numbered, with a key below.
  const isNumbered = width < 640;
  const height = isNumbered ? Math.max(300, width) : 520;
  const rows = toRadarRows(axes, series);

  const numberOf = new Map(axes.map((axis, index) => [axis.label, index + 1]));

  const tick = ({ x, y, textAnchor, payload }: TickProps) => {
    const label = String(payload.value);
    const lines = isNumbered ? [String(numberOf.get(label) ?? "")] : wrapLabel(label, 16);
    const top = Number(y) - ((lines.length - 1) * 14) / 2;
    return (
      <text
        x={Number(x)}
        y={top}
        textAnchor={isNumbered ? "middle" : textAnchor}
        fill="#1a1a1a"
        fontSize={isNumbered ? 14 : 13}
        fontWeight={isNumbered ? 600 : 400}
        dominantBaseline="middle"
      >
        {lines.map((line, index) => (
          <tspan key={`${index}-${line}`} x={Number(x)} dy={index === 0 ? 0 : 14}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };

  return (
    <div
      ref={ref}
      className="radar-chart"
      role="img"
      aria-label={t("results.radarLabel")}
      aria-describedby={describedBy}
    >
      {width > 0 ? (
        <RadarChart
          width={width}
          height={height}
          data={rows}
          outerRadius={isNumbered ? "80%" : "72%"}
          margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <PolarGrid stroke="#bfbfbf" />
          <PolarAngleAxis dataKey="axis" tick={tick} />
          <PolarRadiusAxis
            angle={67.5}
            domain={[0, 100]}
            tickCount={5}
            stroke="#bfbfbf"
            tick={{ fontSize: 11, fill: "#545454" }}
          />
          {series.map((item) => {
            const style = styleOf(item.key);
            return (
              <Radar
                key={item.key}
                name={item.label}
                dataKey={item.key}
                stroke={style.colour}
                strokeWidth={style.width ?? 2}
                strokeDasharray={style.dashed ? "6 4" : undefined}
                fill={style.colour}
                fillOpacity={item.key === "overall" ? 0.08 : 0.04}
                dot={false}
                shape={RadarShape}
                isAnimationActive={false}
              />
            );
          })}
          <Tooltip formatter={(value) => formatScore(typeof value === "number" ? value : null, language)} />
        </RadarChart>
      ) : null}
      {isNumbered ? (
        <ol className="radar-key">
          {axes.map((axis) => (
            <li key={axis.key}>{axis.label}</li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
