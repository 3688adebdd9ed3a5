import { useTranslation } from "react-i18next";
import { FieldError } from "../../../forms/field-message.js";
import { describedBy } from "../../../forms/field-id.js";
import { LabelText } from "../../../forms/field-label.js";
import { TextField } from "../../../forms/text-field.js";
import type { FeedbackDraft } from "../model/feedback.js";
import type { FieldErrors } from "../../../forms/form-check.js";

interface Props {
  consentText: string;
  draft: FeedbackDraft;
  onChange: (patch: Partial<FeedbackDraft>) => void;
  errors: FieldErrors;
}

/** The consent (required), and whether to answer anonymously (the default) or by name. */
export function FeedbackConsent({ consentText, draft, onChange, errors }: Props) {
  const { t } = useTranslation("processes");
  return (
    <section aria-labelledby="feedback-consent-heading" className="feedback-section">
      <h2 id="feedback-consent-heading" className="h3">
        {t("feedbackForm.consentHeading")}
      </h2>
      <div className={errors.consent ? "form-group form-error" : "form-group"}>
        <fieldset aria-describedby={describedBy("feedback-consent-text", errors.consent && "feedback-consent-error")}>
          <legend className="form-label">
            <LabelText label={t("feedbackForm.consentLegend")} required />
          </legend>
          <p className="feedback-consent-text" id="feedback-consent-text">
            {consentText}
          </p>
          <FieldError id="feedback-consent-error" message={errors.consent} />
          <div className="form-group-checkbox">
            <input
              id="feedback-consent"
              type="checkbox"
              className="form-checkbox"
              checked={draft.consent}
              onChange={(event) => onChange({ consent: event.target.checked })}
            />
            <label htmlFor="feedback-consent" className="form-label">
              {t("feedbackForm.consent")}
            </label>
          </div>
        </fieldset>
      </div>
      <div className="form-group">
        <div className="form-group-checkbox">
          <input
            id="feedback-anonymous"
            type="checkbox"
            className="form-checkbox"
            checked={draft.anonymous}
            onChange={(event) => onChange({ anonymous: event.target.checked })}
            aria-describedby="feedback-anonymous-hint"
          />
          <label htmlFor="feedback-anonymous" className="form-label">
            {t("feedbackForm.anonymous")}
          </label>
          <span className="form-hint" id="feedback-anonymous-hint">
            {t("feedbackForm.anonymousHint")}
          </span>
        </div>
      </div>
      {draft.anonymous ? null : (
        <TextField
          id="feedback-name"
          label={t("feedbackForm.name")}
          value={draft.name}
          onChange={(name) => onChange({ name })}
          error={errors.name}
          maxLength={120}
          autoComplete="name"
          required
        />
      )}
    </section>
  );
}
