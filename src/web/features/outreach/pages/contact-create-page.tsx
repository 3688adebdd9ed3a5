import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { CONTACT_KINDS, ContactCreate } from "../../../../domain/outreach/schemas.js";
import type { OutreachContact } from "../../../../domain/outreach/views.js";
import { api } from "../../../api/client.js";
import { PageHeading } from "../../../components/page-heading.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { checkWith } from "../../../forms/form-check.js";
import { OrganisationPicker, type PickedOrganisation } from "../../../forms/organisation-picker.js";
import { SelectField } from "../../../forms/select-field.js";
import { TextField } from "../../../forms/text-field.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";

/** Today in the reader's own time zone, as the date field wants it. */
function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

const FIELD_TARGETS: Record<string, string> = {
  occurredOn: "contact-date",
  kind: "contact-kind",
  organisationIds: "contact-organisation",
  participants: "contact-participants",
  notes: "contact-notes",
  followUpOn: "contact-follow-up",
};

export function ContactCreatePage() {
  const { t } = useTranslation("outreach");
  const navigate = useNavigate();
  const [organisation, setOrganisation] = useState<PickedOrganisation | null>(null);
  const form = useSchemaForm({
    initial: { occurredOn: localToday(), kind: "visit", participants: "", notes: "", followUpOn: "" },
    check: (values, language) =>
      checkWith(
        ContactCreate,
        { ...values, organisationIds: organisation ? [organisation.id] : [], followUpOn: values.followUpOn || null },
        language,
      ),
    save: (body) => api.post<OutreachContact>("/api/outreach", body),
    onSaved: (created) => void navigate(`/kontaktlog/${created.id}`),
    fields: Object.keys(FIELD_TARGETS),
  });
  const { values, errors, set } = form;
  const labels: Record<string, string> = {
    occurredOn: t("fields.occurredOn"),
    kind: t("fields.kind"),
    organisationIds: t("fields.organisation"),
    participants: t("fields.participants"),
    notes: t("fields.notes"),
    followUpOn: t("fields.followUpOn"),
  };
  const items = Object.entries(errors).map(([field, message]) => ({
    target: FIELD_TARGETS[field] ?? "contact-date",
    label: labels[field] ?? field,
    message,
  }));

  return (
    <>
      <PageHeading title={t("createTitle")} />
      <ErrorSummary ref={form.summaryRef} items={items} message={form.message} />
      <form onSubmit={form.submit} noValidate>
        <SelectField id="contact-kind" label={labels.kind} value={values.kind} onChange={set("kind")} required>
          {CONTACT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="contact-date"
          type="date"
          label={labels.occurredOn}
          value={values.occurredOn}
          onChange={set("occurredOn")}
          error={errors.occurredOn}
          required
        />
        <OrganisationPicker
          id="contact-organisation"
          label={labels.organisationIds}
          hint={t("fields.organisationHint")}
          value={organisation}
          onChange={setOrganisation}
          error={errors.organisationIds}
          required
        />
        <TextField
          id="contact-participants"
          label={labels.participants}
          hint={t("fields.participantsHint")}
          value={values.participants}
          onChange={set("participants")}
          error={errors.participants}
          maxLength={1000}
        />
        <TextareaField
          id="contact-notes"
          label={labels.notes}
          value={values.notes}
          onChange={set("notes")}
          error={errors.notes}
          maxLength={8000}
        />
        <TextField
          id="contact-follow-up"
          type="date"
          label={labels.followUpOn}
          hint={t("fields.followUpHint")}
          value={values.followUpOn}
          onChange={set("followUpOn")}
          error={errors.followUpOn}
        />
        <button
          type="submit"
          className="button button-primary mt-6"
          disabled={form.isSaving}
          aria-busy={form.isSaving || undefined}
        >
          {t("save")}
        </button>
      </form>
    </>
  );
}
