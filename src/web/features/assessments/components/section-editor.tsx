import { memo } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../../../components/icon.js";
import { fieldId } from "../../../forms/field-id.js";
import { FieldError } from "../../../forms/field-message.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { QuestionDraft, SectionDraft } from "../model/template-draft.js";
import { PairField } from "./pair-field.js";
import { QuestionEditor } from "./question-editor.js";

interface SectionEditorProps {
  index: number;
  section: SectionDraft;
  isOpen: boolean;
  canRemove: boolean;
  errorCount: number;
  audiences: { value: string; label: string }[];
  errors: Readonly<Record<string, string>>;
  onToggle: (index: number, isOpen: boolean) => void;
  onSection: (index: number, patch: Partial<SectionDraft>) => void;
  onQuestion: (sectionIndex: number, index: number, patch: Partial<QuestionDraft>) => void;
  onMove: (sectionIndex: number, index: number, offset: -1 | 1) => void;
  onRemoveQuestion: (sectionIndex: number, index: number) => void;
  onAddQuestion: (sectionIndex: number) => void;
  onRemove: (index: number) => void;
}

/** A dimension of the template, folded (DKFDS details) so the 40-odd questions stay manageable. */
export const SectionEditor = memo(function SectionEditor(props: SectionEditorProps) {
  const { index, section, isOpen, canRemove, errorCount, audiences, errors } = props;
  const { t } = useTranslation("assessments");
  const path = `definition.sections.${index}`;
  const addId = `${fieldId(`${path}.questions`)}-add`;
  return (
    <details
      className="details editor-section"
      open={isOpen}
      onToggle={(event) => props.onToggle(index, event.currentTarget.open)}
    >
      <summary className="details-summary">
        {section.title[currentLanguage()] || section.key} ·{" "}
        {t("editor.questionCount", { count: section.questions.length })}
        {errorCount > 0 ? (
          <span className="badge badge-error editor-error-badge">{t("editor.errorCount", { count: errorCount })}</span>
        ) : null}
      </summary>
      <div className="details-text">
        <p className="form-hint">{t("editor.sectionKey", { key: section.key })}</p>
        <PairField
          path={`${path}.title`}
          label={t("editor.sectionTitle")}
          value={section.title}
          onChange={(title) => props.onSection(index, { title })}
          errors={errors}
          required
        />
        <PairField
          path={`${path}.description`}
          label={t("editor.sectionDescription")}
          value={section.description}
          onChange={(description) => props.onSection(index, { description })}
          errors={errors}
          isMultiline
          maxLength={2000}
        />
        {section.questions.map((question, questionIndex) => (
          <QuestionEditor
            key={question.uid}
            sectionIndex={index}
            index={questionIndex}
            count={section.questions.length}
            question={question}
            audiences={audiences}
            errors={errors}
            onChange={props.onQuestion}
            onMove={props.onMove}
            onRemove={(sectionIndex, at) => {
              props.onRemoveQuestion(sectionIndex, at);
              window.requestAnimationFrame(() => document.getElementById(addId)?.focus());
            }}
          />
        ))}
        <FieldError id={`${addId}-error`} message={errors[`${path}.questions`]} />
        <div className="button-group editor-section-actions">
          <button
            id={addId}
            type="button"
            className="button button-secondary"
            onClick={() => props.onAddQuestion(index)}
          >
            <Icon name="plus" />
            {t("editor.addQuestion")}
          </button>
          {canRemove ? (
            <button type="button" className="button button-tertiary" onClick={() => props.onRemove(index)}>
              <Icon name="delete" />
              {t("editor.removeSection")}
            </button>
          ) : null}
        </div>
      </div>
    </details>
  );
});
