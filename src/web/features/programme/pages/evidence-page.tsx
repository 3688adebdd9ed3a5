import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import type { IndicatorEvidence } from "../../../../domain/programme/views.js";
import { useApi } from "../../../api/use-api.js";
import { ErrorState } from "../../../components/error-state.js";
import { formatDate } from "../../../components/format.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { currentLanguage } from "../../../i18n/i18n.js";

/** What makes one figure: each organisation, process or need it counts, with a link to it. */
export function EvidencePage() {
  const { t } = useTranslation("programme");
  const { code = "" } = useParams();
  const language = currentLanguage();
  const { data, error, isLoading, reload } = useApi<IndicatorEvidence>(
    `/api/programme/indicators/${encodeURIComponent(code)}/evidence`,
  );
  const name = data?.indicator.name ?? code;
  return (
    <>
      <p className="no-print">
        <Link to="/program">{t("evidence.back")}</Link>
      </p>
      <PageHeading title={t("evidence.title", { name })} />
      {error ? <ErrorState error={error} onRetry={reload} /> : null}
      {isLoading && !data ? <Loading /> : null}
      {data ? (
        <>
          <p className="font-lead">
            {data.indicator.actual === null
              ? data.indicator.notMeasuredReason
              : t("dashboard.ofTarget", {
                  actual: data.indicator.actual,
                  target: data.indicator.target,
                  unit: data.indicator.unit,
                })}
          </p>
          <p>{data.indicator.definition}</p>
          <p>
            <strong>{t("dashboard.computation")}:</strong> {data.indicator.computation}
          </p>
          {data.rows.length === 0 ? (
            <p>{t("evidence.none")}</p>
          ) : (
            <div className="table--responsive-scroll">
              <table className="table table--compact">
                <thead>
                  <tr>
                    <th scope="col">{t("evidence.name")}</th>
                    <th scope="col">{t("evidence.date")}</th>
                    <th scope="col">{t("evidence.detail")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((row) => (
                    <tr key={row.id}>
                      <td>
                        <Link to={row.href}>{row.label}</Link>
                      </td>
                      <td>{formatDate(row.at, language)}</td>
                      <td>{row.detail ?? ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
    </>
  );
}
