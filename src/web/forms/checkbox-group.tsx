import { FieldError, FieldHint } from "./field-message.js";
import { describedBy } from "./field-id.js";

export interface CheckboxOption {
  value: string;
  label: string;
}

interface CheckboxGroupProps {
  id: string;
  legend: string;
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  hint?: string;
  error?: string;
  columns?: boolean;
}

/** A fieldset of DKFDS checkboxes. The first checkbox carries `id`, so an error summary can link to it. */
export function CheckboxGroup({
  id,
  legend,
  options,
  selected,
  onChange,
  hint,
  error,
  columns = false,
}: CheckboxGroupProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const toggle = (value: string, checked: boolean) => {
    onChange(checked ? [...selected, value] : selected.filter((item) => item !== value));
  };
  return (
    <div className={error ? "form-group form-error" : "form-group"}>
      <fieldset aria-describedby={describedBy(hint && hintId, error && errorId)}>
        <legend className="form-label">{legend}</legend>
        <FieldHint id={hintId} hint={hint} />
        <FieldError id={errorId} message={error} />
        <div className={columns ? "checkbox-columns" : undefined}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index}`;
            return (
              <div className="form-group-checkbox" key={option.value}>
                <input
                  id={optionId}
                  type="checkbox"
                  className="form-checkbox"
                  value={option.value}
                  checked={selected.includes(option.value)}
                  onChange={(event) => toggle(option.value, event.target.checked)}
                />
                <label htmlFor={optionId} className="form-label">
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
