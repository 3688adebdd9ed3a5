import { Field } from "./field.js";

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
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <textarea
          {...control}
          className="form-input"
          rows={rows}
          value={value}
          maxLength={maxLength}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
