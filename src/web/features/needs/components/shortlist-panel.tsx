import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { ItemList } from "../../../../domain/list-views.js";
import { useApi } from "../../../api/use-api.js";
import { ErrorState } from "../../../components/error-state.js";
import { formatDateTime, formatNumber } from "../../../components/format.js";
import { Loading } from "../../../components/loading.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { ShortlistEntry } from "../../../../domain/matching-views.js";
import { kindLabel } from "../labels.js";

/** The decisions on partners: shortlisted first, then dismissed, each with its reason, who and when. */
export function ShortlistPanel({ needId }: { needId: string }) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const language = currentLanguage();
  const shortlist = useApi<ItemList<ShortlistEntry>>(`/api/needs/${needId}/shortlist`);
  const items = shortlist.data
    ? [...shortlist.data.items].sort(
        (a, b) => Number(a.decision === "dismissed") - Number(b.decision === "dismissed") || b.score - a.score,
      )
    : undefined;
  return (
    <>
      <h2 className="h3 mt-0" id="shortlist-heading">
        {t("shortlist.heading")}
      </h2>
      <p>{t("shortlist.intro")}</p>
      {shortlist.error ? <ErrorState error={shortlist.error} onRetry={shortlist.reload} /> : null}
      {shortlist.isLoading && !items ? <Loading label={t("shortlist.loading")} /> : null}
      {items && items.length === 0 ? <p className="empty-state">{t("shortlist.empty")}</p> : null}
      {items && items.length > 0 ? (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="shortlist-heading">
          <table className="table table--zebra shortlist-table">
            <caption className="sr-only">{t("shortlist.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("shortlist.partner")}</th>
                <th scope="col">{t("shortlist.decision")}</th>
                <th scope="col">{t("shortlist.reason")}</th>
                <th scope="col" className="text-right">
                  {t("shortlist.score")}
                </th>
                <th scope="col">{t("shortlist.decided")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((entry) => (
                <tr key={entry.organisationId}>
                  <th scope="row">
                    <Link to={`/organisationer/${entry.organisationId}`}>{entry.name}</Link>
                    <br />
                    <span className="text-muted">{kindLabel(tc, entry.kind)}</span>
                  </th>
                  <td>
                    <span className={entry.decision === "shortlisted" ? "badge badge-success" : "badge badge-warning"}>
                      {entry.decision === "shortlisted" ? t("partners.shortlisted") : t("partners.dismissed")}
                    </span>
                  </td>
                  <td>{entry.reason || <span className="text-muted">{t("shortlist.noReason")}</span>}</td>
                  <td className="text-right">{formatNumber(entry.score, language)}</td>
                  <td>
                    {entry.decidedBy ?? ""}
                    <br />
                    <span className="text-muted nowrap">{formatDateTime(entry.decidedAt, language)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
