import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { COLLABORATION_MODELS, ProcessPatch } from "../../../../domain/process/schemas.js";
import { api } from "../../../api/client.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { TextField } from "../../../forms/text-field.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { checkWith, describeFailure, type FieldErrors } from "../model/form-errors.js";
import type { ProcessDetail } from "../model/types.js";
import { useFieldLabels } from "../model/use-field-labels.js";
import { RadioGroup } from "./radio-group.js";

/** Title, theme, description and collaboration model (PATCH /api/processes/:id). */
export function ProcessEditForm({ process, onCancel, onSaved }: { process: ProcessDetail; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation("processes");
  const labels = useFieldLabels();
  const [title, setTitle] = useState(process.title);
  const [theme, setTheme] = useState(process.theme);
  const [description, setDescription] = useState(process.description);
  const [model, setModel] = useState<string>(process.collaborationModel ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const show = (fields: FieldErrors, text?: string) => {
    setErrors(fields);
    setMessage(text);
    window.requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkWith(ProcessPatch, { title, theme, description, collaborationModel: model === "" ? null : model }, currentLanguage());
    if (!checked.ok) {
      show(checked.errors);
      return;
    }
    setIsSaving(true);
    try {
      await api.patch(`/api/processes/${process.id}`, checked.body);
      onSaved();
    } catch (error) {
      const failure = describeFailure(error, { forbidden: t("errors.forbidden"), notFound: t("errors.notFound"), failed: t("errors.saveFailed") });
      show(failure.fields, failure.message);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="process-form">
      <h3 tabIndex={-1} ref={heading} className="process-focus-heading">
        {t("overview.editHeading")}
      </h3>
      <ErrorSummary ref={summary} items={labels.summary(errors, { title: "edit-title", theme: "edit-theme", description: "edit-description", collaborationModel: "edit-model" })} message={message} />
      <TextField id="edit-title" label={labels.of("title")} value={title} onChange={setTitle} error={errors.title} maxLength={200} widthClass="input-width-xl" required />
      <TextField id="edit-theme" label={labels.of("theme")} hint={t("create.themeHint")} value={theme} onChange={setTheme} error={errors.theme} maxLength={100} widthClass="input-width-l" />
      <TextareaField id="edit-description" label={labels.of("description")} value={description} onChange={setDescription} error={errors.description} maxLength={10000} />
      <RadioGroup
        id="edit-model"
        name="edit-model"
        legend={labels.of("collaborationModel")}
        value={model}
        onChange={setModel}
        error={errors.collaborationModel}
        options={[
          ...COLLABORATION_MODELS.map((value) => ({ value, label: t(`models.${value}`), hint: t(`modelTexts.${value}`) })),
          { value: "", label: t("models.none"), hint: t("modelTexts.none") },
        ]}
      />
      <div className="button-group form-actions">
        <button type="submit" className="button button-primary" disabled={isSaving} aria-busy={isSaving || undefined}>
          {isSaving ? t("form.saving") : t("form.save")}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t("form.cancel")}
        </button>
      </div>
    </form>
  );
}
