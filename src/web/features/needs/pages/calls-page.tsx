import { Link, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { ItemList } from "../../../../domain/list-views.js";
import { useApi } from "../../../api/use-api.js";
import { useAuth } from "../../../auth/auth-context.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import type { OpenCall } from "../../../../domain/calls-views.js";
import { CallCard } from "../components/call-card.js";

const FILTERS = ["open", "closed", "all"] as const;
type CallFilter = (typeof FILTERS)[number];

/** Public: the open calls anyone may read and any company may answer. */
export function CallsPage() {
  const { t } = useTranslation("needs");
  const { me } = useAuth();
  const [searchParams] = useSearchParams();
  const requested = searchParams.get("status");
  const filter: CallFilter = FILTERS.find((value) => value === requested) ?? "open";
  const calls = useApi<ItemList<OpenCall>>(`/api/calls?status=${filter}`);
  const items = calls.data?.items;
  const labels: Record<CallFilter, string> = {
    open: t("calls.filterOpen"),
    closed: t("calls.filterClosed"),
    all: t("calls.filterAll"),
  };

  return (
    <>
      <PageHeading title={t("calls.title")} />
      <p className="font-lead">{t("calls.intro")}</p>
      {me === null ? (
        <p>
          {t("calls.companyHint")}{" "}
          <Link to={`/login?next=${encodeURIComponent("/opslag")}`}>{t("calls.loginLink")}</Link>
          {" · "}
          {t("calls.signupHint")} <Link to="/opret-virksomhedskonto">{t("calls.signupLink")}</Link>
        </p>
      ) : null}
      <nav className="tab-container calls-filter" aria-label={t("calls.filterLabel")}>
        <ul className="tab-list">
          {FILTERS.map((value) => (
            <li key={value}>
              <Link
                to={value === "open" ? "/opslag" : `/opslag?status=${value}`}
                className="tab-button"
                aria-current={value === filter ? "page" : undefined}
              >
                <span>{labels[value]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="results-status" role="status">
        {items ? t("calls.count", { count: items.length }) : ""}
      </p>
      {calls.error ? <ErrorState error={calls.error} onRetry={calls.reload} /> : null}
      {calls.isLoading && !items ? <Loading label={t("calls.loading")} /> : null}
      {items && items.length === 0 ? (
        <p className="empty-state">{filter === "closed" ? t("calls.emptyClosed") : t("calls.empty")}</p>
      ) : null}
      {items && items.length > 0 ? (
        <ul className="call-list" aria-label={t("calls.listLabel")}>
          {items.map((call) => (
            <li key={call.id}>
              <CallCard call={call} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
