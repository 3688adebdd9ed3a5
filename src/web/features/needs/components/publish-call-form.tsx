import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { OpenCallCreate } from "../../../../domain/calls.js";
import { issuesToFields, translateMessage } from "../../../../domain/validation.js";
import { api } from "../../../api/client.js";
import { ConfirmDialog } from "../../../components/confirm-dialog.js";
import { formatDateTime } from "../../../components/format.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { fieldId } from "../../../forms/field-id.js";
import { TextField } from "../../../forms/text-field.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { OpenCall } from "../api-types.js";
import { deadlineToIso, localDateFromNow } from "../call-deadline.js";
import { fieldSummaryItems } from "../need-field-labels.js";
import { submitErrors } from "../submit-errors.js";


const FIELDS = ["title", "description", "deadline"];
/** Publishes the need as an open call: title and description prefilled from the need, a deadline, a confirmation. */
export function PublishCallForm({ needId, title, description, onPublished }: { needId: string; title: string; description: string; onPublished: (call: OpenCall) => void }) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const language = currentLanguage();
  const [state, setState] = useState({ title, description, date: localDateFromNow(14), time: "12:00" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [body, setBody] = useState<OpenCallCreate | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const set = (key: keyof typeof state) => (value: string) => setState((current) => ({ ...current, [key]: value }));

  const showErrors = (fields: Record<string, string>, text?: string) => {
    setErrors(fields);
    setMessage(text);
    window.requestAnimationFrame(() => summary.current?.focus());
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    const deadline = deadlineToIso(state.date, state.time);
    const parsed = OpenCallCreate.safeParse({ title: state.title, description: state.description, deadline: deadline || undefined });
    if (!parsed.success) {
      const fields = issuesToFields(parsed.error.issues, language);
      showErrors(fields.deadline && !deadline ? { ...fields, deadline: translateMessage("required", language) } : fields);
      return;
    }
    setErrors({});
    setMessage(undefined);
    setBody(parsed.data);
  };

  const publish = async () => {
    if (!body) {
      return;
    }
    setIsSaving(true);
    try {
      const call = await api.post<OpenCall>(`/api/needs/${needId}/calls`, body);
      setBody(null);
      onPublished(call);
    } catch (error) {
      setBody(null);
      const failure = submitErrors(error, tc, FIELDS);
      showErrors(failure.fields, failure.message);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <section aria-labelledby="publish-call-heading">
      <h3 className="h4" id="publish-call-heading">
        {t("call.publishHeading")}
      </h3>
      <ErrorSummary ref={summary} items={fieldSummaryItems(t, errors, FIELDS)} message={message} />
      <form className="needs-form" onSubmit={check} noValidate>
        <TextField id={fieldId("title")} label={t("call.title")} hint={t("call.titleHint")} value={state.title} onChange={set("title")} error={errors.title} maxLength={200} widthClass="input-width-xl" />
        <TextareaField id={fieldId("description")} label={t("call.description")} hint={t("call.descriptionHint")} value={state.description} onChange={set("description")} error={errors.description} maxLength={10_000} />
        <fieldset className="deadline-fieldset" aria-describedby="call-deadline-hint">
          <legend className="form-label">
            {t("call.deadline")}
            <span aria-hidden="true" className="required-mark">
              {" "}
              *
            </span>
          </legend>
          <span className="form-hint" id="call-deadline-hint">
            {t("call.deadlineHint")}
          </span>
          <div className="deadline-row">
            <TextField id={fieldId("deadline")} label={t("call.deadlineDate")} type="date" value={state.date} onChange={set("date")} error={errors.deadline} required />
            <TextField id={fieldId("deadlineTime")} label={t("call.deadlineTime")} type="time" value={state.time} onChange={set("time")} required />
          </div>
        </fieldset>
        <button type="submit" className="button button-primary">
          {t("call.publish")}
        </button>
      </form>
      <ConfirmDialog
        isOpen={body !== null}
        title={t("call.publishConfirmTitle")}
        confirmLabel={t("call.publish")}
        isBusy={isSaving}
        onConfirm={() => void publish()}
        onCancel={() => setBody(null)}
      >
        <p>{t("call.publishConfirmText", { title: body?.title || state.title, deadline: body ? formatDateTime(body.deadline, language) : "" })}</p>
      </ConfirmDialog>
    </section>
  );
}
