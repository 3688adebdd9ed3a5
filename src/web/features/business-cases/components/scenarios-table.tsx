import { useTranslation } from "react-i18next";
import type { BusinessCaseResults } from "../../../../domain/business-case/results.js";
import { SCENARIOS } from "../../../../domain/business-case/scenarios.js";
import { useFigures } from "../hooks/use-figures.js";
import { describeMetric, METRIC_KEYS } from "./metrics-table.js";
import type { SideKey } from "./key-figures.js";

/** Pessimistic, expected and optimistic side by side, with the key figures of each side. */
export function ScenariosTable({ results }: { results: BusinessCaseResults }) {
  const { t } = useTranslation("businessCases");
  const figures = useFigures();
  const sides: SideKey[] = ["public", ...(results.company ? (["company", "combined"] as const) : [])];
  return (
    <section className="bc-section">
      <h2 id="scenarios-heading" className="h3">
        {t("scenarios.heading")}
      </h2>
      <p>{t("scenarios.intro")}</p>
      <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="scenarios-heading">
        <table className="table table--compact bc-scenarios-table">
          <caption className="sr-only">{t("scenarios.caption")}</caption>
          <thead>
            <tr>
              <td />
              {SCENARIOS.map((scenario) => (
                <th scope="col" key={scenario}>
                  {t(`scenarios.${scenario}`)}
                </th>
              ))}
            </tr>
          </thead>
          {sides.map((side) => (
            <tbody key={side}>
              <tr className="bc-group-row">
                <th scope="rowgroup" colSpan={SCENARIOS.length + 1}>
                  {t(`keyFigures.${side}`)}
                </th>
              </tr>
              {METRIC_KEYS.map((metric) => (
                <tr key={metric}>
                  <th scope="row">{t(`keyFigures.${metric}`)}</th>
                  {results.scenarios.map((scenario) => {
                    const metrics = scenario[side];
                    return (
                      <td key={scenario.scenario}>
                        {metrics ? describeMetric(figures, metric, metrics, results.horizonYears) : ""}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}
