import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CompetencePatch, type Competence } from "../../../../domain/competence.js";
import { issuesToFields } from "../../../../domain/validation.js";
import { ApiError, api } from "../../../api/client.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { FieldError } from "../../../forms/field-message.js";
import { describedBy } from "../../../forms/field-id.js";

/** One competence; "Omdøb" turns the row into a small form. */
export function CompetenceRow({
  competence,
  onSaved,
}: {
  competence: Competence;
  onSaved: (saved: Competence) => void;
}) {
  const { t } = useTranslation(["translation", "admin"]);
  const [isEditing, setIsEditing] = useState(false);
  const [nameDa, setNameDa] = useState(competence.nameDa);
  const [nameEn, setNameEn] = useState(competence.nameEn);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isBusy, setIsBusy] = useState(false);
  const base = `competence-${competence.id}`;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = CompetencePatch.safeParse({ nameDa, nameEn });
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues, currentLanguage()));
      document.getElementById(`${base}-da`)?.focus();
      return;
    }
    setIsBusy(true);
    try {
      const saved = await api.patch<Competence>(`/api/competences/${competence.id}`, parsed.data);
      setIsEditing(false);
      setErrors({});
      onSaved(saved);
      window.requestAnimationFrame(() => document.getElementById(`${base}-rename`)?.focus());
    } catch (error) {
      setErrors(
        error instanceof ApiError && Object.keys(error.fields).length > 0
          ? error.fields
          : { nameDa: t("errors.saveFailed") },
      );
    } finally {
      setIsBusy(false);
    }
  };

  const cancel = () => {
    setIsEditing(false);
    setNameDa(competence.nameDa);
    setNameEn(competence.nameEn);
    setErrors({});
    window.requestAnimationFrame(() => document.getElementById(`${base}-rename`)?.focus());
  };

  if (!isEditing) {
    return (
      <tr>
        <td>{competence.nameDa}</td>
        <td lang="en">{competence.nameEn}</td>
        <td className="text-right">{competence.organisationCount}</td>
        <td>
          <button
            id={`${base}-rename`}
            type="button"
            className="function-link"
            onClick={() => {
              setIsEditing(true);
              window.requestAnimationFrame(() => document.getElementById(`${base}-da`)?.focus());
            }}
          >
            {t("admin:competences.rename")}
            <span className="sr-only"> {competence.nameDa}</span>
          </button>
        </td>
      </tr>
    );
  }

  return (
    <tr className="editing-row">
      <td colSpan={4}>
        <form
          className="inline-edit"
          onSubmit={(event) => void save(event)}
          noValidate
          aria-label={t("admin:competences.renameLabel", { name: competence.nameDa })}
        >
          <div className={errors.nameDa ? "form-group form-error" : "form-group"}>
            <label className="form-label" htmlFor={`${base}-da`}>
              {t("admin:competences.nameDa")}
            </label>
            <FieldError id={`${base}-da-error`} message={errors.nameDa} />
            <input
              id={`${base}-da`}
              className="form-input"
              value={nameDa}
              onChange={(event) => setNameDa(event.target.value)}
              aria-invalid={errors.nameDa ? true : undefined}
              aria-describedby={describedBy(errors.nameDa && `${base}-da-error`)}
            />
          </div>
          <div className={errors.nameEn ? "form-group form-error" : "form-group"}>
            <label className="form-label" htmlFor={`${base}-en`}>
              {t("admin:competences.nameEn")}
            </label>
            <FieldError id={`${base}-en-error`} message={errors.nameEn} />
            <input
              id={`${base}-en`}
              className="form-input"
              lang="en"
              value={nameEn}
              onChange={(event) => setNameEn(event.target.value)}
              aria-invalid={errors.nameEn ? true : undefined}
              aria-describedby={describedBy(errors.nameEn && `${base}-en-error`)}
            />
          </div>
          <div className="button-group">
            <button type="submit" className="button button-primary" disabled={isBusy}>
              {t("common.save")}
            </button>
            <button type="button" className="button button-secondary" onClick={cancel}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      </td>
    </tr>
  );
}
