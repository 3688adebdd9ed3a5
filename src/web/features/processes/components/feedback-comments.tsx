import { useTranslation } from "react-i18next";
import {
  FEEDBACK_AUDIENCES,
  LIVING_LAB_FEEDBACK,
  type FeedbackSummary,
} from "../../../../domain/living-lab/feedback.js";
import { listQuestions, localize } from "../../../../domain/questionnaire/index.js";
import { currentLanguage } from "../../../i18n/i18n.js";

const TEXT_QUESTIONS = listQuestions(LIVING_LAB_FEEDBACK).filter(({ question }) => question.type === "text");

/** The comments, grouped by question, each marked with the group who wrote it — no names. */
export function FeedbackComments({ texts }: { texts: FeedbackSummary["texts"] }) {
  const { t } = useTranslation("processes");
  const language = currentLanguage();
  const audienceLabel = (audience: string) => {
    const known = FEEDBACK_AUDIENCES.find((key) => key === audience);
    return known ? t(`feedback.audienceSingular.${known}`) : audience;
  };
  const items = texts.flatMap((section) => section.items);
  return (
    <>
      <h6 className="h5">{t("feedback.commentsHeading")}</h6>
      {items.length === 0 ? <p>{t("feedback.noComments")}</p> : null}
      {TEXT_QUESTIONS.map(({ question }) => {
        const answers = items.filter((item) => item.questionKey === question.key);
        if (answers.length === 0) {
          return null;
        }
        return (
          <div key={question.key} className="feedback-comment-group">
            <p className="feedback-comment-question">
              <strong>{localize(question.text, language)}</strong> ({answers.length})
            </p>
            <ul className="feedback-comment-list">
              {answers.map((answer, index) => (
                <li key={`${answer.audience}-${index}`}>
                  <span className="feedback-comment-audience">{audienceLabel(answer.audience)}:</span>{" "}
                  <span className="process-multiline">{answer.text}</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}
