import { useTranslation } from "react-i18next";
import { MAX_HORIZON_YEARS } from "../../../../domain/business-case/inputs.js";
import { fieldId } from "../../../forms/field-id.js";
import { FieldError, FieldHint } from "../../../forms/field-message.js";
import { createListRow, type ListRow } from "../model/editor-form.js";
import { bindNumber, type FormBinding } from "../model/form-binding.js";
import { focusSoon } from "./focus-soon.js";
import { NumberField } from "./number-field.js";

/**
 * A percentage for year 1, 2, … (phase-in, or cumulative market share). Years are added and
 * removed at the end; the add button carries the list's id so errors about the whole list
 * can link to it.
 */
export function YearListFieldset({
  binding,
  path,
  rows,
  setRows,
  legend,
  hint,
  emptyText,
  labelFor,
  newValue,
  readOnly,
}: {
  binding: FormBinding;
  path: string;
  rows: readonly ListRow[];
  setRows: (rows: ListRow[]) => void;
  legend: string;
  hint: string;
  emptyText: string;
  labelFor: (year: number) => string;
  /** The value a new year starts with when the list is empty. */
  newValue: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation("businessCases");
  const id = fieldId(path);
  const listError = binding.errors[path];
  const add = () => {
    setRows([...rows, createListRow(rows.length > 0 ? rows[rows.length - 1].value : newValue)]);
    focusSoon(fieldId(`${path}.${rows.length}`));
  };
  return (
    <fieldset
      className={listError ? "form-group form-error bc-year-list" : "form-group bc-year-list"}
      aria-describedby={`${id}-hint`}
    >
      <legend className="h4">{legend}</legend>
      <FieldHint id={`${id}-hint`} hint={hint} />
      <FieldError id={`${id}-error`} message={listError} />
      {rows.length === 0 ? <p className="text-muted">{emptyText}</p> : null}
      <div className="bc-year-grid">
        {rows.map((row, index) => (
          <NumberField
            key={row.key}
            {...bindNumber(binding, `${path}.${index}`)}
            label={labelFor(index + 1)}
            unit={t("units.percent")}
            readOnly={readOnly}
            widthClass="input-width-xxs"
          />
        ))}
      </div>
      {readOnly ? null : (
        <div className="button-group bc-row-actions">
          {rows.length < MAX_HORIZON_YEARS ? (
            <button type="button" id={id} className="button button-secondary" onClick={add}>
              {t("years.add")}
            </button>
          ) : null}
          {rows.length > 0 ? (
            <button type="button" className="button button-tertiary" onClick={() => setRows(rows.slice(0, -1))}>
              {t("years.remove", { year: rows.length })}
            </button>
          ) : null}
        </div>
      )}
    </fieldset>
  );
}
