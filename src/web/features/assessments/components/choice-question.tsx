import { useTranslation } from "react-i18next";
import type { AnswerValue, RenderedQuestion } from "../../../../domain/questionnaire/index.js";
import { toChoiceList } from "../model/answers.js";
import { QuestionFieldset } from "../../../forms/questionnaire/question-fieldset.js";
import { RadioOptions, radioOptions } from "../../../forms/questionnaire/radio-options.js";
import { questionTarget } from "./question-target.js";

/** One option (radio buttons) or several (checkboxes, at most `maxChoices`). */
export function ChoiceQuestion({
  question,
  value,
  error,
  onChange,
}: {
  question: RenderedQuestion;
  value: AnswerValue | undefined;
  error?: string;
  onChange: (value: AnswerValue | null) => void;
}) {
  const { t } = useTranslation("assessments");
  const isMultiple = question.type === "multiple";
  const chosen = toChoiceList(value);
  const options = question.options ?? [];
  const max = question.maxChoices ?? options.length;
  const hint = isMultiple
    ? max < options.length
      ? t("respond.chooseAtMost", { count: max })
      : t("respond.chooseAny")
    : undefined;
  const base = questionTarget(question.key);
  const toggle = (key: string, isChecked: boolean) => {
    const next = isChecked ? [...chosen, key] : chosen.filter((item) => item !== key);
    onChange(next.length > 0 ? next : null);
  };
  return (
    <QuestionFieldset id={base} question={question} hint={hint} error={error} isNumbered className="respond-question">
      {isMultiple ? (
        options.map((option, index) => {
          const id = index === 0 ? base : `${base}-${index}`;
          const isChecked = chosen.includes(option.key);
          return (
            <div className="form-group-checkbox" key={option.key}>
              <input
                id={id}
                type="checkbox"
                className="form-checkbox"
                value={option.key}
                checked={isChecked}
                disabled={!isChecked && chosen.length >= max}
                onChange={(event) => toggle(option.key, event.target.checked)}
              />
              <label htmlFor={id} className="form-label">
                {option.label}
              </label>
            </div>
          );
        })
      ) : (
        <RadioOptions
          id={base}
          name={question.key}
          options={radioOptions(question)}
          value={chosen[0]}
          onChange={(key) => onChange(String(key))}
        />
      )}
    </QuestionFieldset>
  );
}
