import { useTranslation } from "react-i18next";
import { CompetenceCreate, type Competence } from "../../../../domain/competence.js";
import { api } from "../../../api/client.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { checkWith } from "../../../forms/form-check.js";
import { TextField } from "../../../forms/text-field.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";

const EMPTY = { nameDa: "", nameEn: "" };

export function CompetenceCreateForm({ onCreated }: { onCreated: (created: Competence) => void }) {
  const { t } = useTranslation(["translation", "admin"]);
  const form = useSchemaForm({
    initial: EMPTY,
    check: (values, language) => checkWith(CompetenceCreate, values, language),
    save: (body) => api.post<Competence>("/api/competences", body),
    valuesAfterSave: () => EMPTY,
    onSaved: onCreated,
    fields: ["nameDa", "nameEn"],
  });
  const { values, errors, set } = form;

  const labels: Record<string, string> = {
    nameDa: t("admin:competences.nameDa"),
    nameEn: t("admin:competences.nameEn"),
  };
  const items = Object.entries(errors).map(([field, message]) => ({
    target: field === "nameEn" ? "competence-new-en" : "competence-new-da",
    label: labels[field] ?? field,
    message,
  }));

  return (
    <section aria-labelledby="add-competence-heading" className="create-competence">
      <h2 id="add-competence-heading">{t("admin:competences.addHeading")}</h2>
      <ErrorSummary ref={form.summaryRef} items={items} message={form.message} />
      <form onSubmit={form.submit} noValidate>
        <TextField
          id="competence-new-da"
          label={labels.nameDa}
          value={values.nameDa}
          onChange={set("nameDa")}
          error={errors.nameDa}
          maxLength={100}
          required
        />
        <TextField
          id="competence-new-en"
          label={labels.nameEn}
          value={values.nameEn}
          onChange={set("nameEn")}
          error={errors.nameEn}
          maxLength={100}
          lang="en"
          required
        />
        <button
          type="submit"
          className="button button-primary mt-6"
          disabled={form.isSaving}
          aria-busy={form.isSaving || undefined}
        >
          {t("admin:competences.add")}
        </button>
      </form>
    </section>
  );
}
