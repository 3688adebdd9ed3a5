import { Link, useNavigate } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { PUBLIC_KINDS } from "../../../../domain/organisation.js";
import { api } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { BackLink } from "../../../components/back-link.js";
import { ErrorState } from "../../../components/error-state.js";
import { PageHeading } from "../../../components/page-heading.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { fieldId } from "../../../forms/field-id.js";
import { OrganisationPicker } from "../../../forms/organisation-picker.js";
import { SelectField } from "../../../forms/select-field.js";
import { TextField } from "../../../forms/text-field.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { AssessmentDetail, TemplateSummary } from "../../../../domain/assessment/views.js";
import { validateCreate, type CreateFormState } from "../model/create-form.js";

const FIELDS = ["organisationId", "templateId", "title"] as const;

export function AssessmentCreatePage() {
  const { t } = useTranslation(["assessments", "translation"]);
  const language = currentLanguage();
  const navigate = useNavigate();
  const templates = useApi<{ items: TemplateSummary[] }>("/api/assessment-templates");
  const published = (templates.data?.items ?? []).filter((item) => item.status === "published");
  // With one published template, it is the one chosen.
  const chosenTemplate = (values: CreateFormState) =>
    values.templateId || (published.length === 1 ? published[0].id : "");
  const form = useSchemaForm({
    initial: {
      organisation: null,
      templateId: "",
      title: t("create.defaultTitle", { year: new Date().getFullYear() }),
    } as CreateFormState,
    check: (values) => validateCreate({ ...values, templateId: chosenTemplate(values) }, language),
    save: (body) => api.post<AssessmentDetail>("/api/assessments", body),
    onSaved: (created) => void navigate(`/vurderinger/${created.id}`, { state: { notice: "created" } }),
    fields: FIELDS,
  });
  const { values: state, errors, set } = form;
  const templateId = chosenTemplate(state);
  const labels: Record<(typeof FIELDS)[number], string> = {
    organisationId: t("create.organisation"),
    templateId: t("create.template"),
    title: t("create.title"),
  };

  return (
    <>
      <BackLink to="/vurderinger" label={t("common.backToList")} />
      <PageHeading title={t("create.heading")} />
      <p className="font-lead">{t("create.intro")}</p>
      <ErrorSummary
        ref={form.summaryRef}
        items={FIELDS.filter((field) => errors[field]).map((field) => ({
          target: fieldId(field),
          label: labels[field],
          message: errors[field],
        }))}
        message={form.message}
      />
      {templates.error ? <ErrorState error={templates.error} onRetry={templates.reload} /> : null}
      <form className="assessment-form" onSubmit={form.submit} noValidate>
        <p className="form-hint">{t("common.requiredNote")}</p>
        <OrganisationPicker
          id={fieldId("organisationId")}
          label={labels.organisationId}
          hint={t("create.organisationHint")}
          value={state.organisation}
          onChange={set("organisation")}
          error={errors.organisationId}
          kinds={PUBLIC_KINDS}
          required
        />
        <SelectField
          id={fieldId("templateId")}
          label={labels.templateId}
          hint={t("create.templateHint")}
          value={templateId}
          onChange={set("templateId")}
          error={errors.templateId}
          required
        >
          <option value="">{templates.isLoading ? t("create.templatesLoading") : t("create.chooseTemplate")}</option>
          {published.map((item) => (
            <option key={item.id} value={item.id}>
              {t("create.templateOption", {
                title: item.title[language],
                version: item.version,
                count: item.questionCount,
              })}
            </option>
          ))}
        </SelectField>
        <TextField
          id={fieldId("title")}
          label={labels.title}
          hint={t("create.titleHint")}
          value={state.title}
          onChange={set("title")}
          error={errors.title}
          maxLength={200}
          widthClass="input-width-xl"
          required
        />
        <div className="button-group form-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={form.isSaving}
            aria-busy={form.isSaving || undefined}
          >
            {form.isSaving ? t("common.saving") : t("create.submit")}
          </button>
          <Link to="/vurderinger" className="button button-secondary">
            {t("common.cancel")}
          </Link>
        </div>
      </form>
    </>
  );
}
