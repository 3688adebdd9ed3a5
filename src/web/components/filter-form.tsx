import { useEffect, useState, type Dispatch, type FormEvent, type ReactNode, type SetStateAction } from "react";
import { Icon } from "./icon.js";

/**
 * A list's filters as the reader changes them, before they are applied. When the URL changes
 * (back/forward, reset) the fields follow it.
 */
export function useFilters<F extends object>(
  initial: F,
): { filters: F; setFilters: Dispatch<SetStateAction<F>>; set: (key: keyof F) => (value: string) => void } {
  const [filters, setFilters] = useState<F>(initial);
  const initialKey = JSON.stringify(initial);
  useEffect(() => {
    setFilters(JSON.parse(initialKey) as F);
  }, [initialKey]);
  const set = (key: keyof F) => (value: string) => setFilters((current) => ({ ...current, [key]: value }));
  return { filters, setFilters, set };
}

export interface SearchTexts {
  label: string;
  hint: string;
  button: string;
}

/** A list's search form: the search box with its button first, then the filters (`children`). */
export function FilterForm({
  className,
  label,
  id,
  texts,
  query,
  onQuery,
  onApply,
  children,
}: {
  className: string;
  /** The search landmark's name. */
  label: string;
  /** The search box's id. */
  id: string;
  texts: SearchTexts;
  query: string;
  onQuery: (query: string) => void;
  onApply: () => void;
  children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply();
  };
  return (
    <form className={className} role="search" aria-label={label} onSubmit={submit}>
      <div className="form-group search-row">
        <label className="form-label" htmlFor={id}>
          {texts.label}
        </label>
        <span className="form-hint" id={`${id}-hint`}>
          {texts.hint}
        </span>
        <div className="search-input-row">
          <input
            id={id}
            type="search"
            className="form-input"
            value={query}
            onChange={(event) => onQuery(event.target.value)}
            aria-describedby={`${id}-hint`}
          />
          <button type="submit" className="button button-primary">
            <Icon name="search" />
            {texts.button}
          </button>
        </div>
      </div>
      {children}
    </form>
  );
}

/** «Anvend filtre» and «Nulstil filtre» under a list's filters. */
export function FilterActions({
  applyLabel,
  resetLabel,
  onReset,
}: {
  applyLabel: string;
  resetLabel: string;
  onReset: () => void;
}) {
  return (
    <div className="button-group filters-actions">
      <button type="submit" className="button button-secondary">
        {applyLabel}
      </button>
      <button type="button" className="button button-tertiary" onClick={onReset}>
        {resetLabel}
      </button>
    </div>
  );
}
