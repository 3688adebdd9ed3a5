import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { Competence } from "../../../../domain/competence.js";
import type { OrganisationPage } from "../../../../domain/organisation.js";
import { useApi } from "../../../api/use-api.js";
import { useMe } from "../../../auth/auth-context.js";
import { isStaff } from "../../../auth/permissions.js";
import { ErrorState } from "../../../components/error-state.js";
import { Icon } from "../../../components/icon.js";
import { Loading } from "../../../components/loading.js";
import type { ItemList } from "../../../../domain/list-views.js";
import { OrganisationFilters } from "../components/organisation-filters.js";
import { OrganisationTable } from "../components/organisation-table.js";
import { ListPageHeader } from "../../../components/list-page-header.js";
import { Pagination } from "../../../components/pagination.js";
import { readPage } from "../../../components/page-window.js";
import { filterSearch, hasFilters, PAGE_SIZE, readFilters, type Filters } from "../organisation-query.js";

export function OrganisationsPage() {
  const { t } = useTranslation(["translation", "organisations"]);
  const me = useMe();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  const page = readPage(searchParams);
  const apiQuery = filterSearch(filters, { page, pageSize: PAGE_SIZE }).toString();
  const list = useApi<OrganisationPage>(`/api/organisations?${apiQuery}`);
  const competences = useApi<ItemList<Competence>>("/api/competences");

  const apply = (next: Filters) => setSearchParams(filterSearch(next));
  const goToPage = (target: number) => {
    setSearchParams(filterSearch(filters, target > 1 ? { page: target } : {}));
    document.getElementById("results-heading")?.focus();
  };
  // A capped total ("over 1,000") means at least one more organisation: the page after it exists.
  const pageCount = list.data
    ? Math.max(1, Math.ceil((list.data.total + (list.data.isTotalExact ? 0 : 1)) / list.data.pageSize))
    : 1;

  return (
    <>
      <ListPageHeader
        title={t("organisations:organisations.title")}
        intro={t("organisations:organisations.intro")}
        create={isStaff(me) ? { to: "/organisationer/ny", label: t("organisations:organisations.create") } : undefined}
      >
        {isStaff(me) ? (
          <Link to="/organisationer/import" className="button button-secondary">
            <Icon name="upload" />
            {t("organisations:organisations.import")}
          </Link>
        ) : null}
      </ListPageHeader>

      <OrganisationFilters
        initial={filters}
        competences={competences.data?.items ?? []}
        onApply={apply}
        onReset={() => navigate("/organisationer")}
      />

      <h2 id="results-heading" tabIndex={-1} className="h3">
        {t("organisations:organisations.results")}
      </h2>
      <p className="results-status" role="status">
        {list.data
          ? list.data.total === 0
            ? t("organisations:organisations.noneFound")
            : list.data.isTotalExact
              ? t("organisations:organisations.count", {
                  count: list.data.total,
                  page: list.data.page,
                  pages: pageCount,
                })
              : t("organisations:organisations.countOver", { count: list.data.total, page: list.data.page })
          : ""}
      </p>

      {list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
      {list.isLoading && !list.data ? <Loading label={t("organisations:organisations.loading")} /> : null}
      {list.data && list.data.items.length === 0 && !list.error ? (
        <div className="empty-state">
          <p>
            {hasFilters(filters)
              ? t("organisations:organisations.emptyFiltered")
              : t("organisations:organisations.empty")}
          </p>
          {hasFilters(filters) ? (
            <Link to="/organisationer" className="button button-secondary">
              {t("organisations:organisations.resetFilters")}
            </Link>
          ) : null}
        </div>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <div className={list.isLoading ? "loading-dimmed" : undefined} aria-busy={list.isLoading || undefined}>
          <OrganisationTable items={list.data.items} />
          <Pagination
            page={list.data.page}
            pageCount={pageCount}
            hrefFor={(target) =>
              `/organisationer?${filterSearch(filters, target > 1 ? { page: target } : {}).toString()}`
            }
            onNavigate={goToPage}
          />
        </div>
      ) : null}

      <section className="export-section" aria-labelledby="export-heading">
        <h2 id="export-heading" className="h4">
          {t("organisations:organisations.exportHeading")}
        </h2>
        <p>{t("organisations:organisations.exportText")}</p>
        <div className="button-group">
          <a
            className="button button-secondary"
            href={`/api/organisations/export?${filterSearch(filters, { format: "xlsx" }).toString()}`}
            download
          >
            <Icon name="file-excel" />
            {t("organisations:organisations.exportXlsx")}
          </a>
          <a
            className="button button-secondary"
            href={`/api/organisations/export?${filterSearch(filters, { format: "csv" }).toString()}`}
            download
          >
            <Icon name="download" />
            {t("organisations:organisations.exportCsv")}
          </a>
        </div>
      </section>
    </>
  );
}
