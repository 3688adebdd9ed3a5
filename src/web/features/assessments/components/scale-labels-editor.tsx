import { useTranslation } from "react-i18next";
import type { Pair } from "../model/template-draft.js";
import { PairField } from "./pair-field.js";

/** The label of every step 1–5 in both languages, and whether «Ved ikke» is offered. */
export function ScaleLabelsEditor({
  path,
  labels,
  allowDontKnow,
  onChange,
  errors,
}: {
  path: string;
  labels: Pair[];
  allowDontKnow: boolean;
  onChange: (change: { labels?: Pair[]; allowDontKnow?: boolean }) => void;
  errors: Readonly<Record<string, string>>;
}) {
  const { t } = useTranslation("assessments");
  const checkboxId = `${path.replace(/\./g, "-")}-dont-know`;
  return (
    <fieldset className="editor-scale">
      <legend className="form-label">{t("editor.scaleLabels")}</legend>
      {labels.map((label, index) => (
        <PairField
          key={index}
          path={`${path}.labels.${index}`}
          label={t("editor.step", { number: index + 1 })}
          value={label}
          onChange={(next) => onChange({ labels: labels.map((item, at) => (at === index ? next : item)) })}
          errors={errors}
          required
        />
      ))}
      <div className="form-group-checkbox">
        <input
          id={checkboxId}
          type="checkbox"
          className="form-checkbox"
          checked={allowDontKnow}
          onChange={(event) => onChange({ allowDontKnow: event.target.checked })}
        />
        <label htmlFor={checkboxId} className="form-label">
          {t("editor.allowDontKnow")}
        </label>
      </div>
    </fieldset>
  );
}
