import type { ReactNode } from "react";
import { FieldError, FieldHint } from "./field-message.js";
import { describedBy } from "./field-id.js";
import { LabelText } from "./field-label.js";

/** What the control inside a `Field` must carry so the label, hint and error belong to it. */
export interface FieldControlProps {
  id: string;
  "aria-required": true | undefined;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

/**
 * A DKFDS form group: the label (with the required mark), the hint and the error message, tied to
 * the control by id and aria-describedby. The control itself comes from `children`.
 */
export function Field({
  id,
  label,
  hint,
  error,
  required,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={error ? "form-group form-error" : "form-group"}>
      <label className="form-label" htmlFor={id}>
        <LabelText label={label} required={required} />
      </label>
      <FieldHint id={hintId} hint={hint} />
      <FieldError id={errorId} message={error} />
      {children({
        id,
        "aria-required": required ? true : undefined,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy(hint && hintId, error && errorId),
      })}
    </div>
  );
}
