import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/error-state.js";
import { Icon } from "../../../components/icon.js";
import { Loading } from "../../../components/loading.js";
import type { ApiState } from "../../../api/use-api.js";
import type { Offer } from "../../../../domain/calls-views.js";
import { OfferItem } from "./offer-item.js";

/** Every offer on the call (for the institution, agents and the programme manager), with search and CSV export. */
export function OffersSection({
  callId,
  offers,
  query,
  onSearch,
  chosenCompanyId,
}: {
  callId: string;
  offers: ApiState<{ items: Offer[]; total: number }>;
  query: string;
  onSearch: (query: string) => void;
  chosenCompanyId: string | null;
}) {
  const { t } = useTranslation("needs");
  const [text, setText] = useState(query);
  const items = offers.data?.items;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <section className="manager-section" aria-labelledby="offers-heading">
      <h2 className="h3" id="offers-heading">
        {t("offers.heading")}
      </h2>
      <p>{t("offers.intro")}</p>
      <div className="offers-tools">
        <form role="search" aria-label={t("offers.searchLabel")} onSubmit={submit} className="search-input-row">
          <label className="sr-only" htmlFor="offers-q">
            {t("offers.searchLabel")}
          </label>
          <input
            id="offers-q"
            type="search"
            className="form-input"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="button button-secondary">
            <Icon name="search" />
            {t("offers.search")}
          </button>
        </form>
        <a className="button button-secondary" href={`/api/calls/${callId}/offers/export`} download>
          <Icon name="download" />
          {t("offers.export")}
        </a>
      </div>
      <p className="results-status" role="status">
        {items ? t("offers.count", { count: items.length }) : ""}
      </p>
      {offers.error ? <ErrorState error={offers.error} onRetry={offers.reload} /> : null}
      {offers.isLoading && !items ? <Loading label={t("offers.loading")} /> : null}
      {items && items.length === 0 ? <p className="empty-state">{t("offers.empty")}</p> : null}
      {items && items.length > 0 ? (
        <ul className="offer-list">
          {items.map((offer) => (
            <li key={offer.id}>
              <OfferItem offer={offer} isChosen={offer.companyId === chosenCompanyId} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
