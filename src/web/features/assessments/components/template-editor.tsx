import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { DIMENSION_LABELS } from "../../../../domain/assessment/index.js";
import type { Dimension } from "../../../../domain/dimensions.js";
import { ConfirmDialog } from "../../../components/confirm-dialog.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { FormActions } from "../../../forms/form-actions.js";
import { UnsavedChangesGuard } from "../../../forms/unsaved-changes-guard.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { TemplateUpdate } from "../../../../domain/assessment/index.js";
import { useTemplateDraft } from "../hooks/use-template-draft.js";
import { describePath, targetOfPath } from "../model/draft-paths.js";
import { sectionOfPath, unusedDimensions, validateDraft, type TemplateDraft } from "../model/template-draft.js";
import { AddSection } from "./add-section.js";
import { PairField } from "./pair-field.js";
import { SectionEditor } from "./section-editor.js";
import { usePathWords } from "./use-path-words.js";

/** The template editor: general texts, group names, and every dimension with its questions. */
export function TemplateEditor({
  initial,
  submitLabel,
  save,
  onCancel,
}: {
  initial: TemplateDraft;
  submitLabel: string;
  save: (body: TemplateUpdate) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation(["assessments", "translation"]);
  const language = currentLanguage();
  const words = usePathWords();
  const [openSections, setOpenSections] = useState<ReadonlySet<number>>(new Set());
  const [removing, setRemoving] = useState<number | null>(null);
  const form = useSchemaForm({
    initial,
    check: validateDraft,
    save,
    onProblems: ({ fields }) => {
      const withErrors = Object.keys(fields)
        .map(sectionOfPath)
        .filter((index): index is number => index !== null);
      setOpenSections((current) => new Set([...current, ...withErrors]));
    },
  });
  const { values: draft, setValues: setDraft, errors } = form;
  const actions = useTemplateDraft(setDraft);
  const audiences = useMemo(
    () => draft.audiences.map((audience) => ({ value: audience.key, label: audience.label[language] || audience.key })),
    [draft.audiences, language],
  );

  const toggle = useCallback(
    (index: number, isOpen: boolean) =>
      setOpenSections((current) =>
        isOpen === current.has(index)
          ? current
          : isOpen
            ? new Set([...current, index])
            : new Set([...current].filter((item) => item !== index)),
      ),
    [],
  );

  const items = Object.entries(errors).map(([path, text]) => ({
    target: targetOfPath(path),
    label: describePath(path, draft, words, language),
    message: text,
  }));
  const errorCount = (index: number) => Object.keys(errors).filter((path) => sectionOfPath(path) === index).length;
  const removingSection = removing === null ? null : draft.sections[removing];

  return (
    <>
      <ErrorSummary ref={form.summaryRef} items={items} message={form.message} />
      <form className="template-editor" onSubmit={form.submit} noValidate>
        <p className="form-hint">{t("common.requiredNote")}</p>
        <fieldset className="editor-block">
          <legend className="h3">{t("editor.general")}</legend>
          <PairField
            path="definition.title"
            label={t("editor.templateTitle")}
            value={draft.title}
            onChange={(title) => setDraft((current) => ({ ...current, title }))}
            errors={errors}
            required
          />
          <PairField
            path="definition.description"
            label={t("editor.templateDescription")}
            value={draft.description}
            onChange={(description) => setDraft((current) => ({ ...current, description }))}
            errors={errors}
            isMultiline
            maxLength={2000}
          />
        </fieldset>
        <fieldset className="editor-block">
          <legend className="h3">{t("editor.groups")}</legend>
          <p className="form-hint">{t("editor.groupsHint")}</p>
          {draft.audiences.map((audience, index) => (
            <PairField
              key={audience.key}
              path={`definition.audiences.${index}.label`}
              label={t("editor.groupName", { number: index + 1 })}
              value={audience.label}
              onChange={(label) =>
                setDraft((current) => ({
                  ...current,
                  audiences: current.audiences.map((item, at) => (at === index ? { ...item, label } : item)),
                }))
              }
              errors={errors}
              required
            />
          ))}
        </fieldset>
        <h3 className="editor-sections-heading">{t("editor.sections")}</h3>
        <p className="form-hint">{t("editor.sectionsHint")}</p>
        {draft.sections.map((section, index) => (
          <SectionEditor
            key={section.uid}
            index={index}
            section={section}
            isOpen={openSections.has(index)}
            canRemove={draft.sections.length > 1}
            errorCount={errorCount(index)}
            audiences={audiences}
            errors={errors}
            onToggle={toggle}
            onSection={actions.updateSection}
            onQuestion={actions.updateQuestion}
            onMove={actions.moveQuestion}
            onRemoveQuestion={actions.removeQuestion}
            onAddQuestion={actions.addQuestion}
            onRemove={setRemoving}
          />
        ))}
        <AddSection
          dimensions={unusedDimensions(draft)}
          onAdd={(key) => {
            actions.addSection(key, DIMENSION_LABELS[key as Dimension] ?? { da: key, en: key });
            setOpenSections((current) => new Set([...current, draft.sections.length]));
          }}
        />
        <FormActions isSaving={form.isSaving} submitLabel={submitLabel} onCancel={onCancel} />
      </form>
      <ConfirmDialog
        isOpen={removingSection !== null}
        title={t("editor.removeSectionTitle", { title: removingSection?.title[language] ?? "" })}
        confirmLabel={t("editor.removeSection")}
        isDanger
        onConfirm={() => {
          if (removing !== null) {
            actions.removeSection(removing);
            setOpenSections(new Set());
          }
          setRemoving(null);
        }}
        onCancel={() => setRemoving(null)}
      >
        <p>{t("editor.removeSectionText", { count: removingSection?.questions.length ?? 0 })}</p>
      </ConfirmDialog>
      <UnsavedChangesGuard {...form.guard} />
    </>
  );
}
