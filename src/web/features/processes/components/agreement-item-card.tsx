import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { AGREEMENT_STATUSES, type AgreementItem, type AgreementStatus } from "../../../../domain/process/phases.js";
import { AgreementPatch } from "../../../../domain/process/schemas.js";
import { apiRequest } from "../../../api/client.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { SelectField } from "../../../forms/select-field.js";
import { TextField } from "../../../forms/text-field.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { checkWith, describeFailure, type FieldErrors } from "../model/form-errors.js";
import type { ProcessAgreement, ProcessDetail } from "../model/types.js";
import { useFieldLabels } from "../model/use-field-labels.js";
import { AgreementStatusBadge } from "./agreement-status-badge.js";

/** One agreement item: what it covers, its status, a note and the document that settles it. */
export function AgreementItemCard({
  item,
  agreement,
  process,
  onSaved,
}: {
  item: AgreementItem;
  agreement: ProcessAgreement | undefined;
  process: ProcessDetail;
  onSaved: (notice: string) => void;
}) {
  const { t } = useTranslation("processes");
  const labels = useFieldLabels();
  const [status, setStatus] = useState<AgreementStatus>(agreement?.status ?? "open");
  const [note, setNote] = useState(agreement?.note ?? "");
  const [documentId, setDocumentId] = useState(agreement?.documentId ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const id = (field: string) => `agreement-${item}-${field}`;

  const show = (fields: FieldErrors, text?: string) => {
    setErrors(fields);
    setMessage(text);
    window.requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkWith(AgreementPatch, { status, note, documentId: documentId === "" ? null : documentId }, currentLanguage());
    if (!checked.ok) {
      show(checked.errors);
      return;
    }
    setIsSaving(true);
    try {
      await apiRequest(`/api/processes/${process.id}/agreements/${item}`, { method: "PUT", body: checked.body });
      setErrors({});
      setMessage(undefined);
      onSaved(t("agreements.savedNotice", { item: t(`agreementItems.${item}`), status: t(`agreementStatuses.${checked.body.status}`) }));
    } catch (error) {
      const failure = describeFailure(error, { forbidden: t("errors.forbidden"), notFound: t("errors.notFound"), failed: t("errors.saveFailed") });
      show(failure.fields, failure.message);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <div className={`agreement-item agreement-${agreement?.status ?? "open"}`}>
      <div className="agreement-text">
        <h3 className="h5 agreement-heading" id={id("heading")}>
          {t(`agreementItems.${item}`)} <AgreementStatusBadge status={agreement?.status ?? "open"} />
        </h3>
        <p className="agreement-hint">{t(`agreementHints.${item}`)}</p>
      </div>
      {process.canSteer ? (
        <form onSubmit={(event) => void submit(event)} noValidate className="agreement-form">
          <ErrorSummary ref={summary} items={labels.summary(errors, { status: id("status"), note: id("note"), documentId: id("document") })} message={message} />
          <div className="agreement-fields">
            <SelectField id={id("status")} label={labels.of("status")} value={status} onChange={(value) => setStatus(value as AgreementStatus)} error={errors.status}>
              {AGREEMENT_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {t(`agreementStatuses.${value}`)}
                </option>
              ))}
            </SelectField>
            <SelectField id={id("document")} label={labels.of("documentId")} value={documentId} onChange={setDocumentId} error={errors.documentId}>
              <option value="">{t("agreements.noDocument")}</option>
              {process.documents.map((document) => (
                <option key={document.id} value={document.id}>
                  {document.filename}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="agreement-note-row">
            <TextField id={id("note")} label={labels.of("note")} value={note} onChange={setNote} error={errors.note} maxLength={2000} />
            <button type="submit" className="button button-secondary" disabled={isSaving} aria-busy={isSaving || undefined}>
              {isSaving ? t("form.saving") : t("agreements.save")}
              <span className="sr-only">: {t(`agreementItems.${item}`)}</span>
            </button>
          </div>
        </form>
      ) : (
        <dl className="agreement-facts">
          <dt>{labels.of("note")}</dt>
          <dd>{agreement?.note || t("agreements.noNote")}</dd>
          <dt>{labels.of("documentId")}</dt>
          <dd>
            {agreement?.documentId && agreement.documentName ? (
              <a href={`/api/processes/${process.id}/documents/${agreement.documentId}`} download>
                {agreement.documentName}
              </a>
            ) : (
              t("agreements.noDocument")
            )}
          </dd>
        </dl>
      )}
    </div>
  );
}
