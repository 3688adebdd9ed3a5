import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { VersionCreate } from "../../../../domain/business-case/requests.js";
import type { BusinessCaseVersion } from "../../../../domain/business-case/views.js";
import { issuesToFields } from "../../../../domain/validation.js";
import { api, ApiError } from "../../../api/client.js";
import { Alert } from "../../../components/alert.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { fieldId } from "../../../forms/field-id.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { currentLanguage } from "../../../i18n/i18n.js";

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
  const { t: tc } = useTranslation();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [isDraftProblem, setIsDraftProblem] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const id = fieldId("comment");

  const fail = (field: string | undefined, text?: string, draftProblem = false) => {
    setError(field);
    setMessage(text);
    setIsDraftProblem(draftProblem);
    window.requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const parsed = VersionCreate.safeParse({ comment });
    if (!parsed.success) {
      fail(issuesToFields(parsed.error.issues, currentLanguage()).comment);
      return;
    }
    if (!isDraftValid) {
      fail(undefined, t("versions.draftInvalid"), true);
      return;
    }
    setIsSaving(true);
    try {
      if (!(await flush())) {
        fail(undefined, tc("errors.saveFailed"));
        return;
      }
      const version = await api.post<BusinessCaseVersion>(`/api/business-cases/${caseId}/versions`, parsed.data);
      setError(undefined);
      setMessage(undefined);
      setComment("");
      setSaved(version.number);
      onSaved(version);
    } catch (failure) {
      const fields = failure instanceof ApiError ? failure.fields : {};
      fail(fields.comment, fields.comment ? undefined : failure instanceof ApiError && failure.status === 403 ? tc("errors.forbidden") : tc("errors.saveFailed"));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <section className="bc-section">
      <h2 id="version-save-heading" className="h3">
        {t("versions.saveHeading")}
      </h2>
      <p>{t("versions.saveIntro")}</p>
      <ErrorSummary ref={summary} items={error ? [{ target: id, label: t("versions.comment"), message: error }] : []} message={message} />
      {isDraftProblem ? (
        <button type="button" className="button button-secondary mb-5" onClick={onShowInputs}>
          {t("versions.showInputs")}
        </button>
      ) : null}
      {saved !== null ? (
        <Alert variant="success" live>
          <p>{t("versions.saved", { number: saved })}</p>
        </Alert>
      ) : null}
      <form className="bc-version-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextareaField id={id} label={t("versions.comment")} hint={t("versions.commentHint")} value={comment} onChange={setComment} error={error} rows={3} maxLength={1000} required />
        <button type="submit" className="button button-primary" disabled={isSaving} aria-busy={isSaving || undefined}>
          {isSaving ? t("versions.saving") : t("versions.save")}
        </button>
      </form>
    </section>
  );
}
