import { memo } from "react";
import { useTranslation } from "react-i18next";
import { QUESTION_TYPES, type QuestionType } from "../../../../domain/questionnaire/index.js";
import { Icon } from "../../../components/icon.js";
import { CheckboxGroup } from "../../../forms/checkbox-group.js";
import { fieldId } from "../../../forms/field-id.js";
import { ReadOnlyField } from "../../../forms/read-only-field.js";
import { SelectField } from "../../../forms/select-field.js";
import { TextField } from "../../../forms/text-field.js";
import type { QuestionDraft } from "../model/template-draft.js";
import { OptionsEditor } from "./options-editor.js";
import { PairField } from "./pair-field.js";
import { ScaleLabelsEditor } from "./scale-labels-editor.js";

export interface QuestionEditorProps {
  sectionIndex: number;
  index: number;
  count: number;
  question: QuestionDraft;
  audiences: { value: string; label: string }[];
  errors: Readonly<Record<string, string>>;
  onChange: (sectionIndex: number, index: number, patch: Partial<QuestionDraft>) => void;
  onMove: (sectionIndex: number, index: number, offset: -1 | 1) => void;
  onRemove: (sectionIndex: number, index: number) => void;
}

/** One question of the template: wording in both languages, type and its answers, groups, required. */
export const QuestionEditor = memo(function QuestionEditor({
  sectionIndex,
  index,
  count,
  question,
  audiences,
  errors,
  onChange,
  onMove,
  onRemove,
}: QuestionEditorProps) {
  const { t } = useTranslation("assessments");
  const path = `definition.sections.${sectionIndex}.questions.${index}`;
  const set = (patch: Partial<QuestionDraft>) => onChange(sectionIndex, index, patch);
  const number = index + 1;
  return (
    <fieldset className="editor-question">
      <legend className="h5">{t("editor.questionLegend", { number, key: question.key })}</legend>
      {question.isNew ? (
        <TextField
          id={fieldId(`${path}.key`)}
          label={t("editor.key")}
          hint={t("editor.keyHint")}
          value={question.key}
          onChange={(key) => set({ key })}
          error={errors[`${path}.key`]}
          widthClass="input-width-m"
          autoComplete="off"
          required
        />
      ) : (
        <ReadOnlyField label={t("editor.key")} value={question.key} />
      )}
      <SelectField
        id={fieldId(`${path}.type`)}
        label={t("editor.type")}
        value={question.type}
        onChange={(type) => set({ type: type as QuestionType })}
        error={errors[`${path}.type`]}
      >
        {QUESTION_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`questionType.${type}`)}
          </option>
        ))}
      </SelectField>
      <PairField
        path={`${path}.text`}
        label={t("editor.text")}
        value={question.text}
        onChange={(text) => set({ text })}
        errors={errors}
        required
        isMultiline
      />
      <PairField
        path={`${path}.help`}
        label={t("editor.help")}
        value={question.help}
        onChange={(help) => set({ help })}
        errors={errors}
        maxLength={2000}
      />
      {question.type === "scale" ? (
        <ScaleLabelsEditor
          path={path}
          labels={question.labels}
          allowDontKnow={question.allowDontKnow}
          onChange={set}
          errors={errors}
        />
      ) : null}
      {question.type === "single" || question.type === "multiple" ? (
        <OptionsEditor
          path={`${path}.options`}
          options={question.options}
          onChange={(options) => set({ options })}
          errors={errors}
        />
      ) : null}
      {question.type === "multiple" ? (
        <TextField
          id={fieldId(`${path}.maxChoices`)}
          label={t("editor.maxChoices")}
          hint={t("editor.maxChoicesHint")}
          value={question.maxChoices}
          onChange={(maxChoices) => set({ maxChoices })}
          error={errors[`${path}.maxChoices`]}
          inputMode="numeric"
          widthClass="input-width-xs"
        />
      ) : null}
      {question.type === "text" ? (
        <TextField
          id={fieldId(`${path}.maxLength`)}
          label={t("editor.maxLength")}
          value={question.maxLength}
          onChange={(maxLength) => set({ maxLength })}
          error={errors[`${path}.maxLength`]}
          inputMode="numeric"
          widthClass="input-width-xs"
        />
      ) : null}
      <CheckboxGroup
        id={fieldId(`${path}.audiences`)}
        legend={t("editor.audiences")}
        options={audiences}
        selected={question.audiences}
        onChange={(selected) =>
          set({ audiences: audiences.map((item) => item.value).filter((value) => selected.includes(value)) })
        }
        error={
          errors[`${path}.audiences`] ??
          Object.entries(errors).find(([key]) => key.startsWith(`${path}.audiences.`))?.[1]
        }
      />
      <div className="form-group-checkbox">
        <input
          id={fieldId(`${path}.required`)}
          type="checkbox"
          className="form-checkbox"
          checked={question.required}
          onChange={(event) => set({ required: event.target.checked })}
        />
        <label htmlFor={fieldId(`${path}.required`)} className="form-label">
          {t("editor.required")}
        </label>
      </div>
      <div className="editor-question-actions">
        <button
          type="button"
          className="function-link"
          disabled={index === 0}
          onClick={() => onMove(sectionIndex, index, -1)}
        >
          <Icon name="arrow-upward" />
          {t("editor.moveUp", { number })}
        </button>
        <button
          type="button"
          className="function-link"
          disabled={index === count - 1}
          onClick={() => onMove(sectionIndex, index, 1)}
        >
          <Icon name="arrow-downward" />
          {t("editor.moveDown", { number })}
        </button>
        <button
          type="button"
          className="function-link"
          disabled={count === 1}
          onClick={() => onRemove(sectionIndex, index)}
        >
          <Icon name="delete" />
          {t("editor.removeQuestion", { number })}
        </button>
      </div>
    </fieldset>
  );
});
