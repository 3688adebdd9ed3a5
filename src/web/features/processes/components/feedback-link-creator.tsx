import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { FEEDBACK_AUDIENCES, FeedbackLinkInput, type FeedbackAudience } from "../../../../domain/living-lab/feedback.js";
import { api } from "../../../api/client.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { SelectField } from "../../../forms/select-field.js";
import { TextField } from "../../../forms/text-field.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { checkWith, describeFailure, type FieldErrors } from "../model/form-errors.js";
import type { CreatedFeedbackLink } from "../model/feedback.js";
import { FeedbackLinkShown } from "./feedback-link-shown.js";

/** Makes a feedback link for one group at a test; the link is shown once, with a copy button. */
export function FeedbackLinkCreator({ processId, planId, onCreated }: { processId: string; planId: string; onCreated: () => void }) {
  const { t } = useTranslation("processes");
  const [audience, setAudience] = useState<FeedbackAudience>("citizen");
  const [days, setDays] = useState("60");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [created, setCreated] = useState<CreatedFeedbackLink | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const ids = { audience: `feedback-audience-${planId}`, expiresInDays: `feedback-days-${planId}` };

  const show = (fields: FieldErrors, text?: string) => {
    setErrors(fields);
    setMessage(text);
    window.requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkWith(FeedbackLinkInput, { audience, expiresInDays: days.trim() === "" ? undefined : Number(days) }, currentLanguage());
    if (!checked.ok) {
      show(checked.errors);
      return;
    }
    setIsSaving(true);
    try {
      const link = await api.post<CreatedFeedbackLink>(`/api/processes/${processId}/test-plans/${planId}/feedback-links`, checked.body);
      setErrors({});
      setMessage(undefined);
      setCreated(link);
      onCreated();
    } catch (error) {
      const failure = describeFailure(error, { forbidden: t("errors.forbidden"), notFound: t("errors.notFound"), failed: t("errors.saveFailed") });
      show(failure.fields, failure.message);
    } finally {
      setIsSaving(false);
    }
  };

  const summaryItems = Object.entries(errors).map(([key, text]) => ({
    target: key === "expiresInDays" ? ids.expiresInDays : ids.audience,
    label: key === "expiresInDays" ? t("feedback.expiresInDays") : t("feedback.audience"),
    message: text,
  }));

  return (
    <>
      <form onSubmit={(event) => void submit(event)} noValidate className="process-subform feedback-link-form">
        <ErrorSummary ref={summary} items={summaryItems} message={message} />
        <p className="form-hint">{t("feedback.linkOnceHint")}</p>
        <div className="process-form-grid">
          <SelectField
            id={ids.audience}
            label={t("feedback.audience")}
            value={audience}
            onChange={(value) => setAudience(value as FeedbackAudience)}
            error={errors.audience}
          >
            {FEEDBACK_AUDIENCES.map((key) => (
              <option key={key} value={key}>
                {t(`feedback.audiences.${key}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id={ids.expiresInDays}
            type="number"
            label={t("feedback.expiresInDays")}
            hint={t("feedback.expiresHint")}
            value={days}
            onChange={setDays}
            error={errors.expiresInDays}
            widthClass="input-width-xs"
          />
        </div>
        <button type="submit" className="button button-secondary" disabled={isSaving} aria-busy={isSaving || undefined}>
          {isSaving ? t("form.saving") : t("feedback.createLink")}
        </button>
      </form>
      <div role="status">{created ? <FeedbackLinkShown link={created} /> : null}</div>
    </>
  );
}
