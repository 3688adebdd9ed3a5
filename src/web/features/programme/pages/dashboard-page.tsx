import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { ProgrammeDashboard } from "../../../../domain/programme/views.js";
import { toQuery } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { useMe } from "../../../auth/auth-context.js";
import { ErrorState } from "../../../components/error-state.js";
import { formatDate } from "../../../components/format.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { CollaborationSection } from "../components/collaboration-section.js";
import { FunnelSection } from "../components/funnel-section.js";
import { IndicatorCard } from "../components/indicator-card.js";

/** The programme's dashboard: indicator cards, the funnel, collaboration, exports and a report period. */
export function DashboardPage() {
  const { t } = useTranslation("programme");
  const me = useMe();
  const language = currentLanguage();
  const [range, setRange] = useState({ from: "", to: "" });
  const [draft, setDraft] = useState({ from: "", to: "" });
  const { data, error, isLoading, reload } = useApi<ProgrammeDashboard>(`/api/programme/dashboard${toQuery(range)}`);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setRange(draft);
  };

  return (
    <>
      <PageHeading title={t("dashboard.title")}>
        {data ? `${t("dashboard.title")}: ${data.programme.name}` : t("dashboard.title")}
      </PageHeading>
      <p className="font-lead">{t("dashboard.intro")}</p>
      {error ? <ErrorState error={error} onRetry={reload} /> : null}
      {isLoading && !data ? <Loading /> : null}
      {data ? (
        <>
          <p>
            {t("dashboard.period", {
              from: formatDate(data.period.from, language),
              to: formatDate(data.period.to, language),
            })}
          </p>
          <div className="button-group page-actions no-print">
            <a className="button button-secondary" href="/api/programme/export.xlsx" download>
              {t("dashboard.exportXlsx")}
            </a>
            <a className="button button-secondary" href="/api/programme/export.csv" download>
              {t("dashboard.exportCsv")}
            </a>
            {me.role === "admin" ? (
              <Link className="button button-tertiary" to="/program/indstillinger">
                {t("dashboard.settings")}
              </Link>
            ) : null}
          </div>
          <form className="no-print" onSubmit={submit} aria-labelledby="report-heading">
            <h2 className="h4" id="report-heading">
              {t("dashboard.report")}
            </h2>
            <div className="button-group">
              <div className="form-group">
                <label className="form-label" htmlFor="report-from">
                  {t("dashboard.from")}
                </label>
                <input
                  id="report-from"
                  className="form-input"
                  type="date"
                  value={draft.from}
                  onChange={(event) => setDraft({ ...draft, from: event.target.value })}
                />
              </div>
              <div className="form-group">
                <label className="form-label" htmlFor="report-to">
                  {t("dashboard.to")}
                </label>
                <input
                  id="report-to"
                  className="form-input"
                  type="date"
                  value={draft.to}
                  onChange={(event) => setDraft({ ...draft, to: event.target.value })}
                />
              </div>
            </div>
            <div className="button-group">
              <button type="submit" className="button button-secondary">
                {t("dashboard.showReport")}
              </button>
              <button type="button" className="button button-tertiary" onClick={() => window.print()}>
                {t("dashboard.print")}
              </button>
            </div>
          </form>
          <h2>{t("dashboard.indicators")}</h2>
          <div className="indicator-cards">
            {data.indicators.map((indicator) => (
              <IndicatorCard
                key={indicator.code}
                indicator={indicator}
                period={data.period}
                withChart={indicator.code.startsWith("pilot_")}
              />
            ))}
          </div>
          <FunnelSection funnel={data.funnel} />
          <CollaborationSection collaboration={data.collaboration} />
        </>
      ) : null}
    </>
  );
}
