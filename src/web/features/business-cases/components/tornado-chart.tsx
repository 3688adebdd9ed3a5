import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { useTranslation } from "react-i18next";
import type { Tornado } from "../../../../domain/business-case/tornado.js";
import { useElementWidth } from "../../../components/use-element-width.js";
import { useFigures } from "../hooks/use-figures.js";
import { describeTornadoInput } from "../model/field-labels.js";
import { formatCompactKr } from "../model/format.js";
import { computeNiceTicks } from "../model/nice-ticks.js";
import { WrappedTick } from "./wrapped-tick.js";

const LOW_COLOUR = "#b35900";
const HIGH_COLOUR = "#0059b3";
const BAR_HEIGHT = 34;

/**
 * The tornado: for each input, the net present value with that input 20 % lower and 20 % higher,
 * drawn from the base value, largest swing on top. The chart is a picture for sighted readers
 * (role img with a label); the table beside it carries the same figures for everyone.
 */
export function TornadoChart({ tornado, sideLabel }: { tornado: Tornado; sideLabel: string }) {
  const { t } = useTranslation("businessCases");
  const figures = useFigures();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const base = tornado.baseNpv;
  const data = tornado.bars.map((bar) => ({
    label: describeTornadoInput(t, bar.input),
    low: [base, bar.npvLow] as [number, number],
    high: [base, bar.npvHigh] as [number, number],
  }));
  const isNarrow = width < 560;
  const axisWidth = isNarrow ? Math.round(width * 0.42) : Math.min(220, Math.round(width * 0.32));
  const fontSize = isNarrow ? 11 : 13;
  const ticks = computeNiceTicks(tornado.bars.flatMap((bar) => [bar.npvLow, bar.npvHigh]).concat(base));
  const height = data.length * BAR_HEIGHT + 90;
  const kr = (value: number) => formatCompactKr(value, figures.language);
  return (
    <div ref={ref} className="bc-chart" role="img" aria-label={t("tornado.chartLabel", { side: sideLabel })}>
      {width > 0 ? (
        <BarChart
          width={width}
          height={height}
          data={data}
          layout="vertical"
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
          barCategoryGap={6}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="#e0e0e0" />
          <XAxis
            type="number"
            domain={[ticks[0], ticks[ticks.length - 1]]}
            ticks={ticks}
            tickFormatter={kr}
            stroke="#545454"
            fontSize={fontSize}
          />
          <YAxis
            type="category"
            dataKey="label"
            yAxisId="low"
            width={axisWidth}
            tick={<WrappedTick width={axisWidth} fontSize={fontSize} />}
            interval={0}
            stroke="#545454"
          />
          <YAxis type="category" dataKey="label" yAxisId="high" width={0} hide />
          <Tooltip formatter={(value) => (Array.isArray(value) ? figures.kr(Number(value[1])) : String(value))} />
          <Legend verticalAlign="top" itemSorter={null} wrapperStyle={{ fontSize, paddingBottom: 8 }} />
          <ReferenceLine x={base} yAxisId="low" stroke="#1a1a1a" strokeWidth={2} />
          <Bar dataKey="low" yAxisId="low" name={t("tornado.low")} fill={LOW_COLOUR} isAnimationActive={false} />
          <Bar dataKey="high" yAxisId="high" name={t("tornado.high")} fill={HIGH_COLOUR} isAnimationActive={false} />
        </BarChart>
      ) : null}
    </div>
  );
}
