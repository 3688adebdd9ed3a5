import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../../../components/alert.js";
import { formatDateTime } from "../../../components/format.js";
import { PageHeading } from "../../../components/page-heading.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { Receipt } from "../../../../domain/assessment/views.js";

/** After submitting (or opening a link that was used): the receipt, the same every time. */
export function RespondReceipt({
  receipt,
  organisationName,
  isFresh,
}: {
  receipt: Receipt;
  organisationName: string;
  isFresh: boolean;
}) {
  const { t } = useTranslation("assessments");
  const language = currentLanguage();
  // Submitting replaces the form on the same address: move focus to the new heading.
  useEffect(() => {
    if (isFresh) {
      document.querySelector<HTMLElement>("main h1")?.focus();
    }
  }, [isFresh]);
  return (
    <div className="respond-page">
      <PageHeading title={t("respond.receiptTitle")} />
      <Alert
        variant="success"
        heading={isFresh ? t("respond.receiptHeading") : t("respond.alreadyHeading")}
        live={isFresh}
      >
        <p>
          {t("respond.receiptText", {
            organisation: organisationName,
            date: formatDateTime(receipt.submittedAt, language),
          })}
        </p>
      </Alert>
      <dl className="respond-receipt">
        <dt>{t("respond.reference")}</dt>
        <dd>
          <strong className="respond-reference">{receipt.reference}</strong>
        </dd>
        <dt>{t("respond.answeredLabel")}</dt>
        <dd>{t("respond.answeredOf", { answered: receipt.answered, total: receipt.total })}</dd>
      </dl>
      <p>{t("respond.receiptNext")}</p>
    </div>
  );
}
