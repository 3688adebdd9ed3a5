import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { OfferInput } from "../../../../domain/calls.js";
import { issuesToFields } from "../../../../domain/validation.js";
import { apiRequest } from "../../../api/client.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { fieldId } from "../../../forms/field-id.js";
import { TextField } from "../../../forms/text-field.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { Offer } from "../api-types.js";
import { fieldSummaryItems } from "../need-field-labels.js";
import { submitErrors } from "../submit-errors.js";


const FIELDS = ["solutionText", "priceIndication"];
/** A company's answer to a call: a new offer, or a change to its own (the server keeps one per company). */
export function OfferForm({ callId, existing, onSaved }: { callId: string; existing: Offer | null; onSaved: (isNew: boolean) => void }) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const [state, setState] = useState({ solutionText: existing?.solutionText ?? "", priceIndication: existing?.priceIndication ?? "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const set = (key: keyof typeof state) => (value: string) => setState((current) => ({ ...current, [key]: value }));

  const showErrors = (fields: Record<string, string>, text?: string) => {
    setErrors(fields);
    setMessage(text);
    window.requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = OfferInput.safeParse(state);
    if (!parsed.success) {
      showErrors(issuesToFields(parsed.error.issues, currentLanguage()));
      return;
    }
    setIsSaving(true);
    try {
      await apiRequest<Offer>(`/api/calls/${callId}/offers`, { method: "POST", body: parsed.data });
      setErrors({});
      setMessage(undefined);
      onSaved(existing === null);
    } catch (error) {
      const failure = submitErrors(error, tc, FIELDS);
      showErrors(failure.fields, failure.message);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <>
      <ErrorSummary ref={summary} items={fieldSummaryItems(t, errors, FIELDS)} message={message} />
      <form className="needs-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextareaField id={fieldId("solutionText")} label={t("offer.solutionText")} hint={t("offer.solutionHint")} value={state.solutionText} onChange={set("solutionText")} error={errors.solutionText} rows={8} maxLength={20_000} required />
        <TextField id={fieldId("priceIndication")} label={t("offer.priceIndication")} hint={t("offer.priceHint")} value={state.priceIndication} onChange={set("priceIndication")} error={errors.priceIndication} maxLength={500} widthClass="input-width-xl" />
        <button type="submit" className="button button-primary" disabled={isSaving} aria-busy={isSaving || undefined}>
          {isSaving ? tc("form.saving") : existing ? t("offer.update") : t("offer.submit")}
        </button>
      </form>
    </>
  );
}
