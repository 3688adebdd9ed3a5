import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { SelectField } from "../../../forms/select-field.js";
import { TextField } from "../../../forms/text-field.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { GroupRate, IssuedLink } from "../../../../domain/assessment/views.js";
import { emptyInvite, validateInvite, type InviteFormState } from "../model/invite-form.js";

const FIELDS = ["audience", "name", "email", "language", "expiresInDays"] as const;
const inviteId = (field: string) => `invite-${field}`;

/** Invite one respondent in a group; the personal link comes back once (shown by the page). */
export function InviteForm({
  assessmentId,
  groups,
  onIssued,
}: {
  assessmentId: string;
  groups: readonly GroupRate[];
  onIssued: (issued: IssuedLink) => void;
}) {
  const { t } = useTranslation(["assessments", "translation"]);
  const language = currentLanguage();
  const form = useSchemaForm({
    initial: emptyInvite(language),
    check: validateInvite,
    save: (body) => api.post<IssuedLink>(`/api/assessments/${assessmentId}/respondents`, body),
    // The next invitation is often to the same group: keep group, language and expiry.
    valuesAfterSave: (values) => ({ ...values, name: "", email: "" }),
    onSaved: onIssued,
    fields: FIELDS,
  });
  const { values: state, errors } = form;
  const set = (key: keyof InviteFormState) => (value: string) =>
    form.setValues((current) => ({ ...current, [key]: value }));
  const labels: Record<(typeof FIELDS)[number], string> = {
    audience: t("invite.audience"),
    name: t("invite.name"),
    email: t("invite.email"),
    language: t("invite.language"),
    expiresInDays: t("invite.expiresInDays"),
  };

  return (
    <>
      <ErrorSummary
        ref={form.summaryRef}
        items={FIELDS.filter((field) => errors[field]).map((field) => ({
          target: inviteId(field),
          label: labels[field],
          message: errors[field],
        }))}
        message={form.message}
      />
      <form className="invite-form" onSubmit={form.submit} noValidate>
        <div className="invite-grid">
          <SelectField
            id={inviteId("audience")}
            label={labels.audience}
            value={state.audience}
            onChange={set("audience")}
            error={errors.audience}
            required
          >
            <option value="">{t("invite.chooseAudience")}</option>
            {groups.map((group) => (
              <option key={group.audience} value={group.audience}>
                {group.label}
              </option>
            ))}
          </SelectField>
          <TextField
            id={inviteId("name")}
            label={labels.name}
            hint={t("invite.nameHint")}
            value={state.name}
            onChange={set("name")}
            error={errors.name}
            maxLength={120}
            autoComplete="off"
            required
          />
          <TextField
            id={inviteId("email")}
            label={labels.email}
            hint={t("invite.emailHint")}
            type="email"
            value={state.email}
            onChange={set("email")}
            error={errors.email}
            maxLength={254}
            autoComplete="off"
          />
          <SelectField
            id={inviteId("language")}
            label={labels.language}
            hint={t("invite.languageHint")}
            value={state.language}
            onChange={set("language")}
            error={errors.language}
          >
            <option value="da">{t("invite.languageDa")}</option>
            <option value="en">{t("invite.languageEn")}</option>
          </SelectField>
          <TextField
            id={inviteId("expiresInDays")}
            label={labels.expiresInDays}
            hint={t("invite.expiresHint")}
            value={state.expiresInDays}
            onChange={set("expiresInDays")}
            error={errors.expiresInDays}
            inputMode="numeric"
            widthClass="input-width-xs"
            autoComplete="off"
          />
        </div>
        <button
          type="submit"
          className="button button-primary mt-5"
          disabled={form.isSaving}
          aria-busy={form.isSaving || undefined}
        >
          {form.isSaving ? t("common.saving") : t("invite.submit")}
        </button>
      </form>
    </>
  );
}
