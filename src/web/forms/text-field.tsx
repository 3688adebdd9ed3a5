import type { InputHTMLAttributes } from "react";
import { Field } from "./field.js";

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
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <input
          {...rest}
          {...control}
          className={widthClass ? `form-input ${widthClass}` : "form-input"}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
