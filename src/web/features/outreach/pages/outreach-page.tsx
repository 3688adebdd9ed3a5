import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import type { OutreachList } from "../../../../domain/outreach/views.js";
import { toQuery } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { ContactList } from "./contact-list.js";

/** The log: the caller's own contacts, those due for follow-up, or one organisation's (`?organisationId=`). */
export function OutreachPage() {
  const { t } = useTranslation("outreach");
  const [params] = useSearchParams();
  const organisationId = params.get("organisationId") ?? undefined;
  const due = params.get("due") === "true";
  const query = { organisationId, due: due ? "true" : undefined, mine: organisationId ? undefined : "true" };
  const path = `/api/outreach${toQuery(query)}`;
  const { data, error, isLoading, reload } = useApi<OutreachList>(path);
  const title = organisationId ? t("organisationTitle") : due ? t("dueTitle") : t("title");
  return (
    <>
      <PageHeading title={title} />
      <p className="font-lead">{t("intro")}</p>
      <div className="button-group page-actions">
        <Link
          className="button button-primary"
          to={`/kontaktlog/ny${organisationId ? `?organisationId=${organisationId}` : ""}`}
        >
          {t("create")}
        </Link>
        {due || organisationId ? (
          <Link className="button button-secondary" to="/kontaktlog">
            {t("showMine")}
          </Link>
        ) : (
          <Link className="button button-secondary" to="/kontaktlog?due=true">
            {t("showDue")}
          </Link>
        )}
      </div>
      {error ? <ErrorState error={error} onRetry={reload} /> : null}
      {isLoading && !data ? <Loading /> : null}
      {data && data.items.length === 0 ? (
        <div className="empty-state">
          <p>{due ? t("emptyDue") : t("empty")}</p>
        </div>
      ) : null}
      {data && data.items.length > 0 ? <ContactList items={data.items} /> : null}
    </>
  );
}
