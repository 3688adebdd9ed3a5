import { Link, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { toQuery } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { useMe } from "../../../auth/auth-context.js";
import { isStaff } from "../../../auth/permissions.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { ListPageHeader } from "../../../components/list-page-header.js";
import { Pagination } from "../../../components/pagination.js";
import type { AssessmentPage } from "../../../../domain/assessment/views.js";
import { AssessmentTable } from "../components/assessment-table.js";
import { useIsOwnOrganisationPublic } from "../hooks/use-own-organisation-kind.js";

const PAGE_SIZE = 25;
const STATUSES = ["open", "closed"] as const;

function readStatus(value: string | null): (typeof STATUSES)[number] | undefined {
  return STATUSES.find((status) => status === value);
}

export function AssessmentsPage() {
  const { t } = useTranslation("assessments");
  const me = useMe();
  const isOwnPublic = useIsOwnOrganisationPublic(me);
  const [params, setParams] = useSearchParams();
  const status = readStatus(params.get("status"));
  const page = Math.max(1, Number(params.get("page")) || 1);
  const list = useApi<AssessmentPage>(`/api/assessments${toQuery({ status, page, pageSize: PAGE_SIZE })}`);
  const pageCount = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;
  const searchFor = (next: { status?: string; page?: number }) =>
    toQuery({ status: next.status, page: next.page && next.page > 1 ? next.page : undefined });

  return (
    <>
      <ListPageHeader
        title={t("list.title")}
        intro={isStaff(me) ? t("list.introStaff") : t("list.introMember")}
        create={isStaff(me) ? { to: "/vurderinger/ny", label: t("list.start") } : undefined}
      >
        {isStaff(me) ? (
          <Link to="/vurderinger/skabeloner" className="button button-secondary">
            {t("list.templates")}
          </Link>
        ) : null}
      </ListPageHeader>

      {isOwnPublic === false ? null : (
        <div className="form-group assessment-filter">
          <label className="form-label" htmlFor="status-filter">
            {t("list.filterStatus")}
          </label>
          <select
            id="status-filter"
            className="form-select"
            value={status ?? ""}
            onChange={(event) => setParams(searchFor({ status: event.target.value }))}
          >
            <option value="">{t("list.allStatuses")}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`list.statusOption.${value}`)}
              </option>
            ))}
          </select>
        </div>
      )}

      <h2 id="assessments-heading" className="h3" tabIndex={-1}>
        {t("list.results")}
      </h2>
      <p className="results-status" role="status">
        {list.data
          ? list.data.total === 0
            ? ""
            : t("list.count", { count: list.data.total, page: list.data.page, pages: pageCount })
          : ""}
      </p>
      {list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
      {list.isLoading && !list.data ? <Loading label={t("list.loading")} /> : null}
      {list.data && list.data.items.length === 0 && !list.error ? (
        <div className="empty-state">
          <p>
            {status
              ? t("list.emptyFiltered")
              : isStaff(me)
                ? t("list.emptyStaff")
                : isOwnPublic === false
                  ? t("list.notPublic", { organisation: me.organisationName ?? "" })
                  : t("list.emptyMember")}
          </p>
        </div>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <div className={list.isLoading ? "loading-dimmed" : undefined} aria-busy={list.isLoading || undefined}>
          <AssessmentTable items={list.data.items} labelledBy="assessments-heading" />
          <Pagination
            page={list.data.page}
            pageCount={pageCount}
            hrefFor={(target) => `/vurderinger${searchFor({ status, page: target })}`}
            onNavigate={(target) => {
              setParams(searchFor({ status, page: target }));
              document.getElementById("assessments-heading")?.focus();
            }}
          />
        </div>
      ) : null}
    </>
  );
}
