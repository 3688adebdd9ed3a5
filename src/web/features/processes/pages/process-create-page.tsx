import { useNavigate } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { COLLABORATION_MODELS, ProcessCreate } from "../../../../domain/process/schemas.js";
import { api } from "../../../api/client.js";
import { BackLink } from "../../../components/back-link.js";
import { PageHeading } from "../../../components/page-heading.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { FormActions } from "../../../forms/form-actions.js";
import { checkWith } from "../../../forms/form-check.js";
import { TextField } from "../../../forms/text-field.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { UnsavedChangesGuard } from "../../../forms/unsaved-changes-guard.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import { NeedChecklist } from "../components/need-checklist.js";
import { ParticipantRows, type ParticipantRow } from "../components/participant-rows.js";
import { RadioGroup } from "../components/radio-group.js";
import type { ProcessSummary } from "../../../../domain/process/views.js";
import { useFieldLabels } from "../model/use-field-labels.js";

const TARGETS = {
  needIds: "field-needIds",
  title: "field-title",
  kind: "field-kind",
  theme: "field-theme",
  description: "field-description",
  collaborationModel: "field-collaborationModel",
  participants: "field-participants-0-role",
  role: "field-participants-0-role",
  organisationId: "field-participants-0-organisationId",
};

/** Starts a process from one or more needs (agents and the programme manager). */
export function ProcessCreatePage() {
  const { t } = useTranslation("processes");
  const labels = useFieldLabels();
  const navigate = useNavigate();
  const form = useSchemaForm({
    initial: {
      title: "",
      kind: "",
      theme: "",
      description: "",
      model: "",
      needIds: [] as string[],
      rows: [] as ParticipantRow[],
    },
    check: ({ kind, model, rows, ...values }, language) => {
      const candidate = {
        ...values,
        kind: kind === "" ? undefined : kind,
        collaborationModel: model === "" ? null : model,
        participants: rows.map((row) => ({
          organisationId: row.organisation?.id,
          role: row.role === "" ? undefined : row.role,
        })),
      };
      const blank: Record<string, boolean> = { kind: kind === "" };
      rows.forEach((row, index) => {
        blank[`participants.${index}.role`] = row.role === "";
        blank[`participants.${index}.organisationId`] = !row.organisation;
      });
      return checkWith(ProcessCreate, candidate, language, blank);
    },
    save: (body) => api.post<ProcessSummary>("/api/processes", body),
    onSaved: (created) => void navigate(`/forloeb/${created.id}`, { state: { notice: "created" } }),
    texts: labels.failureTexts,
  });
  const { values, errors, set } = form;

  const summaryTargets = {
    ...TARGETS,
    ...Object.fromEntries(
      Object.keys(errors)
        .filter((key) => key.startsWith("participants."))
        .map((key) => [key, `field-${key.replace(/\./g, "-")}`]),
    ),
  };

  return (
    <>
      <BackLink to="/forloeb" label={t("detail.back")} />
      <PageHeading title={t("create.title")} />
      <p className="font-lead">{t("create.intro")}</p>
      <ErrorSummary ref={form.summaryRef} items={labels.summary(errors, summaryTargets)} message={form.message} />
      <form className="process-form process-create-form" onSubmit={form.submit} noValidate>
        <p className="form-hint">{t("form.requiredNote")}</p>
        <fieldset className="process-fieldset">
          <legend className="h3">{t("create.basicsLegend")}</legend>
          <NeedChecklist
            id="field-needIds"
            selected={values.needIds}
            onChange={set("needIds")}
            error={errors.needIds}
          />
          <TextField
            id="field-title"
            label={labels.of("title")}
            hint={t("create.titleHint")}
            value={values.title}
            onChange={set("title")}
            error={errors.title}
            maxLength={200}
            widthClass="input-width-xl"
            required
          />
          <RadioGroup
            id="field-kind"
            name="kind"
            legend={labels.of("kind")}
            value={values.kind}
            onChange={set("kind")}
            error={errors.kind}
            required
            options={[
              { value: "individual", label: t("kinds.individual"), hint: t("kindHints.individual") },
              { value: "network", label: t("kinds.network"), hint: t("kindHints.network") },
            ]}
          />
          <TextField
            id="field-theme"
            label={labels.of("theme")}
            hint={t("create.themeHint")}
            value={values.theme}
            onChange={set("theme")}
            error={errors.theme}
            maxLength={100}
            widthClass="input-width-l"
          />
          <TextareaField
            id="field-description"
            label={labels.of("description")}
            hint={t("create.descriptionHint")}
            value={values.description}
            onChange={set("description")}
            error={errors.description}
            maxLength={10000}
            rows={5}
          />
        </fieldset>
        <fieldset className="process-fieldset">
          <legend className="h3">{t("create.modelLegend")}</legend>
          <RadioGroup
            id="field-collaborationModel"
            name="collaborationModel"
            legend={t("create.modelChoose")}
            hint={t("create.modelHint")}
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
        </fieldset>
        <ParticipantRows rows={values.rows} onChange={set("rows")} errors={errors} />
        <FormActions isSaving={form.isSaving} submitLabel={t("create.submit")} onCancel={() => navigate("/forloeb")} />
      </form>
      <UnsavedChangesGuard {...form.guard} />
    </>
  );
}
