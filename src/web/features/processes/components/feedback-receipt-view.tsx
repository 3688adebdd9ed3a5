import { useTranslation } from "react-i18next";
import { Alert } from "../../../components/alert.js";
import { formatDateTime } from "../../../components/format.js";
import { PageHeading } from "../../../components/page-heading.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { FeedbackReceipt } from "../../../../domain/process/views.js";

/** The thank-you page with the answer's reference; focus moves to its heading. */
export function FeedbackReceiptView({ receipt }: { receipt: FeedbackReceipt }) {
  const { t } = useTranslation("processes");
  return (
    <div className="feedback-page" ref={(element) => element?.querySelector<HTMLElement>("h1")?.focus()}>
      <PageHeading title={t("feedbackForm.thanksHeading")} />
      <Alert variant="success" heading={t("feedbackForm.receivedHeading")}>
        <p>{t("feedbackForm.receivedText", { date: formatDateTime(receipt.submittedAt, currentLanguage()) })}</p>
        <p>
          {t("feedbackForm.reference")} <strong className="feedback-reference">{receipt.reference}</strong>
        </p>
      </Alert>
      <p>{t("feedbackForm.thanksText")}</p>
    </div>
  );
}
