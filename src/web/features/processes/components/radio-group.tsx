import { FieldError, FieldHint } from "../../../forms/field-message.js";
import { describedBy } from "../../../forms/field-id.js";
import { LabelText } from "../../../forms/field-label.js";

export interface RadioOption {
  value: string;
  label: string;
  hint?: string;
  /** Shown but not selectable; `describedById` points at the reason. */
  isDisabled?: boolean;
  describedById?: string;
}

/** A fieldset of DKFDS radio buttons. The first radio carries `id`, so an error summary can link to it. */
export function RadioGroup({
  id,
  name,
  legend,
  options,
  value,
  onChange,
  hint,
  error,
  required,
}: {
  id: string;
  name: string;
  legend: string;
  options: readonly RadioOption[];
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  required?: boolean;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={error ? "form-group form-error" : "form-group"}>
      <fieldset aria-describedby={describedBy(hint && hintId, error && errorId)}>
        <legend className="form-label">
          <LabelText label={legend} required={required} />
        </legend>
        <FieldHint id={hintId} hint={hint} />
        <FieldError id={errorId} message={error} />
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          const optionHintId = `${optionId}-option-hint`;
          return (
            <div className="form-group-radio" key={option.value}>
              <input
                id={optionId}
                type="radio"
                className="form-radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                disabled={option.isDisabled}
                onChange={() => onChange(option.value)}
                aria-describedby={describedBy(option.hint && optionHintId, option.describedById)}
              />
              <label htmlFor={optionId} className="form-label">
                {option.label}
              </label>
              {option.hint ? (
                <span className="form-hint" id={optionHintId}>
                  {option.hint}
                </span>
              ) : null}
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
