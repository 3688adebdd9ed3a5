import { useTranslation } from "react-i18next";
import {
  FEEDBACK_AUDIENCES,
  LIVING_LAB_FEEDBACK,
  type FeedbackSummary,
} from "../../../../domain/living-lab/feedback.js";
import { indexQuestions, localize } from "../../../../domain/questionnaire/index.js";
import { formatNumber } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";

const QUESTIONS = indexQuestions(LIVING_LAB_FEEDBACK);

/** The scale questions as 0–100 (0 = «helt uenig», 100 = «helt enig») per group and overall. */
export function FeedbackScaleTable({ scales }: { scales: FeedbackSummary["scales"] }) {
  const { t } = useTranslation("processes");
  const language = currentLanguage();
  const cell = (value: number | null | undefined) => {
    if (value === undefined) {
      return <span className="feedback-none">{t("feedback.notAsked")}</span>;
    }
    if (value === null) {
      return <span className="feedback-none">{t("feedback.noAnswers")}</span>;
    }
    return formatNumber(value, language);
  };
  return (
    <>
      <p className="feedback-table-title" id="feedback-scale-title">
        {t("feedback.scaleCaption")}
      </p>
      <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="feedback-scale-title">
        <table className="table table--compact feedback-table">
          <caption className="sr-only">{t("feedback.scaleCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("feedback.question")}</th>
              {FEEDBACK_AUDIENCES.map((audience) => (
                <th scope="col" key={audience} className="text-align-right">
                  {t(`feedback.audiences.${audience}`)}
                </th>
              ))}
              <th scope="col" className="text-align-right">
                {t("feedback.overall")}
              </th>
            </tr>
          </thead>
          <tbody>
            {scales.map((scale) => {
              const question = QUESTIONS.get(scale.questionKey)?.question;
              return (
                <tr key={scale.questionKey}>
                  <th scope="row">{question ? localize(question.text, language) : scale.questionKey}</th>
                  {FEEDBACK_AUDIENCES.map((audience) => (
                    <td key={audience} className="text-align-right">
                      {cell(scale.byAudience[audience])}
                    </td>
                  ))}
                  <td className="text-align-right">
                    <strong>{cell(scale.overall)}</strong>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
