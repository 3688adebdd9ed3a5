import type { AnswerValue, RenderedQuestion } from "../../../../domain/questionnaire/index.js";
import { QuestionFieldset } from "../../../forms/questionnaire/question-fieldset.js";
import { RadioOptions, radioOptions } from "../../../forms/questionnaire/radio-options.js";
import { questionTarget } from "./question-target.js";

/** A 1–5 statement: a radio button for every labelled step, plus «Ved ikke» when allowed. */
export function ScaleQuestion({
  question,
  value,
  error,
  onChange,
}: {
  question: RenderedQuestion;
  value: AnswerValue | undefined;
  error?: string;
  onChange: (value: AnswerValue) => void;
}) {
  const id = questionTarget(question.key);
  return (
    <QuestionFieldset id={id} question={question} error={error} isNumbered className="respond-question">
      <div className="respond-scale">
        <RadioOptions
          id={id}
          name={question.key}
          options={radioOptions(question)}
          value={value}
          onChange={onChange}
          dontKnowClassName="respond-scale-dont-know"
        />
      </div>
    </QuestionFieldset>
  );
}
