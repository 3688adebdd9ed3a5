import type { TFunction } from "i18next";
import { useState } from "react";
import { useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { Organisation } from "../../../../domain/organisation.js";
import { InvitationInput, SIDES, sideOfOrganisationKind, type Side } from "../../../../domain/seminars/schemas.js";
import type { InvitationRow, SeminarDetail } from "../../../../domain/seminars/views.js";
import { api } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { Alert } from "../../../components/alert.js";
import { BackLink } from "../../../components/back-link.js";
import { ErrorState } from "../../../components/error-state.js";
import { formatDate } from "../../../components/format.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { fieldId } from "../../../forms/field-id.js";
import { FormActions } from "../../../forms/form-actions.js";
import { checkWith } from "../../../forms/form-check.js";
import { OrganisationPicker, type PickedOrganisation } from "../../../forms/organisation-picker.js";
import { SelectField } from "../../../forms/select-field.js";
import { TextField } from "../../../forms/text-field.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import { useLanguage } from "../shared.js";

type T = TFunction<"seminars">;

interface InviteState {
  organisation: PickedOrganisation | null;
  name: string;
  email: string;
  side: Side | "";
}

const EMPTY: InviteState = { organisation: null, name: "", email: "", side: "" };
const FIELDS = ["organisationId", "name", "email", "side"];

/** An invitation's state as the organiser reads it: the registration made through the link says the most. */
export function invitationStatusText(t: T, row: InvitationRow): string {
  if (row.status !== "accepted") {
    return t(`invitations.status.${row.status}`);
  }
  switch (row.registrationStatus) {
    case "waitlisted":
      return t("invitations.status.waitlisted");
    case "attended":
      return t("invitations.status.attended");
    case "no_show":
      return t("invitations.status.noShow");
    case "cancelled":
      return t("invitations.status.cancelledAfter");
    default:
      return t("invitations.status.accepted");
  }
}

function InviteForm({ seminarId, onSent }: { seminarId: string; onSent: () => void }) {
  const { t } = useTranslation("seminars");
  const [contacts, setContacts] = useState<Organisation["contactPersons"]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useSchemaForm({
    initial: EMPTY,
    check: (values: InviteState, language) =>
      checkWith(
        InvitationInput,
        {
          name: values.name,
          email: values.email.trim(),
          side: values.side || undefined,
          organisationId: values.organisation?.id,
        },
        language,
        { side: values.side === "" },
      ),
    save: (body) => api.post<InvitationRow>(`/api/seminars/${seminarId}/invitations`, body),
    valuesAfterSave: () => EMPTY,
    onSaved: (row) => {
      setContacts([]);
      setNotice(t("invitations.sent", { name: row.name }));
      onSent();
    },
    fields: FIELDS,
  });
  const { values, errors, set, setValues } = form;
  const labels: Record<string, string> = {
    organisationId: t("invitations.organisation"),
    name: t("invitations.name"),
    email: t("invitations.email"),
    side: t("invitations.side"),
  };

  const pickOrganisation = async (picked: PickedOrganisation | null) => {
    setNotice(null);
    setContacts([]);
    setValues((current) => ({ ...current, organisation: picked }));
    if (!picked) {
      return;
    }
    const organisation = await api.get<Organisation>(`/api/organisations/${picked.id}`);
    setContacts(organisation.contactPersons.filter((person) => person.email));
    setValues((current) =>
      current.organisation?.id === picked.id
        ? { ...current, side: sideOfOrganisationKind(organisation.kind) }
        : current,
    );
  };

  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t("invitations.formHeading")}</h2>
      {notice ? (
        <Alert variant="success" live>
          <p>{notice}</p>
        </Alert>
      ) : null}
      <ErrorSummary
        ref={form.summaryRef}
        items={Object.entries(errors).map(([path, message]) => ({
          target: fieldId(path),
          label: labels[path] ?? path,
          message,
        }))}
        message={form.message}
      />
      <form onSubmit={form.submit} noValidate>
        <OrganisationPicker
          id={fieldId("organisationId")}
          label={t("invitations.organisation")}
          hint={t("invitations.organisationHint")}
          value={values.organisation}
          onChange={(picked) => void pickOrganisation(picked)}
          error={errors.organisationId}
        />
        {contacts.length > 0 ? (
          <SelectField
            id="invite-contact"
            label={t("invitations.contact")}
            value={contacts.findIndex((person) => person.email === values.email).toString()}
            onChange={(index) => {
              const person = contacts[Number(index)];
              if (person) {
                setValues((current) => ({ ...current, name: person.name, email: person.email }));
              }
            }}
          >
            <option value="-1">{t("invitations.noContact")}</option>
            {contacts.map((person, index) => (
              <option key={`${person.email}-${index}`} value={index}>
                {person.title ? `${person.name} (${person.title})` : person.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextField
          id={fieldId("name")}
          label={t("invitations.name")}
          value={values.name}
          onChange={set("name")}
          error={errors.name}
          autoComplete="off"
          required
        />
        <TextField
          id={fieldId("email")}
          label={t("invitations.email")}
          type="email"
          value={values.email}
          onChange={set("email")}
          error={errors.email}
          autoComplete="off"
          required
        />
        <SelectField
          id={fieldId("side")}
          label={t("invitations.side")}
          value={values.side}
          onChange={(side) => set("side")(side as Side | "")}
          error={errors.side}
          required
        >
          <option value="">{t("invitations.chooseSide")}</option>
          {SIDES.map((side) => (
            <option key={side} value={side}>
              {t(`sides.${side}`)}
            </option>
          ))}
        </SelectField>
        <FormActions isSaving={form.isSaving} submitLabel={t("invitations.send")} />
      </form>
    </section>
  );
}

/** Staff: invite named people by side, and follow each invitation (sent, declined, registered). */
export function InvitationsPage() {
  const { t } = useTranslation("seminars");
  const language = useLanguage();
  const { id = "" } = useParams();
  const seminar = useApi<SeminarDetail>(`/api/seminars/${id}`);
  const invitations = useApi<{ items: InvitationRow[] }>(`/api/seminars/${id}/invitations`);
  const data = seminar.data?.id === id ? seminar.data : undefined;
  const isLocked = data?.status === "closed" || data?.status === "cancelled";
  const items = invitations.data?.items;

  return (
    <>
      <BackLink to={`/seminarer/${id}`} label={t("invitations.back")} />
      <PageHeading title={t("invitations.title")} />
      {data ? <p className="font-lead">{data.title}</p> : null}
      {!data && seminar.isLoading ? <Loading /> : null}
      {!data && seminar.error ? <ErrorState error={seminar.error} onRetry={seminar.reload} /> : null}
      {data ? (
        <>
          <p>{t("invitations.intro")}</p>
          {isLocked ? (
            <Alert variant="info">
              <p>{t("invitations.locked")}</p>
            </Alert>
          ) : (
            <InviteForm seminarId={id} onSent={invitations.reload} />
          )}
          <h2>{t("invitations.listHeading")}</h2>
          {invitations.error ? <ErrorState error={invitations.error} onRetry={invitations.reload} /> : null}
          {items && items.length === 0 ? <p className="empty-state">{t("invitations.empty")}</p> : null}
          {items && items.length > 0 ? (
            <ul className="invitation-list nobullet-list">
              {items.map((row) => (
                <li key={row.id} className="invitation-row">
                  <div>
                    <strong>{row.name}</strong>
                    <br />
                    <span className="text-muted">
                      {[row.organisationName, t(`sides.${row.side}`)].filter(Boolean).join(" · ")}
                    </span>
                  </div>
                  <div className="invitation-state">
                    <span className={`invitation-status invitation-status-${row.registrationStatus ?? row.status}`}>
                      {invitationStatusText(t, row)}
                    </span>
                    <br />
                    <span className="text-muted">
                      {t("invitations.sentOn", { date: formatDate(row.sentAt, language) })}
                    </span>
                  </div>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </>
  );
}
