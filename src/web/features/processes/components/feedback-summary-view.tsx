import { useTranslation } from "react-i18next";
import { FEEDBACK_AUDIENCES } from "../../../../domain/living-lab/feedback.js";
import type { TestFeedback } from "../../../../domain/process/views.js";
import { FeedbackChoiceTable } from "./feedback-choice-table.js";
import { FeedbackComments } from "./feedback-comments.js";
import { FeedbackScaleTable } from "./feedback-scale-table.js";

/** How many answered (per group), the scale means, «continue?» and the comments — never names. */
export function FeedbackSummaryView({ feedback, planId }: { feedback: TestFeedback; planId: string }) {
  const { t } = useTranslation("processes");
  const { summary, links } = feedback;
  return (
    <div className="feedback-summary">
      <h5>{t("feedback.summaryHeading")}</h5>
      <p>{t("feedback.summaryIntro")}</p>
      <dl className="feedback-counts">
        <div>
          <dt>{t("feedback.responses")}</dt>
          <dd data-testid={`feedback-responses-${planId}`}>{summary.responses}</dd>
        </div>
        {FEEDBACK_AUDIENCES.map((audience) => (
          <div key={audience}>
            <dt>{t(`feedback.audiences.${audience}`)}</dt>
            <dd>{summary.byAudience[audience] ?? 0}</dd>
          </div>
        ))}
        <div>
          <dt>{t("feedback.anonymous")}</dt>
          <dd>{summary.anonymous}</dd>
        </div>
      </dl>
      <p className="form-hint">{t("feedback.linkCount", { count: links.length })}</p>
      {summary.responses === 0 ? (
        <div className="empty-state">
          <p>{links.length === 0 ? t("feedback.emptyNoLinks") : t("feedback.emptyWaiting")}</p>
        </div>
      ) : (
        <>
          <FeedbackScaleTable scales={summary.scales} />
          <FeedbackChoiceTable choices={summary.choices} />
          <FeedbackComments texts={summary.texts} />
        </>
      )}
    </div>
  );
}
