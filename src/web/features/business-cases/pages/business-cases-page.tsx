import { Link, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { BusinessCasePage } from "../../../../domain/business-case/views.js";
import { toQuery } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { useMe } from "../../../auth/auth-context.js";
import { isStaff } from "../../../auth/permissions.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { ListPageHeader } from "../../../components/list-page-header.js";
import { Pagination } from "../../../components/pagination.js";
import { CaseTable } from "../components/case-table.js";
import { useOwnParty } from "../hooks/use-own-party.js";

const PAGE_SIZE = 25;

function readPage(params: URLSearchParams): number {
  const page = Number(params.get("side"));
  return Number.isInteger(page) && page > 1 ? page : 1;
}

/** The business cases the reader is a party to (all of them for agents and the programme manager). */
export function BusinessCasesPage() {
  const { t } = useTranslation("businessCases");
  const me = useMe();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = readPage(searchParams);
  const list = useApi<BusinessCasePage>(`/api/business-cases${toQuery({ page, pageSize: PAGE_SIZE })}`);
  const pageCount = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;
  const canCreate = useOwnParty(me).side !== "none";
  const goToPage = (target: number) => {
    setSearchParams(target > 1 ? { side: String(target) } : {});
    document.getElementById("results-heading")?.focus();
  };

  return (
    <>
      <ListPageHeader
        title={t("list.title")}
        intro={t("list.intro")}
        create={canCreate ? { to: "/business-cases/ny", label: t("list.create") } : undefined}
      />
      <h2 id="results-heading" tabIndex={-1} className="h3">
        {isStaff(me) ? t("list.headingStaff") : t("list.heading")}
      </h2>
      <p className="results-status" role="status">
        {list.data && list.data.total > 0
          ? t("list.count", { count: list.data.total, page: list.data.page, pages: pageCount })
          : ""}
      </p>
      {list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
      {list.isLoading && !list.data ? <Loading label={t("list.loading")} /> : null}
      {list.data && list.data.items.length === 0 && !list.error ? (
        <div className="empty-state">
          <p>{isStaff(me) ? t("list.empty") : t("list.emptyMember")}</p>
          {canCreate ? (
            <Link to="/business-cases/ny" className="button button-secondary">
              {t("list.create")}
            </Link>
          ) : null}
        </div>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <div className={list.isLoading ? "loading-dimmed" : undefined} aria-busy={list.isLoading || undefined}>
          <CaseTable items={list.data.items} />
          <Pagination
            page={list.data.page}
            pageCount={pageCount}
            hrefFor={(target) => (target > 1 ? `/business-cases?side=${target}` : "/business-cases")}
            onNavigate={goToPage}
          />
        </div>
      ) : null}
    </>
  );
}
