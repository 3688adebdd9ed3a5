import { useTranslation } from "react-i18next";
import { AGREEMENT_STATUSES, type AgreementItem, type AgreementStatus } from "../../../../domain/process/phases.js";
import { AgreementPatch } from "../../../../domain/process/schemas.js";
import { apiRequest } from "../../../api/client.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { checkWith } from "../../../forms/form-check.js";
import { SelectField } from "../../../forms/select-field.js";
import { TextField } from "../../../forms/text-field.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import type { ProcessAgreement, ProcessDetail } from "../../../../domain/process/views.js";
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
  const id = (field: string) => `agreement-${item}-${field}`;
  const form = useSchemaForm({
    initial: {
      status: agreement?.status ?? ("open" as AgreementStatus),
      note: agreement?.note ?? "",
      documentId: agreement?.documentId ?? "",
    },
    check: (values, language) =>
      checkWith(
        AgreementPatch,
        { ...values, documentId: values.documentId === "" ? null : values.documentId },
        language,
      ),
    save: (body) => apiRequest(`/api/processes/${process.id}/agreements/${item}`, { method: "PUT", body }),
    onSaved: (_, body) =>
      onSaved(
        t("agreements.savedNotice", {
          item: t(`agreementItems.${item}`),
          status: t(`agreementStatuses.${body.status}`),
        }),
      ),
    texts: labels.failureTexts,
  });
  const { values, errors, set } = form;

  return (
    <div className={`agreement-item agreement-${agreement?.status ?? "open"}`}>
      <div className="agreement-text">
        <h3 className="h5 agreement-heading" id={id("heading")}>
          {t(`agreementItems.${item}`)} <AgreementStatusBadge status={agreement?.status ?? "open"} />
        </h3>
        <p className="agreement-hint">{t(`agreementHints.${item}`)}</p>
      </div>
      {process.canSteer ? (
        <form onSubmit={form.submit} noValidate className="agreement-form">
          <ErrorSummary
            ref={form.summaryRef}
            items={labels.summary(errors, { status: id("status"), note: id("note"), documentId: id("document") })}
            message={form.message}
          />
          <div className="agreement-fields">
            <SelectField
              id={id("status")}
              label={labels.of("status")}
              value={values.status}
              onChange={(value) => set("status")(value as AgreementStatus)}
              error={errors.status}
            >
              {AGREEMENT_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {t(`agreementStatuses.${value}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              id={id("document")}
              label={labels.of("documentId")}
              value={values.documentId}
              onChange={set("documentId")}
              error={errors.documentId}
            >
              <option value="">{t("agreements.noDocument")}</option>
              {process.documents.map((document) => (
                <option key={document.id} value={document.id}>
                  {document.filename}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="agreement-note-row">
            <TextField
              id={id("note")}
              label={labels.of("note")}
              value={values.note}
              onChange={set("note")}
              error={errors.note}
              maxLength={2000}
            />
            <button
              type="submit"
              className="button button-secondary"
              disabled={form.isSaving}
              aria-busy={form.isSaving || undefined}
            >
              {form.isSaving ? t("form.saving") : t("agreements.save")}
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
