import { useTranslation } from "react-i18next";
import { Icon } from "../../../components/icon.js";
import { FieldError } from "../../../forms/field-message.js";
import { fieldId } from "../../../forms/field-id.js";
import { ReadOnlyField } from "../../../forms/read-only-field.js";
import { TextField } from "../../../forms/text-field.js";
import { newUid, type OptionDraft } from "../model/template-draft.js";
import { PairField } from "./pair-field.js";

/** The options of a choice question: key and label in both languages; add and remove. */
export function OptionsEditor({
  path,
  options,
  onChange,
  errors,
}: {
  path: string;
  options: OptionDraft[];
  onChange: (options: OptionDraft[]) => void;
  errors: Readonly<Record<string, string>>;
}) {
  const { t } = useTranslation("assessments");
  const addId = `${fieldId(`${path}`)}-add`;
  const update = (index: number, option: OptionDraft) =>
    onChange(options.map((item, at) => (at === index ? option : item)));
  const add = () => {
    onChange([
      ...options,
      { uid: newUid(), isNew: true, key: `option_${options.length + 1}`, label: { da: "", en: "" } },
    ]);
    window.requestAnimationFrame(() => document.getElementById(fieldId(`${path}.${options.length}.label.da`))?.focus());
  };
  const remove = (index: number) => {
    onChange(options.filter((_, at) => at !== index));
    window.requestAnimationFrame(() => document.getElementById(addId)?.focus());
  };
  return (
    <fieldset className="editor-options">
      <legend className="form-label">{t("editor.options")}</legend>
      <FieldError id={`${addId}-error`} message={errors[path]} />
      {options.map((option, index) => (
        <div key={option.uid} className="editor-option">
          {option.isNew ? (
            <TextField
              id={fieldId(`${path}.${index}.key`)}
              label={t("editor.optionKey", { number: index + 1 })}
              value={option.key}
              onChange={(key) => update(index, { ...option, key })}
              error={errors[`${path}.${index}.key`]}
              widthClass="input-width-m"
              autoComplete="off"
              required
            />
          ) : (
            <ReadOnlyField label={t("editor.optionKey", { number: index + 1 })} value={option.key} />
          )}
          <PairField
            path={`${path}.${index}.label`}
            label={t("editor.optionLabel", { number: index + 1 })}
            value={option.label}
            onChange={(label) => update(index, { ...option, label })}
            errors={errors}
            required
          />
          <button type="button" className="button button-tertiary" onClick={() => remove(index)}>
            <Icon name="delete" />
            {t("editor.removeOption", { number: index + 1 })}
          </button>
        </div>
      ))}
      <button
        id={addId}
        type="button"
        className="button button-secondary"
        onClick={add}
        aria-describedby={errors[path] ? `${addId}-error` : undefined}
      >
        <Icon name="plus" />
        {t("editor.addOption")}
      </button>
    </fieldset>
  );
}
