import { useTranslation } from "react-i18next";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { ResultsPayload } from "../../../../domain/assessment/views.js";
import { formatScore } from "../model/format.js";

/** Where the groups see the institution most differently: the range between the highest and the lowest group. */
export function DisagreementSection({ results }: { results: ResultsPayload }) {
  const { t } = useTranslation("assessments");
  const language = currentLanguage();
  const groupLabel = (key: string) => results.groups.find((group) => group.key === key)?.label ?? key;
  const measured = results.disagreement.filter((item) => item.spread !== null);
  return (
    <section className="assessment-section" aria-labelledby="disagreement-heading">
      <h2 id="disagreement-heading">{t("results.disagreementHeading")}</h2>
      <p>{t("results.disagreementIntro", { points: results.gapThresholds.highSpread })}</p>
      {measured.length === 0 ? (
        <p className="empty-state">{t("results.disagreementNone")}</p>
      ) : (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="disagreement-caption">
          <table className="table table--compact disagreement-table">
            <caption id="disagreement-caption" className="sr-only">
              {t("results.disagreementCaption")}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("results.dimension")}</th>
                <th scope="col" className="text-right">
                  {t("results.spread")}
                </th>
                <th scope="col">{t("results.highest")}</th>
                <th scope="col">{t("results.lowest")}</th>
              </tr>
            </thead>
            <tbody>
              {measured.map((item) => (
                <tr key={item.dimension}>
                  <th scope="row">
                    {item.label}
                    {(item.spread ?? 0) >= results.gapThresholds.highSpread ? (
                      <>
                        {" "}
                        <span className="badge badge-warning">{t("results.reason.disagreement")}</span>
                      </>
                    ) : null}
                  </th>
                  <td className="text-right weight-semibold nowrap">
                    {t("results.points", { points: formatScore(item.spread, language) })}
                  </td>
                  <td>
                    {item.highest
                      ? t("results.groupScore", {
                          group: groupLabel(item.highest.group),
                          score: formatScore(item.highest.score, language),
                        })
                      : "–"}
                  </td>
                  <td>
                    {item.lowest
                      ? t("results.groupScore", {
                          group: groupLabel(item.lowest.group),
                          score: formatScore(item.lowest.score, language),
                        })
                      : "–"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
