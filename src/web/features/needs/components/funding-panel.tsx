import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { useApi } from "../../../api/use-api.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import type { NeedFunding } from "../../../../domain/funding-views.js";
import { FundingMatchCard } from "./funding-match-card.js";

/** The funding programmes for a need, best fit first, expired ones last. */
export function FundingPanel({ needId }: { needId: string }) {
  const { t } = useTranslation("needs");
  const funding = useApi<NeedFunding>(`/api/needs/${needId}/funding`);
  const items = funding.data?.items;
  return (
    <>
      <h2 className="h3 mt-0">{t("funding.heading")}</h2>
      <p>{t("funding.intro")}</p>
      {funding.error ? <ErrorState error={funding.error} onRetry={funding.reload} /> : null}
      {funding.isLoading && !items ? <Loading label={t("funding.loading")} /> : null}
      {items && items.length === 0 ? <p className="empty-state">{t("funding.empty")}</p> : null}
      {items && items.length > 0 ? (
        <ul className="programme-list programme-grid no-max-width">
          {items.map((item) => (
            <li key={item.id}>
              <FundingMatchCard item={item} budgetDkk={funding.data?.context.budgetDkk ?? null} />
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link to="/finansiering">{t("funding.catalogueLink")}</Link>
      </p>
    </>
  );
}
