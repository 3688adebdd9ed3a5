import { useTranslation } from "react-i18next";
import {
  FEEDBACK_AUDIENCES,
  LIVING_LAB_FEEDBACK,
  type FeedbackSummary,
} from "../../../../domain/living-lab/feedback.js";
import { indexQuestions, localize } from "../../../../domain/questionnaire/index.js";
import { currentLanguage } from "../../../i18n/i18n.js";

const QUESTIONS = indexQuestions(LIVING_LAB_FEEDBACK);

/** How many chose each option of the choice questions («Vil du fortsætte?»), per group and in all. */
export function FeedbackChoiceTable({ choices }: { choices: FeedbackSummary["choices"] }) {
  const { t } = useTranslation("processes");
  const language = currentLanguage();
  return (
    <>
      {choices.map((choice) => {
        const question = QUESTIONS.get(choice.questionKey)?.question;
        if (!question || (question.type !== "single" && question.type !== "multiple")) {
          return null;
        }
        return (
          <div key={choice.questionKey}>
            <p className="feedback-table-title" id={`feedback-choice-${choice.questionKey}`}>
              {localize(question.text, language)}
            </p>
            <div
              className="table--responsive-scroll"
              tabIndex={0}
              role="region"
              aria-labelledby={`feedback-choice-${choice.questionKey}`}
            >
              <table className="table table--compact feedback-table">
                <caption className="sr-only">{localize(question.text, language)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("feedback.answer")}</th>
                    {FEEDBACK_AUDIENCES.map((audience) => (
                      <th scope="col" key={audience} className="text-align-right">
                        {t(`feedback.audiences.${audience}`)}
                      </th>
                    ))}
                    <th scope="col" className="text-align-right">
                      {t("feedback.total")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {question.options.map((option) => {
                    const counts = FEEDBACK_AUDIENCES.map((audience) => choice.counts[audience]?.[option.key] ?? 0);
                    return (
                      <tr key={option.key}>
                        <th scope="row">{localize(option.label, language)}</th>
                        {counts.map((count, index) => (
                          <td key={FEEDBACK_AUDIENCES[index]} className="text-align-right">
                            {count}
                          </td>
                        ))}
                        <td className="text-align-right">
                          <strong>{counts.reduce((sum, count) => sum + count, 0)}</strong>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </div>
        );
      })}
    </>
  );
}
