import { useTranslation } from "react-i18next";
import { CloseCall } from "../../../../domain/calls.js";
import { api } from "../../../api/client.js";
import { ConfirmDialog } from "../../../components/confirm-dialog.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { fieldId } from "../../../forms/field-id.js";
import { checkWith } from "../../../forms/form-check.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import type { Offer } from "../../../../domain/calls-views.js";
import { fieldSummaryItems } from "../need-field-labels.js";

const NONE = "none";

const FIELDS = ["chosenOfferId", "reason"];

/** Closes the call: the chosen offer (or none) and why, confirmed first because it cannot be undone. */
export function CloseCallForm({
  callId,
  offers,
  onClosed,
}: {
  callId: string;
  offers: readonly Offer[];
  onClosed: () => void;
}) {
  const { t } = useTranslation("needs");
  const form = useSchemaForm({
    initial: { choice: NONE, reason: "" },
    check: (values, language) =>
      checkWith(
        CloseCall,
        { chosenOfferId: values.choice === NONE ? null : values.choice, reason: values.reason },
        language,
      ),
    save: (body) => api.post(`/api/calls/${callId}/close`, body),
    onSaved: onClosed,
    fields: FIELDS,
    isConfirmed: true,
  });
  const { values, errors, set } = form;
  const chosen = offers.find((offer) => offer.id === values.choice);

  const options = [
    ...offers.map((offer) => ({ value: offer.id, label: t("close.offerFrom", { company: offer.companyName }) })),
    { value: NONE, label: t("close.none") },
  ];
  return (
    <section className="manager-section close-call" aria-labelledby="close-heading">
      <h2 className="h3" id="close-heading">
        {t("close.heading")}
      </h2>
      <p>{t("close.intro")}</p>
      <ErrorSummary ref={form.summaryRef} items={fieldSummaryItems(t, errors, FIELDS)} message={form.message} />
      <form className="needs-form" onSubmit={form.submit} noValidate>
        <div className={errors.chosenOfferId ? "form-group form-error" : "form-group"}>
          <fieldset>
            <legend className="form-label">{t("close.choice")}</legend>
            {options.map((option, index) => {
              const id = index === 0 ? fieldId("chosenOfferId") : `${fieldId("chosenOfferId")}-${index}`;
              return (
                <div className="form-group-radio" key={option.value}>
                  <input
                    id={id}
                    type="radio"
                    className="form-radio"
                    name="chosen-offer"
                    value={option.value}
                    checked={values.choice === option.value}
                    onChange={() => set("choice")(option.value)}
                  />
                  <label htmlFor={id} className="form-label">
                    {option.label}
                  </label>
                </div>
              );
            })}
          </fieldset>
        </div>
        <TextareaField
          id={fieldId("reason")}
          label={t("close.reason")}
          hint={t("close.reasonHint")}
          value={values.reason}
          onChange={set("reason")}
          error={errors.reason}
          rows={4}
          maxLength={5000}
          required
        />
        <button type="submit" className="button button-warning">
          {t("close.submit")}
        </button>
      </form>
      <ConfirmDialog
        isOpen={form.pending !== null}
        title={t("close.confirmTitle")}
        confirmLabel={t("close.submit")}
        isDanger
        isBusy={form.isSaving}
        onConfirm={form.confirm}
        onCancel={form.cancel}
      >
        <p>{chosen ? t("close.confirmChosen", { company: chosen.companyName }) : t("close.confirmNone")}</p>
      </ConfirmDialog>
    </section>
  );
}
