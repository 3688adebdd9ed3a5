import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DIALOGUE_KINDS, DialogueInput, OFFERING_KINDS } from "../../../../domain/calls.js";
import { api } from "../../../api/client.js";
import { Alert } from "../../../components/alert.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { fieldId } from "../../../forms/field-id.js";
import { checkWith } from "../../../forms/form-check.js";
import type { PickedOrganisation } from "../../../forms/organisation-picker.js";
import { OrganisationPicker } from "../../../forms/organisation-picker.js";
import { SelectField } from "../../../forms/select-field.js";
import { TextField } from "../../../forms/text-field.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import { fieldSummaryItems } from "../need-field-labels.js";

const EMPTY = { company: null as PickedOrganisation | null, kind: "", summary: "", date: "" };

const FIELDS = ["companyId", "kind", "summary", "occurredAt"];

/** Records one contact with a company (or with all of them) in the call's market-dialogue log. */
export function DialogueForm({ callId, onSaved }: { callId: string; onSaved: () => void }) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const form = useSchemaForm({
    initial: EMPTY,
    check: (values, language) => {
      const occurredAt = values.date ? new Date(`${values.date}T12:00:00`).toISOString() : undefined;
      return checkWith(
        DialogueInput,
        { companyId: values.company?.id ?? null, kind: values.kind || undefined, summary: values.summary, occurredAt },
        language,
        { kind: !values.kind },
      );
    },
    save: (body) => api.post(`/api/calls/${callId}/dialogue`, body),
    valuesAfterSave: () => EMPTY,
    onSaved: () => {
      setNotice(t("dialogue.savedNotice"));
      onSaved();
    },
    onProblems: () => setNotice(null),
    fields: FIELDS,
  });
  const { values: state, errors, set } = form;

  return (
    <section className="dialogue-form" aria-labelledby="dialogue-form-heading">
      <h3 className="h4" id="dialogue-form-heading">
        {t("dialogue.formHeading")}
      </h3>
      <p>{t("dialogue.formIntro")}</p>
      <div aria-live="polite">
        {notice ? (
          <Alert variant="success">
            <p>{notice}</p>
          </Alert>
        ) : null}
      </div>
      <ErrorSummary ref={form.summaryRef} items={fieldSummaryItems(t, errors, FIELDS)} message={form.message} />
      <form className="needs-form" onSubmit={form.submit} noValidate>
        <OrganisationPicker
          id={fieldId("companyId")}
          label={t("dialogue.companyLabel")}
          hint={t("dialogue.companyHint")}
          value={state.company}
          onChange={set("company")}
          error={errors.companyId}
          kinds={OFFERING_KINDS}
        />
        <SelectField
          id={fieldId("kind")}
          label={t("dialogue.kind")}
          value={state.kind}
          onChange={set("kind")}
          error={errors.kind}
          required
        >
          <option value="">{t("dialogue.chooseKind")}</option>
          {DIALOGUE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`dialogue.kinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextareaField
          id={fieldId("summary")}
          label={t("dialogue.summary")}
          hint={t("dialogue.summaryHint")}
          value={state.summary}
          onChange={set("summary")}
          error={errors.summary}
          rows={4}
          maxLength={5000}
          required
        />
        <TextField
          id={fieldId("occurredAt")}
          label={t("dialogue.date")}
          hint={t("dialogue.dateHint")}
          type="date"
          value={state.date}
          onChange={set("date")}
          error={errors.occurredAt}
          widthClass="input-width-s"
        />
        <button
          type="submit"
          className="button button-secondary"
          disabled={form.isSaving}
          aria-busy={form.isSaving || undefined}
        >
          {form.isSaving ? tc("form.saving") : t("dialogue.submit")}
        </button>
      </form>
    </section>
  );
}
