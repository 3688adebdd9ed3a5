import { useTranslation } from "react-i18next";
import { ROLES, UserCreate } from "../../../../domain/auth.js";
import { api } from "../../../api/client.js";
import { ErrorSummary, type SummaryItem } from "../../../forms/error-summary.js";
import { checkWith } from "../../../forms/form-check.js";
import type { PickedOrganisation } from "../../../forms/organisation-picker.js";
import { OrganisationPicker } from "../../../forms/organisation-picker.js";
import { SelectField } from "../../../forms/select-field.js";
import { TextField } from "../../../forms/text-field.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import { roleLabel } from "../../../components/role-label.js";
import type { UserRow } from "../../../../domain/user-views.js";

const TARGETS: Record<string, string> = {
  email: "user-email",
  name: "user-name",
  role: "user-role",
  organisationId: "user-organisation",
};
const EMPTY = { email: "", name: "", role: "member", organisation: null as PickedOrganisation | null };

/** Creates a user; the server e-mails an invitation link. Validated with the shared UserCreate schema. */
export function UserCreateForm({ onCreated }: { onCreated: (user: UserRow) => void }) {
  const { t } = useTranslation(["translation", "admin"]);
  const form = useSchemaForm({
    initial: EMPTY,
    check: ({ email, name, role, organisation }, language) =>
      checkWith(
        UserCreate,
        { email: email.trim(), name, role, organisationId: role === "member" ? (organisation?.id ?? null) : null },
        language,
      ),
    save: (body) => api.post<UserRow>("/api/users", body),
    valuesAfterSave: (values) => ({ ...EMPTY, role: values.role }),
    onSaved: (created, _, values) =>
      onCreated({
        ...created,
        organisationName: values.organisation?.name ?? null,
        invitationPending: true,
        lastLoginAt: null,
      }),
    fields: Object.keys(TARGETS),
  });
  const { values, errors, set } = form;

  const labels: Record<string, string> = {
    email: t("admin:users.email"),
    name: t("admin:users.name"),
    role: t("admin:users.role"),
    organisationId: t("admin:users.organisation"),
  };

  const items: SummaryItem[] = Object.entries(errors).map(([field, text]) => ({
    target: TARGETS[field] ?? "user-email",
    label: labels[field] ?? field,
    message: text,
  }));

  return (
    <section aria-labelledby="create-user-heading" className="create-user">
      <h2 id="create-user-heading">{t("admin:users.createHeading")}</h2>
      <p>{t("admin:users.createIntro")}</p>
      <ErrorSummary ref={form.summaryRef} items={items} message={form.message} />
      <form onSubmit={form.submit} noValidate>
        <TextField
          id="user-email"
          label={labels.email}
          type="email"
          value={values.email}
          onChange={set("email")}
          error={errors.email}
          autoComplete="off"
          widthClass="input-width-l"
          required
        />
        <TextField
          id="user-name"
          label={labels.name}
          value={values.name}
          onChange={set("name")}
          error={errors.name}
          autoComplete="off"
          widthClass="input-width-l"
          required
        />
        <SelectField
          id="user-role"
          label={labels.role}
          value={values.role}
          onChange={set("role")}
          error={errors.role}
          hint={t("admin:users.roleHint")}
          required
        >
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {roleLabel(t, value)}
            </option>
          ))}
        </SelectField>
        {values.role === "member" ? (
          <OrganisationPicker
            id="user-organisation"
            label={labels.organisationId}
            hint={t("admin:users.organisationHint")}
            value={values.organisation}
            onChange={set("organisation")}
            error={errors.organisationId}
            required
          />
        ) : null}
        <button
          type="submit"
          className="button button-primary mt-6"
          disabled={form.isSaving}
          aria-busy={form.isSaving || undefined}
        >
          {t("admin:users.createSubmit")}
        </button>
      </form>
    </section>
  );
}
