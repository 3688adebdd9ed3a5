import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/use-api.js";
import { useDebounced } from "../components/use-debounced.js";
import { describedBy } from "./field-id.js";
import { LabelText } from "./field-label.js";
import { FieldError, FieldHint } from "./field-message.js";

export interface PickedRecord {
  id: string;
  name: string;
}

export interface PickerOption extends PickedRecord {
  meta?: string;
}

/**
 * Choose one record (an organisation, a need, a process) by searching. Results are a list of
 * plain buttons (no custom combobox), so keyboard, mouse and screen readers work alike.
 */
export function SearchPicker<T>({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  pathFor,
  toOptions,
  required,
}: {
  id: string;
  label: string;
  /** Shown under the label; a general «type two letters» hint when left out. */
  hint?: string;
  error?: string;
  required?: boolean;
  value: PickedRecord | null;
  onChange: (value: PickedRecord | null) => void;
  /** The API path for a search text of two letters or more. */
  pathFor: (query: string) => string;
  toOptions: (answer: T) => PickerOption[];
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState("");
  const debounced = useDebounced(query.trim());
  const path = debounced.length >= 2 ? pathFor(debounced) : null;
  const results = useApi<T>(path);
  const options = path && results.data ? toOptions(results.data) : null;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const choose = (picked: PickedRecord | null) => {
    onChange(picked);
    setQuery("");
    window.requestAnimationFrame(() => document.getElementById(id)?.focus());
  };

  if (value) {
    return (
      <div className={error ? "form-group form-error picker" : "form-group picker"}>
        <p className="form-label" id={`${id}-label`}>
          <LabelText label={label} required={required} />
        </p>
        <FieldError id={errorId} message={error} />
        <p className="picker-selected">
          <strong>{value.name}</strong>{" "}
          <button
            type="button"
            id={id}
            className="function-link"
            aria-describedby={`${id}-label`}
            onClick={() => choose(null)}
          >
            {t("picker.change")}
          </button>
        </p>
      </div>
    );
  }
  return (
    <div className={error ? "form-group form-error picker" : "form-group picker"}>
      <label className="form-label" htmlFor={id}>
        <LabelText label={label} required={required} />
      </label>
      <FieldHint id={hintId} hint={hint ?? t("picker.hint")} />
      <FieldError id={errorId} message={error} />
      <PickerSearch
        id={id}
        query={query}
        onQuery={setQuery}
        error={error}
        options={
          options?.map((option) => ({
            key: option.id,
            content: (
              <>
                <span>{option.name}</span>
                {option.meta ? <span className="picker-option-meta">{option.meta}</span> : null}
              </>
            ),
            choose: () => choose({ id: option.id, name: option.name }),
          })) ?? null
        }
      />
    </div>
  );
}

/** One result of a picker search: what the button shows and what choosing it does. */
export interface PickerResult {
  key: string;
  content: ReactNode;
  choose: () => void;
}

/**
 * The search part every picker shares: the search field (described by `${id}-hint`, the error
 * and a live result count), and the results as plain buttons. `options` is null before a search.
 */
export function PickerSearch({
  id,
  query,
  onQuery,
  error,
  options,
  disabled,
}: {
  id: string;
  query: string;
  onQuery: (query: string) => void;
  error?: string;
  options: PickerResult[] | null;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const statusId = `${id}-status`;
  return (
    <>
      <input
        id={id}
        type="search"
        className="form-input input-width-l"
        value={query}
        autoComplete="off"
        disabled={disabled}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
          }
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`, statusId)}
      />
      <p className="sr-only" id={statusId} role="status">
        {options ? t("picker.resultCount", { count: options.length }) : ""}
      </p>
      {options && options.length > 0 ? (
        <ul className="picker-results">
          {options.map((option) => (
            <li key={option.key}>
              <button type="button" className="picker-option" onClick={option.choose}>
                {option.content}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {options && options.length === 0 ? <p className="picker-empty">{t("picker.noResults")}</p> : null}
    </>
  );
}
