import { CartesianGrid, Line, LineChart, ReferenceDot, Tooltip, XAxis, YAxis } from "recharts";
import { useElementWidth } from "../../../components/use-element-width.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { IndicatorView, ProgrammeDashboard } from "../../../../domain/programme/views.js";

const DAY = 24 * 60 * 60 * 1000;

/**
 * The indicator's figure over time (Recharts) with its milestones as dots. A picture for sighted
 * readers: the same figures are in the card's text, the milestone list and the table under the chart.
 */
export function ProgressChart({
  indicator,
  period,
  label,
}: {
  indicator: IndicatorView;
  /** The period the figures cover: the axis runs from its start to its end (a report's, not the programme's). */
  period: ProgrammeDashboard["period"];
  label: string;
}) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const language = currentLanguage();
  // A time axis (not one category per date), so that a milestone ahead of today sits at its own date
  // rather than at the last measured point.
  const data = indicator.series.map((point) => ({ at: Date.parse(point.on), actual: point.actual }));
  const start = Date.parse(period.from);
  const end = Math.max(Date.parse(period.to), start + DAY);
  // Milestones after the period belong to a later report; the card's list still names them all.
  const milestones = indicator.milestones.filter(
    (milestone) => milestone.on >= period.from && milestone.on <= period.to,
  );
  const month = new Intl.DateTimeFormat(language === "en" ? "en-GB" : "da-DK", { month: "short", year: "2-digit" });
  const top = Math.max(indicator.target, ...milestones.map((milestone) => milestone.target), 1);
  return (
    <div className="programme-chart" role="img" aria-label={label} ref={ref}>
      {width > 0 && data.length > 0 ? (
        <LineChart
          width={width}
          height={240}
          data={data}
          margin={{ top: 10, right: 24, bottom: 10, left: 0 }}
          // The table under the chart is the accessible alternative: no keyboard stop inside an image.
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="#ccc" strokeDasharray="3 3" />
          <XAxis
            dataKey="at"
            type="number"
            scale="time"
            domain={[start, end]}
            ticks={[start, Math.round((start + end) / 2), end]}
            tickFormatter={(value: number) => month.format(value)}
            tick={{ fontSize: 12, fill: "#1a1a1a" }}
          />
          <YAxis allowDecimals={false} width={36} domain={[0, top]} tick={{ fontSize: 12, fill: "#1a1a1a" }} />
          <Tooltip labelFormatter={(value) => new Date(Number(value)).toLocaleDateString(language)} />
          <Line
            type="stepAfter"
            dataKey="actual"
            stroke="#0059b3"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          {milestones.map((milestone) => (
            <ReferenceDot
              key={milestone.on}
              x={Date.parse(milestone.on)}
              y={milestone.target}
              r={5}
              fill={milestone.status === "missed" ? "#a3001b" : milestone.status === "met" ? "#1c6b2d" : "#747474"}
              stroke="#fff"
            />
          ))}
        </LineChart>
      ) : null}
    </div>
  );
}
