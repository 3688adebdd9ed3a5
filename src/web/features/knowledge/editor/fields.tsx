import type { ReactNode } from "react";

/** Small labelled inputs for the entry editor: ids are unique per field name, labels always visible. */

export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  isRequired?: boolean;
  hint?: string;
}) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={props.id}>
        {props.label}
      </label>
      {props.hint ? (
        <span className="form-hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      ) : null}
      <input
        id={props.id}
        className="form-input"
        required={props.isRequired}
        maxLength={props.maxLength}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}

export function TextArea(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  rows?: number;
  hint?: string;
}) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={props.id}>
        {props.label}
      </label>
      {props.hint ? (
        <span className="form-hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      ) : null}
      <textarea
        id={props.id}
        className="form-input"
        rows={props.rows ?? 4}
        maxLength={props.maxLength ?? 10_000}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}

/** A choice among codes, shown by their labels; `emptyLabel` allows «none» (null). */
export function SelectField<V extends string>(props: {
  id: string;
  label: string;
  value: V | null;
  options: readonly V[];
  labelOf: (value: V) => string;
  onChange: (value: V | null) => void;
  emptyLabel?: string;
}) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={props.id}>
        {props.label}
      </label>
      <select
        id={props.id}
        className="form-select"
        value={props.value ?? ""}
        onChange={(event) => props.onChange(event.target.value === "" ? null : (event.target.value as V))}
      >
        {props.emptyLabel !== undefined ? <option value="">{props.emptyLabel}</option> : null}
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.labelOf(option)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A list of texts written one per line (steps, pitfalls, sources). */
export function LinesField(props: {
  id: string;
  label: string;
  hint: string;
  value: string[];
  onChange: (value: string[]) => void;
}) {
  return (
    <TextArea
      id={props.id}
      label={props.label}
      hint={props.hint}
      value={props.value.join("\n")}
      onChange={(text) => props.onChange(text.split("\n").map((line) => line.trimStart()))}
    />
  );
}

/** Check boxes for a set of codes (the sides a method or tool is for). */
export function CheckboxesField<V extends string>(props: {
  id: string;
  legend: string;
  options: readonly V[];
  value: V[];
  labelOf: (value: V) => string;
  onChange: (value: V[]) => void;
}) {
  return (
    <fieldset className="form-group">
      <legend className="form-label">{props.legend}</legend>
      {props.options.map((option) => (
        <div className="form-group-checkbox" key={option}>
          <input
            type="checkbox"
            className="form-checkbox checkbox-large"
            id={`${props.id}-${option}`}
            checked={props.value.includes(option)}
            onChange={(event) =>
              props.onChange(
                event.target.checked ? [...props.value, option] : props.value.filter((item) => item !== option),
              )
            }
          />
          <label htmlFor={`${props.id}-${option}`}>{props.labelOf(option)}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** A group of rows (parties, results, changes) with a heading and an «add» button. */
export function RowsFieldset(props: { legend: string; addLabel: string; onAdd: () => void; children: ReactNode }) {
  return (
    <fieldset className="knowledge-rows">
      <legend className="h4">{props.legend}</legend>
      {props.children}
      <button type="button" className="button button-secondary" onClick={props.onAdd}>
        {props.addLabel}
      </button>
    </fieldset>
  );
}

export function RemoveButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <button type="button" className="button button-tertiary knowledge-row-remove" onClick={onRemove}>
      {label}
    </button>
  );
}

/** Replaces item `index` of a list by a changed copy. */
export function replaceAt<T>(items: readonly T[], index: number, change: Partial<T>): T[] {
  return items.map((item, at) => (at === index ? { ...item, ...change } : item));
}
