import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../../api/use-api.js";
import { Alert } from "../../../components/alert.js";
import { ErrorState } from "../../../components/error-state.js";
import { formatDateTime } from "../../../components/format.js";
import { Loading } from "../../../components/loading.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { Offer, OpenCallDetail } from "../../../../domain/calls-views.js";
import { AttachmentList } from "./attachment-list.js";
import { AttachmentUpload } from "./attachment-upload.js";
import { OfferForm } from "./offer-form.js";

/**
 * A bidder's own offer (a company's or a knowledge institution's): give it, change it until the deadline,
 * attach files.
 */
export function CompanyOfferSection({ call, onChanged }: { call: OpenCallDetail; onChanged: () => void }) {
  const { t } = useTranslation("needs");
  const language = currentLanguage();
  const offerId = call.myOfferId ?? null;
  const offer = useApi<Offer>(offerId ? `/api/offers/${offerId}` : null);
  const [notice, setNotice] = useState<string | null>(null);
  const [attachmentsVersion, setAttachmentsVersion] = useState(0);
  const existing = offerId && offer.data?.id === offerId ? offer.data : null;
  const isOpen = call.isOpenForOffers;

  return (
    <section className="offer-section" aria-labelledby="offer-heading">
      <h2 className="h3" id="offer-heading" tabIndex={-1}>
        {!isOpen ? t("offer.heading") : offerId ? t("offer.editHeading") : t("offer.newHeading")}
      </h2>
      {isOpen ? (
        <p>{t("offer.intro")}</p>
      ) : (
        <p>{call.status === "closed" ? t("callDetail.closedNote") : t("callDetail.deadlineNote")}</p>
      )}
      <div aria-live="polite">
        {notice ? (
          <Alert variant="success">
            <p>{notice}</p>
          </Alert>
        ) : null}
      </div>
      {offer.error ? <ErrorState error={offer.error} onRetry={offer.reload} /> : null}
      {offerId && !existing && !offer.error ? <Loading label={t("offer.loading")} /> : null}
      {existing ? (
        <p className="text-muted">
          {t("offer.submittedAt", {
            date: formatDateTime(existing.submittedAt, language),
            who: existing.submittedBy ?? "",
          })}
          {existing.updatedAt !== existing.submittedAt
            ? `, ${t("offer.updatedAt", { date: formatDateTime(existing.updatedAt, language) })}`
            : ""}
        </p>
      ) : null}
      {isOpen && (!offerId || existing) ? (
        <OfferForm
          key={existing?.updatedAt ?? "new"}
          callId={call.id}
          existing={existing}
          onSaved={(isNew) => {
            setNotice(isNew ? t("offer.submittedNotice") : t("offer.updatedNotice"));
            document.getElementById("offer-heading")?.focus();
            if (isNew) {
              onChanged();
            } else {
              offer.reload();
            }
          }}
        />
      ) : null}
      {!isOpen && existing ? (
        <div className="offer-readonly">
          <p>{t("offer.readOnly")}</p>
          <p className="pre-line">{existing.solutionText}</p>
          <p>
            <strong>{t("offer.price")}:</strong> {existing.priceIndication || t("offer.noPrice")}
          </p>
        </div>
      ) : null}
      {existing ? (
        <section aria-labelledby="attachments-heading">
          <h3 className="h4" id="attachments-heading">
            {t("attachments.heading")}
          </h3>
          <AttachmentList key={attachmentsVersion} offerId={existing.id} companyName={existing.companyName} />
          {isOpen ? (
            <AttachmentUpload offerId={existing.id} onUploaded={() => setAttachmentsVersion((value) => value + 1)} />
          ) : null}
        </section>
      ) : null}
    </section>
  );
}
