import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { SideMetrics } from "../../../../domain/business-case/metrics.js";
import type { BusinessCaseResults } from "../../../../domain/business-case/results.js";
import { useFigures } from "../hooks/use-figures.js";
import { formatWhole } from "../model/format.js";

export type SideKey = "public" | "company" | "combined";

/** The sides there are figures for: the company side and the sum only when the reader may see them. */
export function listSides(results: BusinessCaseResults): { side: SideKey; metrics: SideMetrics }[] {
  return [
    { side: "public" as const, metrics: results.public.metrics },
    ...(results.company ? [{ side: "company" as const, metrics: results.company.metrics }] : []),
    ...(results.combined ? [{ side: "combined" as const, metrics: results.combined.metrics }] : []),
  ];
}

/** The headline figures beside the inputs, recalculated in the browser on every change. */
export function KeyFigures({
  results,
  qualityCount,
  isStale,
  isWithheld,
  saveStatus,
}: {
  results: BusinessCaseResults;
  qualityCount: number;
  isStale: boolean;
  isWithheld: boolean;
  /** The autosave status again, for sighted readers deep in the form (the live region is at the top). */
  saveStatus: ReactNode;
}) {
  const { t } = useTranslation("businessCases");
  const figures = useFigures();
  const horizon = results.horizonYears;
  return (
    <aside className="bc-key-figures" aria-labelledby="key-figures-heading">
      <h2 id="key-figures-heading" className="h3">
        {t("keyFigures.heading")}
      </h2>
      <div aria-hidden="true">{saveStatus}</div>
      <p className={isStale ? "bc-stale" : "form-hint"}>{isStale ? t("keyFigures.stale") : t("keyFigures.live")}</p>
      {listSides(results).map(({ side, metrics }) => (
        <section key={side} className={isStale ? "bc-figures-block bc-figures-stale" : "bc-figures-block"}>
          <h3 id={`key-figures-${side}`} className="h5">
            {t(`keyFigures.${side}`)}
          </h3>
          <dl className="bc-figures">
            <dt>{t("keyFigures.npv")}</dt>
            <dd className="bc-figure-main">{figures.kr(metrics.npv)}</dd>
            <dt>{t("keyFigures.simplePayback")}</dt>
            <dd>{figures.payback(metrics.simplePayback, horizon)}</dd>
            <dt>{t("keyFigures.discountedPayback")}</dt>
            <dd>{figures.payback(metrics.discountedPayback, horizon)}</dd>
            <dt>{t("keyFigures.irr")}</dt>
            <dd>{figures.irr(metrics.irr)}</dd>
            <dt>{t("keyFigures.breakEvenYear")}</dt>
            <dd>{figures.breakEven(metrics.breakEvenYear, horizon)}</dd>
            {side === "public" ? (
              <>
                <dt>{t("keyFigures.qualityScore")}</dt>
                <dd>
                  {qualityCount === 0
                    ? t("quality.none")
                    : t("keyFigures.qualityScoreValue", {
                        score: formatWhole(results.public.qualityScore, figures.language, true),
                        count: qualityCount,
                      })}
                </dd>
              </>
            ) : null}
          </dl>
        </section>
      ))}
      {isWithheld ? <p className="form-hint">{t("companySide.confidentialHeading")}.</p> : null}
    </aside>
  );
}
