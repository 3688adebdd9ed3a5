import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CloseCall } from "../../../../domain/calls.js";
import { issuesToFields } from "../../../../domain/validation.js";
import { api } from "../../../api/client.js";
import { ConfirmDialog } from "../../../components/confirm-dialog.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { fieldId } from "../../../forms/field-id.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { Offer } from "../api-types.js";
import { fieldSummaryItems } from "../need-field-labels.js";
import { submitErrors } from "../submit-errors.js";

const NONE = "none";


const FIELDS = ["chosenOfferId", "reason"];
/** Closes the call: the chosen offer (or none) and why, confirmed first because it cannot be undone. */
export function CloseCallForm({ callId, offers, onClosed }: { callId: string; offers: readonly Offer[]; onClosed: () => void }) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const [choice, setChoice] = useState(NONE);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [body, setBody] = useState<CloseCall | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const chosen = offers.find((offer) => offer.id === choice);

  const showErrors = (fields: Record<string, string>, text?: string) => {
    setErrors(fields);
    setMessage(text);
    window.requestAnimationFrame(() => summary.current?.focus());
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    const parsed = CloseCall.safeParse({ chosenOfferId: choice === NONE ? null : choice, reason });
    if (!parsed.success) {
      showErrors(issuesToFields(parsed.error.issues, currentLanguage()));
      return;
    }
    setErrors({});
    setMessage(undefined);
    setBody(parsed.data);
  };

  const close = async () => {
    if (!body) {
      return;
    }
    setIsSaving(true);
    try {
      await api.post(`/api/calls/${callId}/close`, body);
      setBody(null);
      onClosed();
    } catch (error) {
      setBody(null);
      const failure = submitErrors(error, tc, FIELDS);
      showErrors(failure.fields, failure.message);
    } finally {
      setIsSaving(false);
    }
  };

  const options = [...offers.map((offer) => ({ value: offer.id, label: t("close.offerFrom", { company: offer.companyName }) })), { value: NONE, label: t("close.none") }];
  return (
    <section className="manager-section close-call" aria-labelledby="close-heading">
      <h2 className="h3" id="close-heading">
        {t("close.heading")}
      </h2>
      <p>{t("close.intro")}</p>
      <ErrorSummary ref={summary} items={fieldSummaryItems(t, errors, FIELDS)} message={message} />
      <form className="needs-form" onSubmit={check} noValidate>
        <div className={errors.chosenOfferId ? "form-group form-error" : "form-group"}>
          <fieldset>
            <legend className="form-label">{t("close.choice")}</legend>
            {options.map((option, index) => {
              const id = index === 0 ? fieldId("chosenOfferId") : `${fieldId("chosenOfferId")}-${index}`;
              return (
                <div className="form-group-radio" key={option.value}>
                  <input id={id} type="radio" className="form-radio" name="chosen-offer" value={option.value} checked={choice === option.value} onChange={() => setChoice(option.value)} />
                  <label htmlFor={id} className="form-label">
                    {option.label}
                  </label>
                </div>
              );
            })}
          </fieldset>
        </div>
        <TextareaField id={fieldId("reason")} label={t("close.reason")} hint={t("close.reasonHint")} value={reason} onChange={setReason} error={errors.reason} rows={4} maxLength={5000} required />
        <button type="submit" className="button button-warning">
          {t("close.submit")}
        </button>
      </form>
      <ConfirmDialog isOpen={body !== null} title={t("close.confirmTitle")} confirmLabel={t("close.submit")} isDanger isBusy={isSaving} onConfirm={() => void close()} onCancel={() => setBody(null)}>
        <p>{chosen ? t("close.confirmChosen", { company: chosen.companyName }) : t("close.confirmNone")}</p>
      </ConfirmDialog>
    </section>
  );
}
