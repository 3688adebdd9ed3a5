import { useTranslation } from "react-i18next";
import { formatDate } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { PublicFeedbackForm } from "../../../../domain/process/views.js";

/** What is being tested, where and when, and which group the respondent answers as. */
export function FeedbackTestFacts({ form }: { form: PublicFeedbackForm }) {
  const { t } = useTranslation("processes");
  const language = currentLanguage();
  return (
    <div className="feedback-test-facts">
      <dl>
        <dt>{t("feedbackForm.what")}</dt>
        <dd>{form.test.what}</dd>
        {form.test.site ? (
          <>
            <dt>{t("feedbackForm.where")}</dt>
            <dd>{form.test.site}</dd>
          </>
        ) : null}
        <dt>{t("feedbackForm.when")}</dt>
        <dd>
          {formatDate(form.test.startsOn, language)} – {formatDate(form.test.endsOn, language)}
        </dd>
        <dt>{t("feedbackForm.youAnswerAs")}</dt>
        <dd>{form.form.audience.label}</dd>
      </dl>
    </div>
  );
}
