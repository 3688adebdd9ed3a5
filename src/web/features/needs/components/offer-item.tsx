import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { Offer } from "../../../../domain/calls-views.js";
import { AttachmentList } from "./attachment-list.js";

/** One offer as the institution sees it; attachments load when their list is opened. */
export function OfferItem({ offer, isChosen }: { offer: Offer; isChosen: boolean }) {
  const { t } = useTranslation("needs");
  const language = currentLanguage();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <article className="offer-item" aria-labelledby={`offer-${offer.id}`}>
      <h3 className="h4 offer-company" id={`offer-${offer.id}`}>
        {offer.companyName}
        {isChosen ? (
          <>
            {" "}
            <span className="badge badge-success">{t("offers.chosen")}</span>
          </>
        ) : null}
      </h3>
      <p className="text-muted">
        {t("offers.submitted", { date: formatDateTime(offer.updatedAt, language), who: offer.submittedBy ?? "" })}
      </p>
      <p className="pre-line">{offer.solutionText}</p>
      <p>
        <strong>{t("offer.price")}:</strong> {offer.priceIndication || t("offer.noPrice")}
      </p>
      {offer.attachmentCount > 0 ? (
        <details className="details offer-attachments" onToggle={(event) => setIsOpen(event.currentTarget.open)}>
          <summary className="details-summary">{t("attachments.show", { count: offer.attachmentCount })}</summary>
          <div className="details-text">
            {isOpen ? <AttachmentList offerId={offer.id} companyName={offer.companyName} /> : null}
          </div>
        </details>
      ) : (
        <p className="text-muted">{t("attachments.none")}</p>
      )}
    </article>
  );
}
