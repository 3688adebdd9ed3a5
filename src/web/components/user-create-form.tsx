import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ROLES, UserCreate } from "../../domain/auth.js";
import { issuesToFields } from "../../domain/validation.js";
import { ApiError, api } from "../api/client.js";
import type { UserRow } from "../api/types.js";
import { currentLanguage } from "../i18n/i18n.js";
import { ErrorSummary, type SummaryItem } from "../forms/error-summary.js";
import type { PickedOrganisation } from "../forms/organisation-form-state.js";
import { OrganisationPicker } from "../forms/organisation-picker.js";
import { SelectField } from "../forms/select-field.js";
import { TextField } from "../forms/text-field.js";
import { roleLabel } from "./role-label.js";

const TARGETS: Record<string, string> = { email: "user-email", name: "user-name", role: "user-role", organisationId: "user-organisation" };

/** Creates a user; the server e-mails an invitation link. Validated with the shared UserCreate schema. */
export function UserCreateForm({ onCreated }: { onCreated: (user: UserRow) => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<string>("member");
  const [organisation, setOrganisation] = useState<PickedOrganisation | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const labels: Record<string, string> = {
    email: t("users.email"),
    name: t("users.name"),
    role: t("users.role"),
    organisationId: t("users.organisation"),
  };

  const fail = (fields: Record<string, string>, text?: string) => {
    setErrors(fields);
    setMessage(text);
    window.requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = UserCreate.safeParse({ email: email.trim(), name, role, organisationId: role === "member" ? (organisation?.id ?? null) : null });
    if (!parsed.success) {
      fail(issuesToFields(parsed.error.issues, currentLanguage()));
      return;
    }
    setIsBusy(true);
    try {
      const created = await api.post<UserRow>("/api/users", parsed.data);
      setErrors({});
      setMessage(undefined);
      setEmail("");
      setName("");
      setOrganisation(null);
      onCreated({ ...created, organisationName: organisation?.name ?? null, invitationPending: true, lastLoginAt: null });
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
        fail(error.fields);
      } else {
        fail({}, t("errors.saveFailed"));
      }
    } finally {
      setIsBusy(false);
    }
  };

  const items: SummaryItem[] = Object.entries(errors).map(([field, text]) => ({
    target: TARGETS[field] ?? "user-email",
    label: labels[field] ?? field,
    message: text,
  }));

  return (
    <section aria-labelledby="create-user-heading" className="create-user">
      <h2 id="create-user-heading">{t("users.createHeading")}</h2>
      <p>{t("users.createIntro")}</p>
      <ErrorSummary ref={summary} items={items} message={message} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField id="user-email" label={labels.email} type="email" value={email} onChange={setEmail} error={errors.email} autoComplete="off" widthClass="input-width-l" required />
        <TextField id="user-name" label={labels.name} value={name} onChange={setName} error={errors.name} autoComplete="off" widthClass="input-width-l" required />
        <SelectField id="user-role" label={labels.role} value={role} onChange={setRole} error={errors.role} hint={t("users.roleHint")} required>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {roleLabel(t, value)}
            </option>
          ))}
        </SelectField>
        {role === "member" ? (
          <OrganisationPicker
            id="user-organisation"
            label={labels.organisationId}
            hint={t("users.organisationHint")}
            value={organisation}
            onChange={setOrganisation}
            error={errors.organisationId}
            required
          />
        ) : null}
        <button type="submit" className="button button-primary mt-6" disabled={isBusy} aria-busy={isBusy || undefined}>
          {t("users.createSubmit")}
        </button>
      </form>
    </section>
  );
}
