import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  FEEDBACK_AUDIENCES,
  FeedbackLinkInput,
  type FeedbackAudience,
} from "../../../../domain/living-lab/feedback.js";
import { api } from "../../../api/client.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { checkWith } from "../../../forms/form-check.js";
import { SelectField } from "../../../forms/select-field.js";
import { TextField } from "../../../forms/text-field.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import type { CreatedFeedbackLink } from "../../../../domain/process/views.js";
import { useFieldLabels } from "../model/use-field-labels.js";
import { FeedbackLinkShown } from "./feedback-link-shown.js";

/** Makes a feedback link for one group at a test; the link is shown once, with a copy button. */
export function FeedbackLinkCreator({
  processId,
  planId,
  onCreated,
}: {
  processId: string;
  planId: string;
  onCreated: () => void;
}) {
  const { t } = useTranslation("processes");
  const labels = useFieldLabels();
  const [created, setCreated] = useState<CreatedFeedbackLink | null>(null);
  const ids = { audience: `feedback-audience-${planId}`, expiresInDays: `feedback-days-${planId}` };
  const form = useSchemaForm({
    initial: { audience: "citizen" as FeedbackAudience, days: "60" },
    check: ({ audience, days }, language) =>
      checkWith(
        FeedbackLinkInput,
        { audience, expiresInDays: days.trim() === "" ? undefined : Number(days) },
        language,
      ),
    save: (body) =>
      api.post<CreatedFeedbackLink>(`/api/processes/${processId}/test-plans/${planId}/feedback-links`, body),
    onSaved: (link) => {
      setCreated(link);
      onCreated();
    },
    texts: labels.failureTexts,
  });
  const { values, errors, set } = form;

  const summaryItems = Object.entries(errors).map(([key, text]) => ({
    target: key === "expiresInDays" ? ids.expiresInDays : ids.audience,
    label: key === "expiresInDays" ? t("feedback.expiresInDays") : t("feedback.audience"),
    message: text,
  }));

  return (
    <>
      <form onSubmit={form.submit} noValidate className="process-subform feedback-link-form">
        <ErrorSummary ref={form.summaryRef} items={summaryItems} message={form.message} />
        <p className="form-hint">{t("feedback.linkOnceHint")}</p>
        <div className="process-form-grid">
          <SelectField
            id={ids.audience}
            label={t("feedback.audience")}
            value={values.audience}
            onChange={(value) => set("audience")(value as FeedbackAudience)}
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
            value={values.days}
            onChange={set("days")}
            error={errors.expiresInDays}
            widthClass="input-width-xs"
          />
        </div>
        <button
          type="submit"
          className="button button-secondary"
          disabled={form.isSaving}
          aria-busy={form.isSaving || undefined}
        >
          {form.isSaving ? t("form.saving") : t("feedback.createLink")}
        </button>
      </form>
      <div role="status">{created ? <FeedbackLinkShown link={created} /> : null}</div>
    </>
  );
}
