import { FieldError, FieldHint } from "./field-message.js";
import { describedBy } from "./field-id.js";
import { LabelText } from "./field-label.js";

interface TextareaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  rows?: number;
  maxLength?: number;
  required?: boolean;
}

export function TextareaField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  rows = 6,
  maxLength,
  required,
}: TextareaFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={error ? "form-group form-error" : "form-group"}>
      <label className="form-label" htmlFor={id}>
        <LabelText label={label} required={required} />
      </label>
      <FieldHint id={hintId} hint={hint} />
      <FieldError id={errorId} message={error} />
      <textarea
        id={id}
        className="form-input"
        rows={rows}
        value={value}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        aria-required={required ? true : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && hintId, error && errorId)}
      />
    </div>
  );
}
