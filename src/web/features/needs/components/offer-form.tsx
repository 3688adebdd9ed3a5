import { useTranslation } from "react-i18next";
import { OfferInput } from "../../../../domain/calls.js";
import { apiRequest } from "../../../api/client.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { fieldId } from "../../../forms/field-id.js";
import { checkWith } from "../../../forms/form-check.js";
import { TextField } from "../../../forms/text-field.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import type { Offer } from "../../../../domain/calls-views.js";
import { fieldSummaryItems } from "../need-field-labels.js";

const FIELDS = ["solutionText", "priceIndication"];

/** A company's answer to a call: a new offer, or a change to its own (the server keeps one per company). */
export function OfferForm({
  callId,
  existing,
  onSaved,
}: {
  callId: string;
  existing: Offer | null;
  onSaved: (isNew: boolean) => void;
}) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const form = useSchemaForm({
    initial: { solutionText: existing?.solutionText ?? "", priceIndication: existing?.priceIndication ?? "" },
    check: (values, language) => checkWith(OfferInput, values, language),
    save: (body) => apiRequest<Offer>(`/api/calls/${callId}/offers`, { method: "POST", body }),
    onSaved: () => onSaved(existing === null),
    fields: FIELDS,
  });
  const { values, errors, set } = form;

  return (
    <>
      <ErrorSummary ref={form.summaryRef} items={fieldSummaryItems(t, errors, FIELDS)} message={form.message} />
      <form className="needs-form" onSubmit={form.submit} noValidate>
        <TextareaField
          id={fieldId("solutionText")}
          label={t("offer.solutionText")}
          hint={t("offer.solutionHint")}
          value={values.solutionText}
          onChange={set("solutionText")}
          error={errors.solutionText}
          rows={8}
          maxLength={20_000}
          required
        />
        <TextField
          id={fieldId("priceIndication")}
          label={t("offer.priceIndication")}
          hint={t("offer.priceHint")}
          value={values.priceIndication}
          onChange={set("priceIndication")}
          error={errors.priceIndication}
          maxLength={500}
          widthClass="input-width-xl"
        />
        <button
          type="submit"
          className="button button-primary"
          disabled={form.isSaving}
          aria-busy={form.isSaving || undefined}
        >
          {form.isSaving ? tc("form.saving") : existing ? t("offer.update") : t("offer.submit")}
        </button>
      </form>
    </>
  );
}
