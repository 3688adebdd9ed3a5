import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { IndicatorView, ProgrammeDashboard } from "../../../../domain/programme/views.js";
import { formatDate } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";

// Recharts is heavy: loaded only when a dashboard with a chart is shown.
const ProgressChart = lazy(() => import("./progress-chart.js").then((module) => ({ default: module.ProgressChart })));

export function IndicatorCard({
  indicator,
  period,
  withChart,
}: {
  indicator: IndicatorView;
  period: ProgrammeDashboard["period"];
  withChart: boolean;
}) {
  const { t } = useTranslation("programme");
  const language = currentLanguage();
  const id = `indicator-${indicator.code}`;
  return (
    <section className="card" aria-labelledby={id}>
      <div className="card-content">
        <h3 className="h4 card-heading" id={id}>
          {indicator.name}
        </h3>
        {indicator.actual === null ? (
          <>
            <p className="indicator-figure">{t("dashboard.notMeasured")}</p>
            <p>{indicator.notMeasuredReason}</p>
          </>
        ) : (
          <>
            <p className="indicator-figure">
              {t("dashboard.ofTarget", { actual: indicator.actual, target: indicator.target, unit: indicator.unit })}
            </p>
            <progress
              className="indicator-progress"
              max={Math.max(indicator.target, 1)}
              value={Math.min(indicator.actual, Math.max(indicator.target, 1))}
              aria-labelledby={id}
            />
            <p>
              <Link to={`/program/indikatorer/${indicator.code}`}>
                {t("dashboard.evidenceLink", { count: indicator.evidenceCount, name: indicator.name })}
              </Link>
            </p>
          </>
        )}
        {indicator.milestones.length > 0 ? (
          <>
            <h4 className="h6">{t("dashboard.milestones")}</h4>
            <ul className="nobullet-list">
              {indicator.milestones.map((milestone) => (
                <li key={milestone.on} className={`milestone-${milestone.status}`}>
                  {t("dashboard.milestone", {
                    target: milestone.target,
                    date: formatDate(milestone.on, language),
                    status: t(`dashboard.status.${milestone.status}`),
                    actual: milestone.actual,
                  })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {withChart && indicator.actual !== null ? (
          <>
            <Suspense fallback={null}>
              <ProgressChart
                indicator={indicator}
                period={period}
                label={t("dashboard.chartLabel", { name: indicator.name })}
              />
            </Suspense>
            <details className="details">
              <summary className="details-summary">{t("dashboard.chartTable")}</summary>
              <div className="details-text">
                <table className="table table--compact">
                  <caption className="sr-only">{t("dashboard.chartLabel", { name: indicator.name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("dashboard.chartDate")}</th>
                      <th scope="col">{t("dashboard.chartActual")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {indicator.series.map((point) => (
                      <tr key={point.on}>
                        <td>{formatDate(point.on, language)}</td>
                        <td>{point.actual}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </>
        ) : null}
        <details className="details">
          <summary className="details-summary">{t("dashboard.definition")}</summary>
          <div className="details-text">
            <p>{indicator.definition}</p>
            <p>
              <strong>{t("dashboard.computation")}:</strong> {indicator.computation}
            </p>
          </div>
        </details>
      </div>
    </section>
  );
}
