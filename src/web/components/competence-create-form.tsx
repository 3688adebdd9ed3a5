import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CompetenceCreate, type Competence } from "../../domain/competence.js";
import { issuesToFields } from "../../domain/validation.js";
import { ApiError, api } from "../api/client.js";
import { currentLanguage } from "../i18n/i18n.js";
import { ErrorSummary } from "../forms/error-summary.js";
import { TextField } from "../forms/text-field.js";

export function CompetenceCreateForm({ onCreated }: { onCreated: (created: Competence) => void }) {
  const { t } = useTranslation();
  const [nameDa, setNameDa] = useState("");
  const [nameEn, setNameEn] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isBusy, setIsBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const fail = (fields: Record<string, string>) => {
    setErrors(fields);
    window.requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = CompetenceCreate.safeParse({ nameDa, nameEn });
    if (!parsed.success) {
      fail(issuesToFields(parsed.error.issues, currentLanguage()));
      return;
    }
    setIsBusy(true);
    try {
      const created = await api.post<Competence>("/api/competences", parsed.data);
      setNameDa("");
      setNameEn("");
      setErrors({});
      onCreated(created);
    } catch (error) {
      fail(error instanceof ApiError && Object.keys(error.fields).length > 0 ? error.fields : { nameDa: t("errors.saveFailed") });
    } finally {
      setIsBusy(false);
    }
  };

  const labels: Record<string, string> = { nameDa: t("competences.nameDa"), nameEn: t("competences.nameEn") };
  const items = Object.entries(errors).map(([field, message]) => ({
    target: field === "nameEn" ? "competence-new-en" : "competence-new-da",
    label: labels[field] ?? field,
    message,
  }));

  return (
    <section aria-labelledby="add-competence-heading" className="create-competence">
      <h2 id="add-competence-heading">{t("competences.addHeading")}</h2>
      <ErrorSummary ref={summary} items={items} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField id="competence-new-da" label={labels.nameDa} value={nameDa} onChange={setNameDa} error={errors.nameDa} maxLength={100} required />
        <TextField id="competence-new-en" label={labels.nameEn} value={nameEn} onChange={setNameEn} error={errors.nameEn} maxLength={100} lang="en" required />
        <button type="submit" className="button button-primary mt-6" disabled={isBusy}>
          {t("competences.add")}
        </button>
      </form>
    </section>
  );
}
