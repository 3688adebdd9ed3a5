import { useTranslation } from "react-i18next";
import type { FunnelView } from "../../../../domain/programme/views.js";
import { formatDate } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";

const percent = (value: number | null) => (value === null ? "–" : `${Math.round(value * 100)} %`);

export function FunnelSection({ funnel }: { funnel: FunnelView }) {
  const { t } = useTranslation("programme");
  const language = currentLanguage();
  return (
    <section aria-labelledby="funnel-heading">
      <h2 id="funnel-heading">{t("dashboard.funnel")}</h2>
      <div className="table--responsive-scroll">
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t("dashboard.stage")}</th>
              <th scope="col">{t("dashboard.count")}</th>
              <th scope="col">{t("dashboard.conversion")}</th>
              <th scope="col">{t("dashboard.medianDays")}</th>
            </tr>
          </thead>
          <tbody>
            {funnel.stages.map((stage) => (
              <tr key={stage.stage}>
                <th scope="row">{t(`dashboard.stages.${stage.stage}`)}</th>
                <td>{stage.count}</td>
                <td>{percent(stage.conversion)}</td>
                <td>{stage.medianDays ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t("dashboard.origins")}</h3>
      <table className="table table--compact">
        <thead>
          <tr>
            <th scope="col">{t("dashboard.stage")}</th>
            {(["seminar", "assessment", "other"] as const).map((origin) => (
              <th scope="col" key={origin}>
                {t(`dashboard.originNames.${origin}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t("dashboard.needsOrigin")}</th>
            <td>{funnel.needOrigins.seminar}</td>
            <td>{funnel.needOrigins.assessment}</td>
            <td>{funnel.needOrigins.other}</td>
          </tr>
          <tr>
            <th scope="row">{t("dashboard.processesOrigin")}</th>
            <td>{funnel.processOrigins.seminar}</td>
            <td>{funnel.processOrigins.assessment}</td>
            <td>{funnel.processOrigins.other}</td>
          </tr>
        </tbody>
      </table>
      <h3>{t("dashboard.stopped")}</h3>
      <p>{t("dashboard.stoppedIntro")}</p>
      {funnel.stopped.length === 0 ? (
        <p>{t("dashboard.noStopped")}</p>
      ) : (
        <ul>
          {funnel.stopped.map((item) => (
            <li key={item.processId}>
              <a href={`/forloeb/${item.processId}`}>{item.title}</a> ({formatDate(item.at, language)}): {item.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
