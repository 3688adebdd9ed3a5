import { useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { useMe } from "../../../auth/auth-context.js";
import { isStaff } from "../../../auth/permissions.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { ListPageHeader } from "../../../components/list-page-header.js";
import { BoardColumns } from "../components/board-columns.js";
import { BoardFilterForm } from "../components/board-filter-form.js";
import { BoardList } from "../components/board-list.js";
import { NotificationsLink } from "../components/notifications-link.js";
import { ViewToggle } from "../../../components/view-toggle.js";
import {
  hasFilters,
  readFilters,
  readView,
  toApiQuery,
  toPageSearch,
  type BoardFilters,
  type BoardView,
} from "../model/board-query.js";
import type { ProcessPage, ProcessSummary } from "../../../../domain/process/views.js";

/** Phones get the list unless the board was asked for: seven columns do not fit. */
function defaultView(): BoardView {
  return typeof window !== "undefined" && window.matchMedia("(max-width: 767px)").matches ? "list" : "board";
}

export function BoardPage() {
  const { t } = useTranslation("processes");
  const me = useMe();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  const chosenView = readView(searchParams);
  const view = chosenView ?? defaultView();
  const path = `/api/processes${toApiQuery(filters)}`;
  const list = useApi<ProcessPage>(path);
  // The newest processes the user may see, for the theme and organisation choices.
  const everything = useApi<ProcessPage>("/api/processes");
  // Pages after the first (the API answers 100 at a time), kept with the first page they continue.
  const [more, setMore] = useState<{ first: ProcessPage; items: ProcessSummary[]; nextCursor: string | null } | null>(
    null,
  );
  const [moreState, setMoreState] = useState<{ isLoading: boolean; error: unknown }>({ isLoading: false, error: null });
  const extra = list.data && more?.first === list.data ? more : null;
  const items = [...(list.data?.items ?? []), ...(extra?.items ?? [])];
  const nextCursor = extra ? extra.nextCursor : (list.data?.nextCursor ?? null);

  const showMore = () => {
    const first = list.data;
    if (!nextCursor || !first) {
      return;
    }
    setMoreState({ isLoading: true, error: null });
    const separator = path.includes("?") ? "&" : "?";
    api.get<ProcessPage>(`${path}${separator}cursor=${encodeURIComponent(nextCursor)}`).then(
      (page) => {
        setMore({ first, items: [...(extra?.items ?? []), ...page.items], nextCursor: page.nextCursor });
        setMoreState({ isLoading: false, error: null });
      },
      (error: unknown) => setMoreState({ isLoading: false, error }),
    );
  };

  const apply = (next: BoardFilters) => setSearchParams(toPageSearch(next, chosenView));
  const changeView = (next: BoardView) => setSearchParams(toPageSearch(filters, next), { replace: true });

  return (
    <>
      <ListPageHeader
        title={t("board.title")}
        intro={t("board.intro")}
        create={isStaff(me) ? { to: "/forloeb/nyt", label: t("board.create") } : undefined}
      >
        <NotificationsLink />
      </ListPageHeader>

      <BoardFilterForm
        initial={filters}
        all={everything.data?.items ?? []}
        onApply={apply}
        onReset={() =>
          setSearchParams(toPageSearch({ q: "", theme: "", organisationId: "", status: "", kind: "" }, chosenView))
        }
      />

      <div className="process-results-bar">
        <div>
          <h2 id="results-heading" tabIndex={-1} className="h3 mt-0">
            {t("board.results")}
          </h2>
          <p className="results-status" role="status">
            {list.data
              ? items.length === 0
                ? t("board.noneFound")
                : t(nextCursor ? "board.countNewest" : "board.count", { count: items.length })
              : ""}
          </p>
        </div>
        <ViewToggle
          view={view}
          onChange={changeView}
          texts={{ group: t("board.viewLabel"), list: t("board.viewList"), board: t("board.viewBoard") }}
        />
      </div>

      {list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
      {list.isLoading && !list.data ? <Loading label={t("board.loading")} /> : null}
      {list.data && items.length === 0 && !list.error ? (
        <div className="empty-state">
          <p>
            {hasFilters(filters)
              ? t("board.emptyFiltered")
              : isStaff(me)
                ? t("board.emptyStaff")
                : t("board.emptyMember")}
          </p>
          {hasFilters(filters) ? (
            <Link to="/forloeb" className="button button-secondary">
              {t("board.resetFilters")}
            </Link>
          ) : null}
        </div>
      ) : null}
      {list.data && items.length > 0 ? (
        <div className={list.isLoading ? "loading-dimmed" : undefined} aria-busy={list.isLoading || undefined}>
          {view === "board" ? <BoardColumns items={items} /> : <BoardList items={items} />}
        </div>
      ) : null}
      {moreState.error ? <ErrorState error={moreState.error} onRetry={showMore} /> : null}
      {list.data && nextCursor ? (
        <p>
          <button
            type="button"
            className="button button-secondary"
            onClick={showMore}
            disabled={moreState.isLoading || list.isLoading}
          >
            {moreState.isLoading ? t("board.loading") : t("board.showMore")}
          </button>
        </p>
      ) : null}
    </>
  );
}
