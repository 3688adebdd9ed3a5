import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { ADOPTION_LEVELS } from "../../../../domain/knowledge/kinds.js";
import type { KnowledgeEntry } from "../../../../domain/knowledge/views.js";

// Recharts is large: it comes in its own chunk, only when a case has adoptions to draw.
const SpreadChart = lazy(() => import("./spread-chart.js"));

/**
 * A case's spread: «taget i brug af N af 98 kommuner», a sentence per region that has taken it up, a
 * chart by region and the same figures as a table (the chart's accessible alternative).
 */
export function Spread({ entry }: { entry: KnowledgeEntry }) {
  const { t } = useTranslation("knowledge");
  const { spread } = entry;
  const regions = spread.byRegion.filter((region) => region.considering + region.piloting + region.implemented > 0);
  const levelLabels = Object.fromEntries(ADOPTION_LEVELS.map((level) => [level, t(`levels.${level}`)])) as Record<
    (typeof ADOPTION_LEVELS)[number],
    string
  >;
  const sentences = regions.map((region) =>
    t("entry.spreadRegion", {
      region: region.regionName,
      levels: ADOPTION_LEVELS.filter((level) => region[level] > 0)
        .map((level) => t(`levelCounts.${level}`, { count: region[level] }))
        .join(", "),
    }),
  );
  return (
    <section className="knowledge-section knowledge-spread" aria-labelledby="knowledge-spread">
      <h2 className="h3" id="knowledge-spread">
        {t("entry.spread")}
      </h2>
      <p className="knowledge-spread-count">
        {t("entry.spreadCount", { count: spread.municipalities, of: spread.ofMunicipalities })}
      </p>
      {regions.length === 0 ? <p>{t("entry.spreadNone")}</p> : null}
      {regions.length > 0 ? (
        <>
          <ul className="knowledge-spread-summary">
            {sentences.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
          <Suspense fallback={null}>
            <SpreadChart spread={spread} label={t("entry.spreadChart")} levelLabels={levelLabels} />
          </Suspense>
          <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="knowledge-spread-table">
            <table className="table table--compact">
              <caption id="knowledge-spread-table">{t("entry.spreadTable")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("entry.region")}</th>
                  {ADOPTION_LEVELS.map((level) => (
                    <th scope="col" key={level}>
                      {levelLabels[level]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {spread.byRegion.map((region) => (
                  <tr key={region.regionCode}>
                    <th scope="row">{region.regionName}</th>
                    {ADOPTION_LEVELS.map((level) => (
                      <td key={level}>{region[level]}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
