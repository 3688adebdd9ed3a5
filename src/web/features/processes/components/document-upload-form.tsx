import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.js";
import { useMe } from "../../../auth/auth-context.js";
import { isStaff } from "../../../auth/permissions.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { describedBy } from "../../../forms/field-id.js";
import { LabelText } from "../../../forms/field-label.js";
import { FieldError, FieldHint } from "../../../forms/field-message.js";
import { SelectField } from "../../../forms/select-field.js";
import { ACCEPT_ATTRIBUTE, checkFile } from "../model/files.js";
import { describeFailure, type FieldErrors } from "../model/form-errors.js";
import type { ProcessDetail, ProcessDocument } from "../model/types.js";
import { useFieldLabels } from "../model/use-field-labels.js";

const IDS = { file: "document-file", confidentialFor: "document-confidential" };

/**
 * Uploads a document. Agents may mark it confidential for any participating company; a company's
 * member only for their own company. Confidential material is hidden from the other companies.
 */
export function DocumentUploadForm({ process, onUploaded }: { process: ProcessDetail; onUploaded: (notice: string) => void }) {
  const { t } = useTranslation("processes");
  const me = useMe();
  const labels = useFieldLabels();
  const [file, setFile] = useState<File | null>(null);
  const [confidentialFor, setConfidentialFor] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const companies = [...new Map(process.participants.filter((row) => row.kind === "company").map((row) => [row.organisationId, row.name])).entries()];
  const choices = isStaff(me) ? companies : companies.filter(([id]) => id === me.organisationId);

  const show = (fields: FieldErrors, text?: string) => {
    setErrors(fields);
    setMessage(text);
    window.requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = checkFile(file);
    if (problem || !file) {
      show({ file: t(`documents.problem.${problem ?? "missing"}`) });
      return;
    }
    const form = new FormData();
    if (confidentialFor) {
      form.append("confidentialFor", confidentialFor);
    }
    form.append("file", file, file.name);
    setIsSaving(true);
    try {
      const uploaded = await api.post<ProcessDocument>(`/api/processes/${process.id}/documents`, form);
      setFile(null);
      setConfidentialFor("");
      if (fileInput.current) {
        fileInput.current.value = "";
      }
      setErrors({});
      setMessage(undefined);
      onUploaded(t("documents.uploadedNotice", { name: uploaded.filename }));
    } catch (error) {
      const failure = describeFailure(error, { forbidden: t("errors.forbidden"), notFound: t("errors.notFound"), failed: t("documents.uploadFailed") });
      show(failure.fields, failure.message);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="process-form process-subform">
      <h3 className="h4">{t("documents.uploadHeading")}</h3>
      <ErrorSummary ref={summary} items={labels.summary(errors, IDS)} message={message} />
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
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          aria-required
          aria-invalid={errors.file ? true : undefined}
          aria-describedby={describedBy(`${IDS.file}-hint`, errors.file && `${IDS.file}-error`)}
        />
      </div>
      {choices.length > 0 ? (
        <SelectField id={IDS.confidentialFor} label={labels.of("confidentialFor")} hint={t("documents.confidentialHint")} value={confidentialFor} onChange={setConfidentialFor} error={errors.confidentialFor}>
          <option value="">{t("documents.notConfidential")}</option>
          {choices.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <button type="submit" className="button button-primary" disabled={isSaving} aria-busy={isSaving || undefined}>
        {isSaving ? t("documents.uploading") : t("documents.upload")}
      </button>
    </form>
  );
}
