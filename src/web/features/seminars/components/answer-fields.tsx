import type { AnswerValue, RenderedForm, RenderedQuestion } from "../../../../domain/questionnaire/index.js";
import { LabelText } from "../../../forms/field-label.js";
import { FieldError } from "../../../forms/field-message.js";
import { QuestionFieldset } from "../../../forms/questionnaire/question-fieldset.js";
import { radioOptions, RadioOptions } from "../../../forms/questionnaire/radio-options.js";

export type Answers = Record<string, AnswerValue>;

/** The errors of `answers.<key>` fields in an API answer, by question key. */
export function answerErrors(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([field]) => field.startsWith("answers."))
      .map(([field, message]) => [field.slice("answers.".length), message]),
  );
}

function QuestionInput({
  idPrefix,
  question,
  value,
  error,
  onChange,
}: {
  idPrefix: string;
  question: RenderedQuestion;
  value: AnswerValue | undefined;
  error?: string;
  onChange: (value: AnswerValue) => void;
}) {
  const id = `${idPrefix}-${question.key}`;
  if (question.type === "text") {
    const errorId = `${id}-error`;
    return (
      <div className={error ? "form-group form-error" : "form-group"}>
        <label className="form-label" htmlFor={id}>
          <LabelText label={question.text} required={question.required} />
        </label>
        <FieldError id={errorId} message={error} />
        <textarea
          id={id}
          className="form-input"
          rows={3}
          maxLength={question.maxLength}
          aria-describedby={error ? errorId : undefined}
          aria-invalid={error ? true : undefined}
          value={typeof value === "string" ? value : ""}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
    );
  }
  if (question.type === "multiple") {
    const chosen = Array.isArray(value) ? value : [];
    return (
      <QuestionFieldset id={id} question={question} error={error} isNumbered={false} className="">
        {(question.options ?? []).map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${index}`;
          return (
            <div className="form-group-checkbox" key={option.key}>
              <input
                id={optionId}
                type="checkbox"
                className="form-checkbox"
                checked={chosen.includes(option.key)}
                onChange={(event) =>
                  onChange(event.target.checked ? [...chosen, option.key] : chosen.filter((key) => key !== option.key))
                }
              />
              <label htmlFor={optionId} className="form-label">
                {option.label}
              </label>
            </div>
          );
        })}
      </QuestionFieldset>
    );
  }
  return (
    <QuestionFieldset id={id} question={question} error={error} isNumbered={false} className="">
      <RadioOptions id={id} name={id} options={radioOptions(question)} value={value} onChange={onChange} />
    </QuestionFieldset>
  );
}

/** The questions of a questionnaire form (registration questions, a survey) as form fields. */
export function AnswerFields({
  form,
  idPrefix,
  answers,
  errors,
  onChange,
}: {
  form: RenderedForm;
  idPrefix: string;
  answers: Answers;
  errors: Record<string, string>;
  onChange: (answers: Answers) => void;
}) {
  return form.sections.flatMap((section) =>
    section.questions.map((question) => (
      <QuestionInput
        key={question.key}
        idPrefix={idPrefix}
        question={question}
        value={answers[question.key]}
        error={errors[question.key]}
        onChange={(value) => onChange({ ...answers, [question.key]: value })}
      />
    )),
  );
}
