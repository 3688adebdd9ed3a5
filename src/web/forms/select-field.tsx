import type { ReactNode, SelectHTMLAttributes } from "react";
import { Field } from "./field.js";

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
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <select
          {...rest}
          {...control}
          className="form-select"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          {children}
        </select>
      )}
    </Field>
  );
}
