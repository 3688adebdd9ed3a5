import { useTranslation } from "react-i18next";
import type { RadarSeries } from "../../../../domain/assessment/index.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { formatScore } from "../model/format.js";

/** The radar's figures as a table: a row per dimension, a column per series shown. */
export function ScoreTable({
  id,
  axes,
  series,
  responses,
}: {
  id: string;
  axes: { key: string; label: string }[];
  series: RadarSeries[];
  responses: Record<string, number>;
}) {
  const { t } = useTranslation("assessments");
  const language = currentLanguage();
  // The caption is shown above the scrolling region (a caption inside it would scroll out of sight on a phone).
  return (
    <>
      <p className="table-caption" id={`${id}-caption`}>
        {t("results.scoreCaption")}
      </p>
      <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
        <table className="table table--compact score-table" id={id}>
          <caption className="sr-only">{t("results.scoreCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("results.dimension")}</th>
              {series.map((item) => (
                <th scope="col" key={item.key} className="text-right">
                  {item.label}
                  {responses[item.key] !== undefined ? (
                    <span className="table-subtext">{t("results.responsesShort", { count: responses[item.key] })}</span>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {axes.map((axis, index) => (
              <tr key={axis.key}>
                <th scope="row">{axis.label}</th>
                {series.map((item) => {
                  const value = item.values[index] ?? null;
                  return (
                    <td key={item.key} className={item.key === "overall" ? "text-right weight-semibold" : "text-right"}>
                      {value === null ? (
                        <>
                          <span aria-hidden="true">–</span>
                          <span className="sr-only">{t("results.noScore")}</span>
                        </>
                      ) : (
                        formatScore(value, language)
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
