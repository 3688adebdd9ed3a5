import { useTranslation } from "react-i18next";
import type { ResultsPayload } from "../../../../domain/assessment/views.js";

/** Answers to the choice questions: how many in each group chose each option. */
export function ChoicesSection({ results }: { results: ResultsPayload }) {
  const { t } = useTranslation("assessments");
  if (results.choices.length === 0) {
    return null;
  }
  const groupLabel = (key: string) => results.groups.find((group) => group.key === key)?.label ?? key;
  return (
    <section className="assessment-section" aria-labelledby="choices-heading">
      <h2 id="choices-heading">{t("results.choicesHeading")}</h2>
      {results.choices.map((choice) => {
        const groups = Object.keys(choice.respondents);
        const captionId = `choice-${choice.questionKey}`;
        return (
          <div key={choice.questionKey}>
            <p className="table-caption" id={captionId}>
              {choice.question}
            </p>
            <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
              <table className="table table--compact choice-table">
                <caption className="sr-only">{choice.question}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("results.option")}</th>
                    {groups.map((group) => (
                      <th scope="col" key={group} className="text-right">
                        {groupLabel(group)}
                        <span className="table-subtext">
                          {t("results.ofRespondents", { count: choice.respondents[group] })}
                        </span>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {choice.options.map((option) => (
                    <tr key={option.key}>
                      <th scope="row">{option.label}</th>
                      {groups.map((group) => (
                        <td key={group} className="text-right">
                          {option.counts[group] ?? 0}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        );
      })}
    </section>
  );
}
