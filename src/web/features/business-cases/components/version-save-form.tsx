import { useState } from "react";
import { useTranslation } from "react-i18next";
import { VersionCreate } from "../../../../domain/business-case/requests.js";
import type { BusinessCaseVersion } from "../../../../domain/business-case/views.js";
import { api } from "../../../api/client.js";
import { Alert } from "../../../components/alert.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { fieldId } from "../../../forms/field-id.js";
import { checkWith } from "../../../forms/form-check.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";

/**
 * Saves the draft as the next version with a comment. The draft is saved first; a draft with
 * errors cannot become a version, and the summary says where to fix it.
 */
export function VersionSaveForm({
  caseId,
  isDraftValid,
  flush,
  onSaved,
  onShowInputs,
}: {
  caseId: string;
  isDraftValid: boolean;
  flush: () => Promise<boolean>;
  onSaved: (version: BusinessCaseVersion) => void;
  onShowInputs: () => void;
}) {
  const { t } = useTranslation("businessCases");
  const [saved, setSaved] = useState<number | null>(null);
  const draftInvalid = t("versions.draftInvalid");
  const id = fieldId("comment");
  const form = useSchemaForm({
    initial: { comment: "" },
    check: (values, language) => {
      const checked = checkWith(VersionCreate, values, language);
      return checked.ok && !isDraftValid ? { ok: false, errors: {}, message: draftInvalid } : checked;
    },
    save: async (body) => {
      // The draft is saved first: the version is made from what the server holds.
      if (!(await flush())) {
        throw new Error("The draft could not be saved");
      }
      return api.post<BusinessCaseVersion>(`/api/business-cases/${caseId}/versions`, body);
    },
    valuesAfterSave: () => ({ comment: "" }),
    onSaved: (version) => {
      setSaved(version.number);
      onSaved(version);
    },
    fields: ["comment"],
  });
  const error = form.errors.comment;

  return (
    <section className="bc-section">
      <h2 id="version-save-heading" className="h3">
        {t("versions.saveHeading")}
      </h2>
      <p>{t("versions.saveIntro")}</p>
      <ErrorSummary
        ref={form.summaryRef}
        items={error ? [{ target: id, label: t("versions.comment"), message: error }] : []}
        message={form.message}
      />
      {form.message === draftInvalid ? (
        <button type="button" className="button button-secondary mb-5" onClick={onShowInputs}>
          {t("versions.showInputs")}
        </button>
      ) : null}
      {saved !== null ? (
        <Alert variant="success" live>
          <p>{t("versions.saved", { number: saved })}</p>
        </Alert>
      ) : null}
      <form
        className="bc-version-form"
        onSubmit={(event) => {
          setSaved(null);
          form.submit(event);
        }}
        noValidate
      >
        <TextareaField
          id={id}
          label={t("versions.comment")}
          hint={t("versions.commentHint")}
          value={form.values.comment}
          onChange={form.set("comment")}
          error={error}
          rows={3}
          maxLength={1000}
          required
        />
        <button
          type="submit"
          className="button button-primary"
          disabled={form.isSaving}
          aria-busy={form.isSaving || undefined}
        >
          {form.isSaving ? t("versions.saving") : t("versions.save")}
        </button>
      </form>
    </section>
  );
}
