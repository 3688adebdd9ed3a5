import { useTranslation } from "react-i18next";
import type { SideMetrics } from "../../../../domain/business-case/metrics.js";
import type { BusinessCaseResults } from "../../../../domain/business-case/results.js";
import { useFigures, type Figures } from "../hooks/use-figures.js";
import { listSides } from "./key-figures.js";

type MetricKey = "npv" | "simplePayback" | "discountedPayback" | "irr" | "breakEvenYear";

export const METRIC_KEYS: readonly MetricKey[] = ["npv", "simplePayback", "discountedPayback", "irr", "breakEvenYear"];

export function describeMetric(
  figures: Figures,
  metric: MetricKey,
  metrics: SideMetrics,
  horizonYears: number,
): string {
  switch (metric) {
    case "npv":
      return figures.kr(metrics.npv);
    case "simplePayback":
      return figures.payback(metrics.simplePayback, horizonYears);
    case "discountedPayback":
      return figures.payback(metrics.discountedPayback, horizonYears);
    case "irr":
      return figures.irr(metrics.irr);
    case "breakEvenYear":
      return figures.breakEven(metrics.breakEvenYear, horizonYears);
  }
}

/** Net present value, payback, IRR and break-even, one column per side. */
export function MetricsTable({ results }: { results: BusinessCaseResults }) {
  const { t } = useTranslation("businessCases");
  const figures = useFigures();
  const sides = listSides(results);
  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="metrics-heading">
      <table className="table bc-metrics-table">
        <caption className="sr-only">{t("cashFlows.metricsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("cashFlows.metric")}</th>
            {sides.map(({ side }) => (
              <th scope="col" key={side}>
                {t(`keyFigures.${side}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {METRIC_KEYS.map((metric) => (
            <tr key={metric}>
              <th scope="row">{t(`keyFigures.${metric}`)}</th>
              {sides.map(({ side, metrics }) => (
                <td key={side}>{describeMetric(figures, metric, metrics, results.horizonYears)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
