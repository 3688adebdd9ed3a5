import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { useApi } from "../../../api/use-api.js";
import { useMe } from "../../../auth/auth-context.js";
import { isStaff } from "../../../auth/permissions.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { ListPageHeader } from "../../../components/list-page-header.js";
import { Pagination } from "../../../components/pagination.js";
import type { NeedPage } from "../../../../domain/needs-views.js";
import { NeedBoard } from "../components/need-board.js";
import { NeedFiltersForm } from "../components/need-filters.js";
import { NeedTable } from "../components/need-table.js";
import { ReverseMatchPicker } from "../components/reverse-match-picker.js";
import { ViewToggle } from "../../../components/view-toggle.js";
import {
  hasNeedFilters,
  needApiPath,
  needSearch,
  parseStatuses,
  readNeedFilters,
  readNeedPage,
  readNeedView,
  type NeedFilters,
  type NeedView,
} from "../need-query.js";
import { useOwnOrganisation } from "../use-own-organisation.js";

export function NeedsPage() {
  const { t } = useTranslation("needs");
  const me = useMe();
  const own = useOwnOrganisation();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readNeedFilters(searchParams);
  const view = readNeedView(searchParams);
  const page = readNeedPage(searchParams);
  const list = useApi<NeedPage>(needApiPath(filters, view, page));
  const staff = isStaff(me);
  const canCreate = staff || own.isPublic;
  /** A company or knowledge institution member: needs reach them through the open calls. */
  const isOutsider = !staff && own.isKnown && !own.isPublic;

  const apply = (next: NeedFilters) => setSearchParams(needSearch(next, { view }));
  const changeView = (next: NeedView) => setSearchParams(needSearch(filters, { view: next }));
  const goToPage = (target: number) => {
    setSearchParams(needSearch(filters, { view, page: target }));
    document.getElementById("needs-results-heading")?.focus();
  };
  const data = list.data;
  // An inexact total (over 1,000) always leaves one more page reachable.
  const pageCount = data ? Math.max(1, Math.ceil((data.total + (data.isTotalExact ? 0 : 1)) / data.pageSize)) : 1;
  const filtered = hasNeedFilters(filters);

  const status = !data
    ? ""
    : data.total === 0
      ? t("list.noneFound")
      : view === "board"
        ? t("list.boardCount", { count: data.total })
        : data.isTotalExact
          ? t("list.count", { count: data.total, page: data.page, pages: pageCount })
          : t("list.countOver", { count: data.total, page: data.page });

  return (
    <>
      <ListPageHeader
        title={t("list.title")}
        intro={t("list.intro")}
        create={canCreate ? { to: "/behov/ny", label: t("list.create") } : undefined}
      />

      <NeedFiltersForm
        initial={filters}
        onApply={apply}
        onReset={() => navigate(view === "board" ? "/behov?visning=tavle" : "/behov")}
      />

      <div className="needs-results-bar">
        <h2 id="needs-results-heading" tabIndex={-1} className="h3">
          {t("list.results")}
        </h2>
        <ViewToggle
          view={view}
          onChange={changeView}
          texts={{ group: t("list.viewLabel"), list: t("list.viewList"), board: t("list.viewBoard") }}
        />
      </div>
      <p className="results-status" role="status">
        {status}
      </p>

      {list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
      {list.isLoading && !data ? <Loading label={t("list.loading")} /> : null}
      {data && data.items.length === 0 && !list.error ? (
        <div className="empty-state">
          {isOutsider ? (
            <>
              <p>{t("list.emptyMember")}</p>
              <Link to="/opslag" className="button button-secondary">
                {t("list.toCalls")}
              </Link>
            </>
          ) : filtered ? (
            <>
              <p>{t("list.emptyFiltered")}</p>
              <Link to="/behov" className="button button-secondary">
                {t("list.resetFilters")}
              </Link>
            </>
          ) : (
            <p>{t("list.empty")}</p>
          )}
        </div>
      ) : null}
      {data && data.items.length > 0 ? (
        <div className={list.isLoading ? "loading-dimmed" : undefined} aria-busy={list.isLoading || undefined}>
          {view === "board" ? (
            <>
              {data.total > data.items.length ? (
                <p className="form-hint">{t("list.boardTruncated", { shown: data.items.length, total: data.total })}</p>
              ) : null}
              <NeedBoard items={data.items} statuses={parseStatuses(filters.status)} onChanged={list.reload} />
            </>
          ) : (
            <>
              <NeedTable items={data.items} />
              <Pagination
                page={data.page}
                pageCount={pageCount}
                hrefFor={(target) => `/behov?${needSearch(filters, { page: target }).toString()}`}
                onNavigate={goToPage}
              />
            </>
          )}
        </div>
      ) : null}

      {staff ? <ReverseMatchPicker /> : null}
    </>
  );
}
