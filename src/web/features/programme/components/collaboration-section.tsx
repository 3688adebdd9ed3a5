import { useTranslation } from "react-i18next";
import type { CollaborationStats } from "../../../../domain/programme/collaboration.js";
import type { CollaborationView } from "../../../../domain/programme/views.js";

const KEYS = [
  "withPrivateCompanies",
  "withKnowledgeInstitutions",
  "withinSameSector",
  "acrossSectors",
  "companyInitiated",
  "noveltyFirst",
  "noveltyAdapted",
  "noveltyCopied",
  "evaluated",
] as const satisfies readonly (keyof CollaborationStats)[];

const percent = (value: number | null | undefined) =>
  value === null || value === undefined ? "–" : `${Math.round(value * 100)} %`;

/** The programme's statistics beside the published national figures, each with its edition and source. */
export function CollaborationSection({ collaboration }: { collaboration: CollaborationView }) {
  const { t } = useTranslation("programme");
  return (
    <section aria-labelledby="collaboration-heading">
      <h2 id="collaboration-heading">{t("dashboard.collaboration")}</h2>
      <div className="table--responsive-scroll">
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t("dashboard.statistic")}</th>
              <th scope="col">{t("dashboard.programme")}</th>
              <th scope="col">{t("dashboard.national")}</th>
              <th scope="col">{t("dashboard.source")}</th>
            </tr>
          </thead>
          <tbody>
            {KEYS.map((key) => {
              const own = collaboration.stats[key];
              const national = collaboration.national[key];
              return (
                <tr key={key}>
                  <th scope="row">{t(`dashboard.stats.${key}`)}</th>
                  <td>
                    {percent(own.share)} ({own.count}/{own.of})
                  </td>
                  <td>{percent(national?.value)}</td>
                  <td>{national ? `${national.edition}; ${national.source}` : "–"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="form-hint">{t("dashboard.sourceNote", { sources: collaboration.source.url.join(", ") })}</p>
    </section>
  );
}
