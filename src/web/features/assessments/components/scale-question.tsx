import type { AnswerValue, RenderedQuestion } from "../../../../domain/questionnaire/index.js";
import { QuestionFieldset, questionTarget } from "./question-fieldset.js";

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
  const steps = question.scale?.steps ?? [];
  const dontKnow = question.scale?.dontKnow ?? null;
  const options: { value: number | string; label: string }[] = [...steps, ...(dontKnow ? [dontKnow] : [])];
  const base = questionTarget(question.key);
  return (
    <QuestionFieldset question={question} error={error}>
      <div className="respond-scale">
        {options.map((option, index) => {
          const id = index === 0 ? base : `${base}-${index}`;
          const isDontKnow = option.value === dontKnow?.value;
          return (
            <div
              className={isDontKnow ? "form-group-radio respond-scale-dont-know" : "form-group-radio"}
              key={String(option.value)}
            >
              <input
                id={id}
                type="radio"
                className="form-radio"
                name={question.key}
                value={String(option.value)}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />
              <label htmlFor={id} className="form-label">
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </QuestionFieldset>
  );
}
