import { useState } from "react";
import { useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { Alert } from "../../../components/alert.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { FeedbackForm } from "../components/feedback-form.js";
import { FeedbackReceiptView } from "../components/feedback-receipt-view.js";
import { FeedbackTestFacts } from "../components/feedback-test-facts.js";
import type { FeedbackReceipt, PublicFeedbackForm } from "../../../../domain/process/views.js";

/**
 * The public feedback form behind a link (no login): citizens, relatives or staff at a test.
 * The header's language switch changes the form too: the questions are fetched in that language.
 */
export function FeedbackPage() {
  const { t, i18n } = useTranslation("processes");
  const { token = "" } = useParams();
  const language = i18n.language === "en" ? "en" : currentLanguage();
  const isToken = token.length >= 20 && token.length <= 100;
  const { data, error, isLoading, reload } = useApi<PublicFeedbackForm>(
    isToken ? `/api/feedback/${encodeURIComponent(token)}?language=${language}` : null,
  );
  const [receipt, setReceipt] = useState<FeedbackReceipt | null>(null);
  const status = error instanceof ApiError ? error.status : isToken ? 0 : 404;

  if (receipt) {
    return <FeedbackReceiptView receipt={receipt} />;
  }
  return (
    <div className="feedback-page">
      <PageHeading title={data ? data.form.title : t("feedbackForm.title")} />
      {!data && isLoading ? <Loading /> : null}
      {status === 404 ? (
        <Alert variant="warning" heading={t("feedbackForm.unknownHeading")}>
          <p>{t("feedbackForm.unknownText")}</p>
        </Alert>
      ) : null}
      {status === 410 ? (
        <Alert variant="warning" heading={t("feedbackForm.expiredHeading")}>
          <p>{t("feedbackForm.expiredText")}</p>
        </Alert>
      ) : null}
      {error && status !== 404 && status !== 410 ? <ErrorState error={error} onRetry={reload} /> : null}
      {data && status !== 404 && status !== 410 ? (
        <>
          <p className="font-lead">{data.form.description}</p>
          <FeedbackTestFacts form={data} />
          <FeedbackForm
            token={token}
            form={data}
            onSent={(sent) => {
              setReceipt(sent);
              window.scrollTo(0, 0);
            }}
          />
        </>
      ) : null}
    </div>
  );
}
