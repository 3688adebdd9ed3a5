import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { COLLABORATION_MODELS, ProcessPatch } from "../../../../domain/process/schemas.js";
import { api } from "../../../api/client.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { FormActions } from "../../../forms/form-actions.js";
import { checkWith } from "../../../forms/form-check.js";
import { TextField } from "../../../forms/text-field.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import type { ProcessDetail } from "../../../../domain/process/views.js";
import { useFieldLabels } from "../model/use-field-labels.js";
import { RadioGroup } from "./radio-group.js";

const TARGETS = {
  title: "edit-title",
  theme: "edit-theme",
  description: "edit-description",
  collaborationModel: "edit-model",
};

/** Title, theme, description and collaboration model (PATCH /api/processes/:id). */
export function ProcessEditForm({
  process,
  onCancel,
  onSaved,
}: {
  process: ProcessDetail;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation("processes");
  const labels = useFieldLabels();
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useSchemaForm({
    initial: {
      title: process.title,
      theme: process.theme,
      description: process.description,
      model: process.collaborationModel ?? "",
    },
    check: ({ model, ...values }, language) =>
      checkWith(ProcessPatch, { ...values, collaborationModel: model === "" ? null : model }, language),
    save: (body) => api.patch(`/api/processes/${process.id}`, body),
    onSaved,
    texts: labels.failureTexts,
  });
  const { values, errors, set } = form;

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <form onSubmit={form.submit} noValidate className="process-form">
      <h3 tabIndex={-1} ref={heading} className="process-focus-heading">
        {t("overview.editHeading")}
      </h3>
      <ErrorSummary ref={form.summaryRef} items={labels.summary(errors, TARGETS)} message={form.message} />
      <TextField
        id={TARGETS.title}
        label={labels.of("title")}
        value={values.title}
        onChange={set("title")}
        error={errors.title}
        maxLength={200}
        widthClass="input-width-xl"
        required
      />
      <TextField
        id={TARGETS.theme}
        label={labels.of("theme")}
        hint={t("create.themeHint")}
        value={values.theme}
        onChange={set("theme")}
        error={errors.theme}
        maxLength={100}
        widthClass="input-width-l"
      />
      <TextareaField
        id={TARGETS.description}
        label={labels.of("description")}
        value={values.description}
        onChange={set("description")}
        error={errors.description}
        maxLength={10000}
      />
      <RadioGroup
        id={TARGETS.collaborationModel}
        name="edit-model"
        legend={labels.of("collaborationModel")}
        value={values.model}
        onChange={set("model")}
        error={errors.collaborationModel}
        options={[
          ...COLLABORATION_MODELS.map((value) => ({
            value,
            label: t(`models.${value}`),
            hint: t(`modelTexts.${value}`),
          })),
          { value: "", label: t("models.none"), hint: t("modelTexts.none") },
        ]}
      />
      <FormActions isSaving={form.isSaving} submitLabel={t("form.save")} onCancel={onCancel} />
    </form>
  );
}
