import { useTranslation } from "react-i18next";
import { useApi } from "../../../api/use-api.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import type { TestFeedback } from "../../../../domain/process/views.js";
import { FeedbackLinkCreator } from "./feedback-link-creator.js";
import { FeedbackSummaryView } from "./feedback-summary-view.js";

/** Living-lab feedback of one test: links per group and the summary the evaluation gate uses. */
export function TestPlanFeedback({ processId, planId, what }: { processId: string; planId: string; what: string }) {
  const { t } = useTranslation("processes");
  const { data, error, isLoading, reload } = useApi<TestFeedback>(
    `/api/processes/${processId}/test-plans/${planId}/feedback`,
  );
  const headingId = `feedback-heading-${planId}`;
  return (
    <section className="test-plan-feedback" aria-labelledby={headingId}>
      <h4 id={headingId}>{t("feedback.heading", { what })}</h4>
      <details className="details">
        <summary className="details-summary">{t("feedback.linkHeading")}</summary>
        <div className="details-text">
          <FeedbackLinkCreator processId={processId} planId={planId} onCreated={reload} />
        </div>
      </details>
      {!data && isLoading ? <Loading /> : null}
      {error ? <ErrorState error={error} onRetry={reload} /> : null}
      {data ? <FeedbackSummaryView feedback={data} planId={planId} /> : null}
    </section>
  );
}
