import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.js";
import { useMe } from "../../../auth/auth-context.js";
import { isStaff } from "../../../auth/permissions.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { describedBy } from "../../../forms/field-id.js";
import { LabelText } from "../../../forms/field-label.js";
import { FieldError, FieldHint } from "../../../forms/field-message.js";
import { SelectField } from "../../../forms/select-field.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import { ACCEPT_ATTRIBUTE, checkFile } from "../model/files.js";
import type { ProcessDetail, ProcessDocument } from "../../../../domain/process/views.js";
import { useFieldLabels } from "../model/use-field-labels.js";

const IDS = { file: "document-file", confidentialFor: "document-confidential" };

/**
 * Uploads a document. Agents may mark it confidential for any participating company; a company's
 * member only for their own company. Confidential material is hidden from the other companies.
 */
export function DocumentUploadForm({
  process,
  onUploaded,
}: {
  process: ProcessDetail;
  onUploaded: (notice: string) => void;
}) {
  const { t } = useTranslation("processes");
  const me = useMe();
  const labels = useFieldLabels();
  const fileInput = useRef<HTMLInputElement>(null);
  const form = useSchemaForm({
    initial: { file: null as File | null, confidentialFor: "" },
    check: ({ file, confidentialFor }) => {
      const problem = checkFile(file);
      return problem || !file
        ? { ok: false, errors: { file: t(`documents.problem.${problem ?? "missing"}`) } }
        : { ok: true, body: { file, confidentialFor } };
    },
    save: ({ file, confidentialFor }) => {
      const body = new FormData();
      if (confidentialFor) {
        body.append("confidentialFor", confidentialFor);
      }
      body.append("file", file, file.name);
      return api.post<ProcessDocument>(`/api/processes/${process.id}/documents`, body);
    },
    valuesAfterSave: () => ({ file: null, confidentialFor: "" }),
    onSaved: (uploaded) => {
      if (fileInput.current) {
        fileInput.current.value = "";
      }
      onUploaded(t("documents.uploadedNotice", { name: uploaded.filename }));
    },
    texts: { ...labels.failureTexts, failed: t("documents.uploadFailed") },
  });
  const { values, errors, set } = form;

  const companies = [
    ...new Map(
      process.participants.filter((row) => row.kind === "company").map((row) => [row.organisationId, row.name]),
    ).entries(),
  ];
  const choices = isStaff(me) ? companies : companies.filter(([id]) => id === me.organisationId);

  return (
    <form onSubmit={form.submit} noValidate className="process-form process-subform">
      <h3 className="h4">{t("documents.uploadHeading")}</h3>
      <ErrorSummary ref={form.summaryRef} items={labels.summary(errors, IDS)} message={form.message} />
      <div className={errors.file ? "form-group form-error" : "form-group"}>
        <label className="form-label" htmlFor={IDS.file}>
          <LabelText label={labels.of("file")} required />
        </label>
        <FieldHint id={`${IDS.file}-hint`} hint={t("documents.fileHint")} />
        <FieldError id={`${IDS.file}-error`} message={errors.file} />
        <input
          ref={fileInput}
          id={IDS.file}
          type="file"
          className="form-file-input"
          accept={ACCEPT_ATTRIBUTE}
          onChange={(event) => set("file")(event.target.files?.[0] ?? null)}
          aria-required
          aria-invalid={errors.file ? true : undefined}
          aria-describedby={describedBy(`${IDS.file}-hint`, errors.file && `${IDS.file}-error`)}
        />
      </div>
      {choices.length > 0 ? (
        <SelectField
          id={IDS.confidentialFor}
          label={labels.of("confidentialFor")}
          hint={t("documents.confidentialHint")}
          value={values.confidentialFor}
          onChange={set("confidentialFor")}
          error={errors.confidentialFor}
        >
          <option value="">{t("documents.notConfidential")}</option>
          {choices.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <button
        type="submit"
        className="button button-primary"
        disabled={form.isSaving}
        aria-busy={form.isSaving || undefined}
      >
        {form.isSaving ? t("documents.uploading") : t("documents.upload")}
      </button>
    </form>
  );
}
