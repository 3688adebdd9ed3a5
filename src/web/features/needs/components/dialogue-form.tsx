import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { DIALOGUE_KINDS, DialogueInput } from "../../../../domain/calls.js";
import { issuesToFields, translateMessage } from "../../../../domain/validation.js";
import { api } from "../../../api/client.js";
import { Alert } from "../../../components/alert.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { fieldId } from "../../../forms/field-id.js";
import type { PickedOrganisation } from "../../../forms/organisation-form-state.js";
import { OrganisationPicker } from "../../../forms/organisation-picker.js";
import { SelectField } from "../../../forms/select-field.js";
import { TextField } from "../../../forms/text-field.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { fieldSummaryItems } from "../need-field-labels.js";
import { submitErrors } from "../submit-errors.js";

const COMPANY_KINDS = ["company"] as const;
const EMPTY = { company: null as PickedOrganisation | null, kind: "", summary: "", date: "" };


const FIELDS = ["companyId", "kind", "summary", "occurredAt"];
/** Records one contact with a company (or with all of them) in the call's market-dialogue log. */
export function DialogueForm({ callId, onSaved }: { callId: string; onSaved: () => void }) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const language = currentLanguage();
  const [state, setState] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const showErrors = (fields: Record<string, string>, text?: string) => {
    setErrors(fields);
    setMessage(text);
    setNotice(null);
    window.requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const occurredAt = state.date ? new Date(`${state.date}T12:00:00`).toISOString() : undefined;
    const parsed = DialogueInput.safeParse({ companyId: state.company?.id ?? null, kind: state.kind || undefined, summary: state.summary, occurredAt });
    if (!parsed.success) {
      const fields = issuesToFields(parsed.error.issues, language);
      showErrors(fields.kind && !state.kind ? { ...fields, kind: translateMessage("required", language) } : fields);
      return;
    }
    setIsSaving(true);
    try {
      await api.post(`/api/calls/${callId}/dialogue`, parsed.data);
      setState(EMPTY);
      setErrors({});
      setMessage(undefined);
      setNotice(t("dialogue.savedNotice"));
      onSaved();
    } catch (error) {
      const failure = submitErrors(error, tc, FIELDS);
      showErrors(failure.fields, failure.message);
    } finally {
      setIsSaving(false);
    }
  };

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
      <ErrorSummary ref={summary} items={fieldSummaryItems(t, errors, FIELDS)} message={message} />
      <form className="needs-form" onSubmit={(event) => void submit(event)} noValidate>
        <OrganisationPicker id={fieldId("companyId")} label={t("dialogue.companyLabel")} hint={t("dialogue.companyHint")} value={state.company} onChange={(company) => setState((current) => ({ ...current, company }))} error={errors.companyId} kinds={COMPANY_KINDS} />
        <SelectField id={fieldId("kind")} label={t("dialogue.kind")} value={state.kind} onChange={(kind) => setState((current) => ({ ...current, kind }))} error={errors.kind} required>
          <option value="">{t("dialogue.chooseKind")}</option>
          {DIALOGUE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`dialogue.kinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextareaField id={fieldId("summary")} label={t("dialogue.summary")} hint={t("dialogue.summaryHint")} value={state.summary} onChange={(text) => setState((current) => ({ ...current, summary: text }))} error={errors.summary} rows={4} maxLength={5000} required />
        <TextField id={fieldId("occurredAt")} label={t("dialogue.date")} hint={t("dialogue.dateHint")} type="date" value={state.date} onChange={(date) => setState((current) => ({ ...current, date }))} error={errors.occurredAt} widthClass="input-width-s" />
        <button type="submit" className="button button-secondary" disabled={isSaving} aria-busy={isSaving || undefined}>
          {isSaving ? tc("form.saving") : t("dialogue.submit")}
        </button>
      </form>
    </section>
  );
}
