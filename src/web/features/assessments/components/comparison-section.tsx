import { useTranslation } from "react-i18next";
import { formatDate } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { ResultsPayload } from "../../../../domain/assessment/views.js";
import { deltaDirection, formatDelta, formatScore } from "../model/format.js";

/** Each dimension now, against the institution's previous assessment and the programme's average. */
export function ComparisonSection({ results }: { results: ResultsPayload }) {
  const { t } = useTranslation("assessments");
  const language = currentLanguage();
  const { previous, programme } = results.comparison;
  const overall = results.radar.series.find((item) => item.key === "overall");
  const baseline = (key: string) => results.radar.comparison.find((item) => item.key === key);
  const previousValues = baseline("previous");
  const programmeValues = baseline("programme");
  const deltaOf = (deltas: { dimension: string; overall: number | null }[] | undefined, dimension: string) =>
    deltas?.find((item) => item.dimension === dimension)?.overall ?? null;
  const delta = (value: number | null) => (
    <>
      <span aria-hidden="true">{formatDelta(value, language)}</span>
      <span className="sr-only">
        {t(`results.delta.${deltaDirection(value)}`, {
          points: formatScore(value === null ? null : Math.abs(value), language),
        })}
      </span>
    </>
  );

  return (
    <section className="assessment-section" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">{t("results.comparisonHeading")}</h2>
      <ul className="comparison-notes">
        <li>
          {previous
            ? t("results.previousAbout", {
                title: previous.title ?? "",
                date: previous.closedAt ? formatDate(previous.closedAt, language) : "",
              })
            : t("results.previousNone")}
        </li>
        <li>
          {programme ? t("results.programmeAbout", { count: programme.assessments ?? 0 }) : t("results.programmeNone")}
        </li>
      </ul>
      {previous || programme ? (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="comparison-caption">
          <table className="table table--compact comparison-table">
            <caption id="comparison-caption" className="sr-only">
              {t("results.comparisonCaption")}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("results.dimension")}</th>
                <th scope="col" className="text-right">
                  {t("results.now")}
                </th>
                {previous ? (
                  <>
                    <th scope="col" className="text-right">
                      {t("results.previous")}
                    </th>
                    <th scope="col" className="text-right">
                      {t("results.changeSincePrevious")}
                    </th>
                  </>
                ) : null}
                {programme ? (
                  <>
                    <th scope="col" className="text-right">
                      {t("results.programme")}
                    </th>
                    <th scope="col" className="text-right">
                      {t("results.differenceFromProgramme")}
                    </th>
                  </>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {results.radar.axes.map((axis, index) => (
                <tr key={axis.key}>
                  <th scope="row">{axis.label}</th>
                  <td className="text-right weight-semibold">{formatScore(overall?.values[index], language)}</td>
                  {previous ? (
                    <>
                      <td className="text-right">{formatScore(previousValues?.values[index], language)}</td>
                      <td className={`text-right delta delta-${deltaDirection(deltaOf(previous.deltas, axis.key))}`}>
                        {delta(deltaOf(previous.deltas, axis.key))}
                      </td>
                    </>
                  ) : null}
                  {programme ? (
                    <>
                      <td className="text-right">{formatScore(programmeValues?.values[index], language)}</td>
                      <td className={`text-right delta delta-${deltaDirection(deltaOf(programme.deltas, axis.key))}`}>
                        {delta(deltaOf(programme.deltas, axis.key))}
                      </td>
                    </>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
