import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ResultsPayload } from "../../../../domain/assessment/views.js";
import { styleOf } from "../model/radar.js";
import { ScoreRadar } from "./radar-chart.js";
import { ScoreTable } from "./score-table.js";

/** The profile: choose the series, see them as a radar and as a table of the same figures. */
export function ProfileSection({ results }: { results: ResultsPayload }) {
  const { t } = useTranslation("assessments");
  const all = [...results.radar.series, ...results.radar.comparison];
  const [shown, setShown] = useState<string[]>(() => results.radar.series.map((item) => item.key));
  const series = all.filter((item) => shown.includes(item.key));
  const responses = Object.fromEntries(results.groups.map((group) => [group.key, group.responses]));
  const toggle = (key: string, isOn: boolean) =>
    setShown((current) =>
      isOn
        ? all.map((item) => item.key).filter((item) => item === key || current.includes(item))
        : current.filter((item) => item !== key),
    );

  return (
    <section className="assessment-section" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t("results.profileHeading")}</h2>
      <p>{t("results.profileIntro")}</p>
      <fieldset className="series-picker">
        <legend className="form-label">{t("results.showSeries")}</legend>
        <div className="series-options">
          {all.map((item) => (
            <div className="form-group-checkbox" key={item.key}>
              <input
                id={`series-${item.key}`}
                type="checkbox"
                className="form-checkbox"
                checked={shown.includes(item.key)}
                onChange={(event) => toggle(item.key, event.target.checked)}
              />
              <label htmlFor={`series-${item.key}`} className="form-label">
                <span
                  className={styleOf(item.key).dashed ? "series-swatch is-dashed" : "series-swatch"}
                  style={{ borderColor: styleOf(item.key).colour }}
                  aria-hidden="true"
                />
                {item.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      {series.length === 0 ? (
        <p className="empty-state">{t("results.noSeries")}</p>
      ) : (
        <>
          <ScoreRadar axes={results.radar.axes} series={series} describedBy="score-table-caption" />
          <ScoreTable id="score-table" axes={results.radar.axes} series={series} responses={responses} />
        </>
      )}
    </section>
  );
}
