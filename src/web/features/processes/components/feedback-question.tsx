import type { AnswerValue, RenderedQuestion } from "../../../../domain/questionnaire/index.js";
import { FieldError, FieldHint } from "../../../forms/field-message.js";
import { describedBy } from "../../../forms/field-id.js";
import { LabelText } from "../../../forms/field-label.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { questionId } from "../model/feedback.js";

interface Props {
  question: RenderedQuestion;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  error?: string;
}

/** One question of the feedback form: a scale or a single choice as radios, or a text area. */
export function FeedbackQuestion({ question, value, onChange, error }: Props) {
  const id = questionId(question.key);
  if (question.type === "text") {
    return (
      <TextareaField
        id={id}
        label={question.text}
        hint={question.help || undefined}
        value={typeof value === "string" ? value : ""}
        onChange={(text) => onChange(text === "" ? undefined : text)}
        error={error}
        maxLength={question.maxLength}
        rows={4}
        required={question.required}
      />
    );
  }
  const options: { value: string | number; label: string }[] =
    question.type === "scale" && question.scale
      ? [...question.scale.steps, ...(question.scale.dontKnow ? [question.scale.dontKnow] : [])]
      : (question.options ?? []).map((option) => ({ value: option.key, label: option.label }));
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={error ? "form-group form-error feedback-question" : "form-group feedback-question"}>
      <fieldset aria-describedby={describedBy(question.help && hintId, error && errorId)}>
        <legend className="form-label">
          <LabelText label={question.text} required={question.required} />
        </legend>
        <FieldHint id={hintId} hint={question.help || undefined} />
        <FieldError id={errorId} message={error} />
        <div>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div className="form-group-radio" key={String(option.value)}>
                <input
                  id={optionId}
                  type="radio"
                  className="form-radio"
                  name={id}
                  value={String(option.value)}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                />
                <label htmlFor={optionId} className="form-label">
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
