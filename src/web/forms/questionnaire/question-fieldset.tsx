import type { ReactNode } from "react";
import type { RenderedQuestion } from "../../../domain/questionnaire/index.js";
import { describedBy } from "../field-id.js";
import { LabelText } from "../field-label.js";
import { FieldError, FieldHint } from "../field-message.js";

/**
 * A question answered with radio buttons or checkboxes (any questionnaire: assessments, living-lab
 * feedback): a fieldset whose legend is the question, with its help, extra hint and error tied to it.
 */
export function QuestionFieldset({
  id,
  question,
  hint,
  error,
  isNumbered,
  className,
  children,
}: {
  /** The id of the question's first control; the hint and error ids derive from it. */
  id: string;
  question: RenderedQuestion;
  hint?: string;
  error?: string;
  /** Shows «3.» before the question, as the assessment form does. */
  isNumbered: boolean;
  className: string;
  children: ReactNode;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hintText = [question.help, hint].filter(Boolean).join(" ");
  return (
    <div className={error ? `form-group form-error ${className}` : `form-group ${className}`}>
      <fieldset aria-describedby={describedBy(hintText && hintId, error && errorId)}>
        <legend className="form-label">
          {isNumbered ? (
            <>
              <span className="respond-question-number">{question.number}.</span>{" "}
            </>
          ) : null}
          <LabelText label={question.text} required={question.required} />
        </legend>
        <FieldHint id={hintId} hint={hintText || undefined} />
        <FieldError id={errorId} message={error} />
        {children}
      </fieldset>
    </div>
  );
}
