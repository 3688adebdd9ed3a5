import { CartesianGrid, Line, LineChart, ReferenceDot, Tooltip, XAxis, YAxis } from "recharts";
import { useElementWidth } from "../../../components/use-element-width.js";
import type { IndicatorView } from "../../../../domain/programme/views.js";

/**
 * The indicator's figure over time (Recharts) with its milestones as dots. A picture for sighted
 * readers: the same figures are in the card's text and the milestone list.
 */
export function ProgressChart({ indicator, label }: { indicator: IndicatorView; label: string }) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  return (
    <div className="programme-chart" role="img" aria-label={label} ref={ref}>
      {width > 0 ? (
        <LineChart
          width={width}
          height={240}
          data={indicator.series}
          margin={{ top: 10, right: 20, bottom: 10, left: 0 }}
        >
          <CartesianGrid stroke="#ccc" strokeDasharray="3 3" />
          <XAxis dataKey="on" tick={{ fontSize: 12, fill: "#1a1a1a" }} />
          <YAxis allowDecimals={false} domain={[0, Math.max(indicator.target, 1)]} tick={{ fill: "#1a1a1a" }} />
          <Tooltip />
          <Line
            type="stepAfter"
            dataKey="actual"
            stroke="#0059b3"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          {indicator.milestones.map((milestone) => (
            <ReferenceDot
              key={milestone.on}
              x={indicator.series.find((point) => point.on >= milestone.on)?.on ?? indicator.series.at(-1)?.on}
              y={milestone.target}
              r={5}
              fill={milestone.status === "missed" ? "#a3001b" : milestone.status === "met" ? "#1c6b2d" : "#747474"}
            />
          ))}
        </LineChart>
      ) : null}
    </div>
  );
}
