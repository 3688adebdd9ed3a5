import { useTranslation } from "react-i18next";
import type { AssessmentTemplateDefinition } from "../../../../domain/assessment/index.js";
import type { Question } from "../../../../domain/questionnaire/index.js";
import { currentLanguage } from "../../../i18n/i18n.js";

function Answers({ question }: { question: Question }) {
  const { t } = useTranslation("assessments");
  const language = currentLanguage();
  switch (question.type) {
    case "scale":
      return (
        <>
          {question.labels.map((label, index) => `${index + 1} ${label[language]}`).join(" · ")}
          {question.allowDontKnow ? ` · ${t("templateView.dontKnow")}` : ""}
        </>
      );
    case "single":
    case "multiple":
      return <>{question.options.map((option) => option.label[language]).join(" · ")}</>;
    case "text":
      return <>{t("templateView.maxLength", { count: question.maxLength })}</>;
  }
}

/** A template's dimensions and their questions, read-only, in the reader's language. */
export function TemplateSections({ definition }: { definition: AssessmentTemplateDefinition }) {
  const { t } = useTranslation("assessments");
  const language = currentLanguage();
  const groupLabel = (key: string) =>
    definition.audiences.find((audience) => audience.key === key)?.label[language] ?? key;
  let number = 0;
  return (
    <>
      {definition.sections.map((section) => (
        <section key={section.key} className="assessment-section" aria-labelledby={`template-section-${section.key}`}>
          <h2 id={`template-section-${section.key}`} className="h3">
            {section.title[language]}
          </h2>
          {section.description?.[language] ? <p>{section.description[language]}</p> : null}
          <div
            className="table--responsive-scroll"
            tabIndex={0}
            role="region"
            aria-labelledby={`template-section-${section.key}`}
          >
            <table className="table table--compact template-questions">
              <caption className="sr-only">{t("templateView.caption", { section: section.title[language] })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("templateView.number")}</th>
                  <th scope="col">{t("templateView.question")}</th>
                  <th scope="col">{t("templateView.type")}</th>
                  <th scope="col">{t("templateView.groups")}</th>
                </tr>
              </thead>
              <tbody>
                {section.questions.map((question) => {
                  number += 1;
                  return (
                    <tr key={question.key}>
                      <td>{number}</td>
                      <td>
                        {question.text[language]}
                        {question.required ? null : (
                          <span className="badge badge-info template-required">{t("templateView.optional")}</span>
                        )}
                        {question.help?.[language] ? (
                          <span className="table-subtext">{question.help[language]}</span>
                        ) : null}
                      </td>
                      <td>
                        <strong>{t(`questionType.${question.type}`)}</strong>
                        <span className="table-subtext">
                          <Answers question={question} />
                        </span>
                      </td>
                      <td>{question.audiences.map(groupLabel).join(", ")}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
