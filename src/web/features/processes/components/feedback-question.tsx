import type { AnswerValue, RenderedQuestion } from "../../../../domain/questionnaire/index.js";
import { QuestionFieldset } from "../../../forms/questionnaire/question-fieldset.js";
import { RadioOptions, radioOptions } from "../../../forms/questionnaire/radio-options.js";
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
  return (
    <QuestionFieldset id={id} question={question} error={error} isNumbered={false} className="feedback-question">
      <div>
        <RadioOptions id={id} name={id} options={radioOptions(question)} value={value} onChange={onChange} />
      </div>
    </QuestionFieldset>
  );
}
