import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from "recharts";
import type { KnowledgeSpread } from "../../../../domain/knowledge/views.js";
import { useElementWidth } from "../../../components/use-element-width.js";

/** Dark enough against white for graphics (WCAG 1.4.11, ≥ 3:1), and told apart by the legend too. */
const COLOURS = { considering: "#8a4f00", piloting: "#1c6b2d", implemented: "#0059b3" } as const;
const LEVELS = Object.keys(COLOURS) as (keyof typeof COLOURS)[];

/** The legend in the levels' own order (as the table's columns), not Recharts' default alphabetical one. */
const levelOrder = (item: { dataKey?: unknown }) => LEVELS.indexOf(item.dataKey as keyof typeof COLOURS);

/**
 * Adoptions per region as stacked horizontal bars (Recharts): a picture for sighted readers; the same
 * figures are in the summary and the table beside it. Region names on the axis read at 390 px too.
 */
export default function SpreadChart({
  spread,
  label,
  levelLabels,
}: {
  spread: KnowledgeSpread;
  label: string;
  levelLabels: Record<keyof typeof COLOURS, string>;
}) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const data = spread.byRegion.map((region) => ({
    ...region,
    regionName: region.regionName.replace(/^Region /, ""),
  }));
  return (
    <div className="knowledge-spread-chart" role="img" aria-label={label} ref={ref}>
      {width > 0 ? (
        <BarChart
          width={width}
          height={60 + data.length * 36}
          data={data}
          layout="vertical"
          margin={{ top: 5, right: 16, bottom: 5, left: 0 }}
        >
          <CartesianGrid stroke="#ccc" strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fill: "#1a1a1a" }} />
          <YAxis type="category" dataKey="regionName" width={110} tick={{ fill: "#1a1a1a", fontSize: 13 }} />
          <Legend wrapperStyle={{ color: "#1a1a1a" }} itemSorter={levelOrder} />
          {LEVELS.map((level) => (
            <Bar
              key={level}
              dataKey={level}
              name={levelLabels[level]}
              stackId="levels"
              fill={COLOURS[level]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      ) : null}
    </div>
  );
}
