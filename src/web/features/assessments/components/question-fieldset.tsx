import type { ReactNode } from "react";
import type { RenderedQuestion } from "../../../../domain/questionnaire/index.js";
import { describedBy } from "../../../forms/field-id.js";
import { LabelText } from "../../../forms/field-label.js";
import { FieldError, FieldHint } from "../../../forms/field-message.js";

/** The DOM id of a question's first control: the error summary links there. */
export const questionTarget = (key: string): string => `q-${key}`;

/** A question answered with radio buttons or checkboxes: a fieldset whose legend is the question. */
export function QuestionFieldset({
  question,
  hint,
  error,
  children,
}: {
  question: RenderedQuestion;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  const base = questionTarget(question.key);
  const hintId = `${base}-hint`;
  const errorId = `${base}-error`;
  const hintText = [question.help, hint].filter(Boolean).join(" ");
  return (
    <div className={error ? "form-group form-error respond-question" : "form-group respond-question"}>
      <fieldset aria-describedby={describedBy(hintText && hintId, error && errorId)}>
        <legend className="form-label">
          <span className="respond-question-number">{question.number}.</span>{" "}
          <LabelText label={question.text} required={question.required} />
        </legend>
        <FieldHint id={hintId} hint={hintText || undefined} />
        <FieldError id={errorId} message={error} />
        {children}
      </fieldset>
    </div>
  );
}
