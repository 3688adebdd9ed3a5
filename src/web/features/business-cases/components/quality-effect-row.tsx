import { useTranslation } from "react-i18next";
import { fieldId } from "../../../forms/field-id.js";
import { SelectField } from "../../../forms/select-field.js";
import { TextField } from "../../../forms/text-field.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import type { QualityRow } from "../model/editor-form.js";
import type { FormBinding } from "../model/form-binding.js";
import { SCORES, useScoreLabel } from "./score-label.js";

/** One quality effect: a title, a score from −3 to +3 and a description. */
export function QualityEffectRow({
  binding,
  row,
  index,
  onRemove,
}: {
  binding: FormBinding;
  row: QualityRow;
  index: number;
  onRemove: () => void;
}) {
  const { t } = useTranslation("businessCases");
  const scoreLabel = useScoreLabel();
  const path = `publicSide.qualityEffects.${index}`;
  const number = index + 1;
  return (
    <fieldset className="bc-quality-row">
      <legend className="h5">{t("fields.qualityEffect", { number })}</legend>
      <div className="bc-quality-grid">
        <TextField
          id={fieldId(`${path}.title`)}
          label={t("fields.qualityTitle")}
          value={row.title}
          onChange={(value) => binding.change(`${path}.title`, value)}
          error={binding.errors[`${path}.title`]}
          maxLength={200}
          widthClass="input-width-xl"
          required
        />
        <SelectField
          id={fieldId(`${path}.score`)}
          label={t("fields.qualityScore")}
          value={row.score}
          onChange={(value) => binding.change(`${path}.score`, value)}
          error={binding.errors[`${path}.score`]}
        >
          {SCORES.map((score) => (
            <option key={score} value={String(score)}>
              {scoreLabel(score)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextareaField
        id={fieldId(`${path}.description`)}
        label={t("fields.qualityDescription")}
        value={row.description}
        onChange={(value) => binding.change(`${path}.description`, value)}
        error={binding.errors[`${path}.description`]}
        rows={3}
        maxLength={2000}
      />
      <button type="button" className="button button-tertiary" onClick={onRemove}>
        {t("quality.remove", { number })}
      </button>
    </fieldset>
  );
}
