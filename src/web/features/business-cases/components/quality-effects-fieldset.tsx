import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/confirm-dialog.js";
import { fieldId } from "../../../forms/field-id.js";
import { FieldError } from "../../../forms/field-message.js";
import { createRowKey, type QualityRow } from "../model/editor-form.js";
import type { FormBinding } from "../model/form-binding.js";
import { QualityEffectRow } from "./quality-effect-row.js";
import { focusSoon } from "./focus-soon.js";
import { useScoreLabel } from "./score-label.js";

const MAX_EFFECTS = 20;

/** Effects that are not money, scored −3 … +3. Removing one that has text asks first. */
export function QualityEffectsFieldset({ binding, readOnly }: { binding: FormBinding; readOnly: boolean }) {
  const { t } = useTranslation("businessCases");
  const scoreLabel = useScoreLabel();
  const [removing, setRemoving] = useState<number | null>(null);
  const rows = binding.form.publicSide.qualityEffects;
  const path = "publicSide.qualityEffects";
  const setRows = (next: (rows: QualityRow[]) => QualityRow[]) =>
    binding.update((form) => ({
      ...form,
      publicSide: { ...form.publicSide, qualityEffects: next(form.publicSide.qualityEffects) },
    }));
  const remove = (index: number) => {
    setRows((current) => current.filter((_, position) => position !== index));
    setRemoving(null);
    focusSoon(fieldId(path));
  };
  const askToRemove = (index: number) => {
    const row = rows[index];
    if (row.title.trim() === "" && row.description.trim() === "") {
      remove(index);
    } else {
      setRemoving(index);
    }
  };
  return (
    <fieldset
      className={binding.errors[path] ? "form-group form-error bc-quality" : "form-group bc-quality"}
      aria-describedby={`${fieldId(path)}-hint`}
    >
      <legend className="h4">{t("quality.legend")}</legend>
      <p className="form-hint" id={`${fieldId(path)}-hint`}>
        {t("quality.hint")}
      </p>
      <FieldError id={`${fieldId(path)}-error`} message={binding.errors[path]} />
      {rows.length === 0 ? <p className="text-muted">{t("quality.none")}</p> : null}
      {readOnly ? (
        <ul className="bc-quality-list">
          {rows.map((row) => (
            <li key={row.key}>
              <strong>{row.title}</strong> · {t("quality.scoreValue", { score: scoreLabel(Number(row.score)) })}
              {row.description ? <p>{row.description}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <>
          {rows.map((row, index) => (
            <QualityEffectRow
              key={row.key}
              binding={binding}
              row={row}
              index={index}
              onRemove={() => askToRemove(index)}
            />
          ))}
          {rows.length < MAX_EFFECTS ? (
            <button
              type="button"
              id={fieldId(path)}
              className="button button-secondary"
              onClick={() => {
                setRows((current) => [...current, { key: createRowKey(), title: "", score: "0", description: "" }]);
                focusSoon(fieldId(`${path}.${rows.length}.title`));
              }}
            >
              {t("quality.add")}
            </button>
          ) : null}
        </>
      )}
      <ConfirmDialog
        isOpen={removing !== null}
        title={t("quality.confirmTitle")}
        confirmLabel={removing === null ? "" : t("quality.remove", { number: removing + 1 })}
        isDanger
        onConfirm={() => (removing === null ? undefined : remove(removing))}
        onCancel={() => setRemoving(null)}
      >
        <p>
          {t("quality.confirmText", { title: removing === null ? "" : rows[removing]?.title || t("quality.untitled") })}
        </p>
      </ConfirmDialog>
    </fieldset>
  );
}
