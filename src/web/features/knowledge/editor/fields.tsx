import type { ReactNode } from "react";
import { SelectField as SharedSelectField } from "../../../forms/select-field.js";
import { TextareaField } from "../../../forms/textarea-field.js";

/** The entry editor's own fields: typed code choices, lines, rows; plain texts use the shared `forms` fields. */

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
    <SharedSelectField
      id={props.id}
      label={props.label}
      value={props.value ?? ""}
      onChange={(value) => props.onChange(value === "" ? null : (value as V))}
    >
      {props.emptyLabel !== undefined ? <option value="">{props.emptyLabel}</option> : null}
      {props.options.map((option) => (
        <option key={option} value={option}>
          {props.labelOf(option)}
        </option>
      ))}
    </SharedSelectField>
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
    <TextareaField
      id={props.id}
      label={props.label}
      hint={props.hint}
      value={props.value.join("\n")}
      maxLength={10_000}
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
