import { useTranslation } from "react-i18next";
import { FOLLOW_UP_LABELS, FOLLOW_UP_OUTCOMES } from "../../../../domain/seminars/survey-definitions.js";
import type { SeminarSurveyResults } from "../../../../domain/seminars/survey-views.js";
import { useApi } from "../../../api/use-api.js";
import { useLanguage } from "../shared.js";

/** The report's evaluation and follow-up figures: how many were asked and answered, and what they said. */
export function SurveyResults({ seminarId }: { seminarId: string }) {
  const { t } = useTranslation("seminars");
  const language = useLanguage();
  const results = useApi<SeminarSurveyResults>(`/api/seminars/${seminarId}/survey-results`);
  const data = results.data;
  if (!data) {
    return null;
  }
  const { evaluation, followUp } = data;
  return (
    <>
      <h3 className="h4">{t("results.evaluationHeading")}</h3>
      <p>{t("results.answered", { answered: evaluation.responses, sent: evaluation.sent })}</p>
      {evaluation.responses > 0 ? (
        <dl className="seminar-facts">
          <dt>{t("results.overall")}</dt>
          <dd>{t("results.overallValue", { mean: evaluation.overallMean?.toLocaleString(language) })}</dd>
          <dt>{t("results.useful")}</dt>
          <dd>
            {t("results.usefulValue", {
              yes: evaluation.useful.yes,
              partly: evaluation.useful.partly,
              no: evaluation.useful.no,
            })}
          </dd>
        </dl>
      ) : null}
      {evaluation.improvements.length > 0 ? (
        <>
          <h4 className="h5">{t("results.improvements")}</h4>
          <ul>
            {evaluation.improvements.map((text, index) => (
              <li key={index}>{text}</li>
            ))}
          </ul>
        </>
      ) : null}
      {evaluation.comments.length > 0 ? (
        <>
          <h4 className="h5">{t("results.comments")}</h4>
          <ul>
            {evaluation.comments.map((text, index) => (
              <li key={index}>{text}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h3 className="h4">{t("results.followUpHeading")}</h3>
      <p>
        {followUp.sent === 0 && followUp.dueAt
          ? t("results.followUpDue", {
              date: new Intl.DateTimeFormat(language === "da" ? "da-DK" : "en-GB", { dateStyle: "long" }).format(
                new Date(followUp.dueAt),
              ),
            })
          : t("results.answered", { answered: followUp.responses, sent: followUp.sent })}
      </p>
      {followUp.responses > 0 ? (
        <div className="table--responsive-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("results.outcomeCol")}</th>
                <th scope="col">{t("results.countCol")}</th>
              </tr>
            </thead>
            <tbody>
              {FOLLOW_UP_OUTCOMES.map((outcome) => (
                <tr key={outcome}>
                  <th scope="row">{FOLLOW_UP_LABELS[outcome][language]}</th>
                  <td>{followUp.counts[outcome]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {followUp.organisations.length > 0 ? (
        <p>{t("results.organisations", { names: followUp.organisations.join(", ") })}</p>
      ) : null}
    </>
  );
}
