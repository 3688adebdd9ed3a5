import { useTranslation } from "react-i18next";
import { fieldId } from "../../../forms/field-id.js";
import { TextField } from "../../../forms/text-field.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import type { Pair } from "../model/template-draft.js";

/** One text in Danish and English, side by side; ids follow the definition's field paths. */
export function PairField({
  path,
  label,
  value,
  onChange,
  errors,
  required = false,
  isMultiline = false,
  maxLength = 500,
}: {
  path: string;
  label: string;
  value: Pair;
  onChange: (value: Pair) => void;
  errors: Readonly<Record<string, string>>;
  required?: boolean;
  isMultiline?: boolean;
  maxLength?: number;
}) {
  const { t } = useTranslation("assessments");
  return (
    <div className="pair-field">
      {(["da", "en"] as const).map((language) => {
        const props = {
          id: fieldId(`${path}.${language}`),
          label: `${label} ${t(`editor.in.${language}`)}`,
          value: value[language],
          onChange: (text: string) => onChange({ ...value, [language]: text }),
          error: errors[`${path}.${language}`],
          required,
          maxLength,
        };
        return isMultiline ? (
          <TextareaField key={language} {...props} rows={3} />
        ) : (
          <TextField key={language} {...props} widthClass="input-width-xl" lang={language} />
        );
      })}
    </div>
  );
}
