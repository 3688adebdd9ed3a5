import { useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { useApi } from "../../../api/use-api.js";
import type { AuditPage } from "../../../../domain/audit-views.js";
import { AdminTabs } from "../components/admin-tabs.js";
import { AuditRow } from "../components/audit-row.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { Pagination } from "../../../components/pagination.js";
import { readPage } from "../../../components/page-window.js";

const PAGE_SIZE = 25;

export function AdminAuditPage() {
  const { t } = useTranslation(["translation", "admin"]);
  const [searchParams, setSearchParams] = useSearchParams();
  const page = readPage(searchParams);
  const audit = useApi<AuditPage>(`/api/audit?page=${page}&pageSize=${PAGE_SIZE}`);
  const pageCount = audit.data ? Math.max(1, Math.ceil(audit.data.total / audit.data.pageSize)) : 1;

  return (
    <>
      <PageHeading title={t("admin:audit.title")} />
      <AdminTabs />
      <p className="font-lead">{t("admin:audit.intro")}</p>
      {audit.data ? (
        <p role="status" id="audit-status" tabIndex={-1}>
          {t("admin:audit.count", { count: audit.data.total, page: audit.data.page, pages: pageCount })}
        </p>
      ) : null}
      {audit.error ? <ErrorState error={audit.error} onRetry={audit.reload} /> : null}
      {audit.isLoading && !audit.data ? <Loading /> : null}
      {audit.data && audit.data.total === 0 ? <p>{t("admin:audit.empty")}</p> : null}
      {audit.data && audit.data.total > 0 ? (
        <div className={audit.isLoading ? "loading-dimmed" : undefined}>
          <div
            className="table--responsive-scroll"
            tabIndex={0}
            role="region"
            aria-label={t("admin:audit.tableCaption")}
          >
            <table className="table audit-table">
              <caption className="sr-only">{t("admin:audit.tableCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("admin:audit.time")}</th>
                  <th scope="col">{t("admin:audit.who")}</th>
                  <th scope="col">{t("admin:audit.entity")}</th>
                  <th scope="col">{t("admin:audit.action")}</th>
                  <th scope="col">{t("admin:audit.changes")}</th>
                </tr>
              </thead>
              <tbody>
                {audit.data.items.map((entry) => (
                  <AuditRow key={entry.id} entry={entry} />
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={audit.data.page}
            pageCount={pageCount}
            hrefFor={(target) => (target > 1 ? `/admin/log?page=${target}` : "/admin/log")}
            onNavigate={(target) => {
              setSearchParams(target > 1 ? { page: String(target) } : {});
              document.getElementById("audit-status")?.focus();
            }}
          />
        </div>
      ) : null}
    </>
  );
}
