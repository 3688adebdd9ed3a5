import type { ReactNode, SelectHTMLAttributes } from "react";
import { FieldError, FieldHint } from "./field-message.js";
import { describedBy } from "./field-id.js";
import { LabelText } from "./field-label.js";

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "onChange" | "value" | "id"> {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  children: ReactNode;
}

export function SelectField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  required,
  children,
  ...rest
}: SelectFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={error ? "form-group form-error" : "form-group"}>
      <label className="form-label" htmlFor={id}>
        <LabelText label={label} required={required} />
      </label>
      <FieldHint id={hintId} hint={hint} />
      <FieldError id={errorId} message={error} />
      <select
        {...rest}
        id={id}
        className="form-select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-required={required ? true : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && hintId, error && errorId)}
      >
        {children}
      </select>
    </div>
  );
}
