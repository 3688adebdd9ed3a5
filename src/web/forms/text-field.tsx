import type { InputHTMLAttributes } from "react";
import { FieldError, FieldHint } from "./field-message.js";
import { describedBy } from "./field-id.js";
import { LabelText } from "./field-label.js";

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "value" | "id"> {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  widthClass?: string;
}

/** A DKFDS text input with its label, hint and error tied to it. */
export function TextField({ id, label, value, onChange, hint, error, widthClass, required, ...rest }: TextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={error ? "form-group form-error" : "form-group"}>
      <label className="form-label" htmlFor={id}>
        <LabelText label={label} required={required} />
      </label>
      <FieldHint id={hintId} hint={hint} />
      <FieldError id={errorId} message={error} />
      <input
        {...rest}
        id={id}
        className={widthClass ? `form-input ${widthClass}` : "form-input"}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-required={required ? true : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && hintId, error && errorId)}
      />
    </div>
  );
}
