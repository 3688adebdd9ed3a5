import { useTranslation } from "react-i18next";
import { OpenCallCreate } from "../../../../domain/calls.js";
import { api } from "../../../api/client.js";
import { ConfirmDialog } from "../../../components/confirm-dialog.js";
import { formatDateTime } from "../../../components/format.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { fieldId } from "../../../forms/field-id.js";
import { checkWith } from "../../../forms/form-check.js";
import { TextField } from "../../../forms/text-field.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { OpenCall } from "../../../../domain/calls-views.js";
import { deadlineToIso, localDateFromNow } from "../call-deadline.js";
import { fieldSummaryItems } from "../need-field-labels.js";

const FIELDS = ["title", "description", "deadline"];

/** Publishes the need as an open call: title and description prefilled from the need, a deadline, a confirmation. */
export function PublishCallForm({
  needId,
  title,
  description,
  onPublished,
}: {
  needId: string;
  title: string;
  description: string;
  onPublished: (call: OpenCall) => void;
}) {
  const { t } = useTranslation("needs");
  const form = useSchemaForm({
    initial: { title, description, date: localDateFromNow(14), time: "12:00" },
    check: (values, language) => {
      const deadline = deadlineToIso(values.date, values.time);
      return checkWith(
        OpenCallCreate,
        { title: values.title, description: values.description, deadline: deadline || undefined },
        language,
        { deadline: !deadline },
      );
    },
    save: (body) => api.post<OpenCall>(`/api/needs/${needId}/calls`, body),
    onSaved: onPublished,
    fields: FIELDS,
    isConfirmed: true,
  });
  const { values: state, errors, set, pending: body } = form;

  return (
    <section aria-labelledby="publish-call-heading">
      <h3 className="h4" id="publish-call-heading">
        {t("call.publishHeading")}
      </h3>
      <ErrorSummary ref={form.summaryRef} items={fieldSummaryItems(t, errors, FIELDS)} message={form.message} />
      <form className="needs-form" onSubmit={form.submit} noValidate>
        <TextField
          id={fieldId("title")}
          label={t("call.title")}
          hint={t("call.titleHint")}
          value={state.title}
          onChange={set("title")}
          error={errors.title}
          maxLength={200}
          widthClass="input-width-xl"
        />
        <TextareaField
          id={fieldId("description")}
          label={t("call.description")}
          hint={t("call.descriptionHint")}
          value={state.description}
          onChange={set("description")}
          error={errors.description}
          maxLength={10_000}
        />
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
            <TextField
              id={fieldId("deadline")}
              label={t("call.deadlineDate")}
              type="date"
              value={state.date}
              onChange={set("date")}
              error={errors.deadline}
              required
            />
            <TextField
              id={fieldId("deadlineTime")}
              label={t("call.deadlineTime")}
              type="time"
              value={state.time}
              onChange={set("time")}
              required
            />
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
        isBusy={form.isSaving}
        onConfirm={form.confirm}
        onCancel={form.cancel}
      >
        <p>
          {t("call.publishConfirmText", {
            title: body?.title || state.title,
            deadline: body ? formatDateTime(body.deadline, currentLanguage()) : "",
          })}
        </p>
      </ConfirmDialog>
    </section>
  );
}
