import { useTranslation } from "react-i18next";
import type { RenderedQuestion } from "../../../../domain/questionnaire/index.js";
import { describedBy } from "../../../forms/field-id.js";
import { LabelText } from "../../../forms/field-label.js";
import { FieldError, FieldHint } from "../../../forms/field-message.js";
import { formatNumber } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { questionTarget } from "./question-target.js";

/** An open question: a text area with the characters left (DKFDS character limit). */
export function TextQuestion({
  question,
  value,
  error,
  onChange,
  onBlur,
}: {
  question: RenderedQuestion;
  value: string;
  error?: string;
  onChange: (value: string) => void;
  onBlur: () => void;
}) {
  const { t } = useTranslation("assessments");
  const language = currentLanguage();
  const id = questionTarget(question.key);
  const max = question.maxLength ?? 2000;
  const left = max - value.length;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const limitId = `${id}-limit`;
  return (
    <div
      className={error ? "form-group form-error form-limit respond-question" : "form-group form-limit respond-question"}
    >
      <label className="form-label" htmlFor={id}>
        <span className="respond-question-number">{question.number}.</span>{" "}
        <LabelText label={question.text} required={question.required} />
      </label>
      <FieldHint id={hintId} hint={question.help || undefined} />
      <FieldError id={errorId} message={error} />
      <textarea
        id={id}
        className="form-input respond-textarea"
        rows={4}
        value={value}
        maxLength={max}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        aria-required={question.required ? true : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(question.help && hintId, error && errorId, limitId)}
      />
      <span className="form-hint character-limit" id={limitId}>
        {t("respond.charactersLeft", { count: left, formatted: formatNumber(left, language) })}
      </span>
    </div>
  );
}
