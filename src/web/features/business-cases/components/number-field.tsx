import { describedBy, fieldId } from "../../../forms/field-id.js";
import { FieldError, FieldHint } from "../../../forms/field-message.js";

/**
 * A DKFDS text input for a number, with its unit as a visible suffix (hidden from screen
 * readers, who hear it in the label instead). The text is kept as typed; the parent parses it
 * with the reader's number format and the shared schema judges it. Every number is required
 * (the form says so once, at the top), so the labels carry no asterisk.
 */
export function NumberField({
  path,
  label,
  unit,
  value,
  onChange,
  onBlur,
  hint,
  error,
  readOnly = false,
  widthClass = "input-width-s",
}: {
  /** The model path, e.g. "publicSide.investment.purchase"; also the id and the error key. */
  path: string;
  label: string;
  unit: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  hint?: string;
  error?: string;
  readOnly?: boolean;
  widthClass?: string;
}) {
  const id = fieldId(path);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={error ? "form-group form-error bc-number-field" : "form-group bc-number-field"}>
      <label className="form-label" htmlFor={id}>
        {label}
        <span className="sr-only"> ({unit})</span>
      </label>
      <FieldHint id={hintId} hint={hint} />
      <FieldError id={errorId} message={error} />
      <div
        className={
          readOnly
            ? "form-input-wrapper form-input-wrapper--suffix readonly"
            : "form-input-wrapper form-input-wrapper--suffix"
        }
      >
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          className={`form-input ${widthClass}`}
          value={value}
          readOnly={readOnly}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
          aria-required={readOnly ? undefined : true}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint && hintId, error && errorId)}
        />
        <div className="form-input-suffix" aria-hidden="true">
          {unit}
        </div>
      </div>
    </div>
  );
}
