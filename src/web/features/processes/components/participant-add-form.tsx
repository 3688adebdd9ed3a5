import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ParticipantInput, PARTICIPANT_ROLES, type ParticipantRole } from "../../../../domain/process/schemas.js";
import { translateMessage } from "../../../../domain/validation.js";
import { api } from "../../../api/client.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { OrganisationPicker } from "../../../forms/organisation-picker.js";
import type { PickedOrganisation } from "../../../forms/organisation-form-state.js";
import { SelectField } from "../../../forms/select-field.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { checkWith, describeFailure, type FieldErrors } from "../model/form-errors.js";
import { kindsForRole } from "../model/roles.js";
import { useFieldLabels } from "../model/use-field-labels.js";

const TARGETS = { role: "participant-role", organisationId: "participant-organisation" };

/** Adds an organisation in a role. The role comes first, so the search only offers organisations that may hold it. */
export function ParticipantAddForm({ processId, onAdded }: { processId: string; onAdded: (notice: string) => void }) {
  const { t } = useTranslation("processes");
  const labels = useFieldLabels();
  const language = currentLanguage();
  const [role, setRole] = useState<ParticipantRole | "">("");
  const [organisation, setOrganisation] = useState<PickedOrganisation | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const show = (fields: FieldErrors, text?: string) => {
    setErrors(fields);
    setMessage(text);
    window.requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkWith(ParticipantInput, { organisationId: organisation?.id, role: role === "" ? undefined : role }, language);
    if (!checked.ok) {
      show({
        ...checked.errors,
        ...(role === "" ? { role: translateMessage("required", language) } : {}),
        ...(organisation === null ? { organisationId: translateMessage("required", language) } : {}),
      });
      return;
    }
    setIsSaving(true);
    try {
      await api.post(`/api/processes/${processId}/participants`, checked.body);
      setErrors({});
      setMessage(undefined);
      setRole("");
      setOrganisation(null);
      onAdded(t("participants.addedNotice", { name: organisation?.name ?? "", role: t(`roles.${checked.body.role}`) }));
    } catch (error) {
      const failure = describeFailure(error, { forbidden: t("errors.forbidden"), notFound: t("errors.notFound"), failed: t("errors.saveFailed") });
      show(failure.fields, failure.message);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="process-form process-subform">
      <h3 className="h4">{t("participants.addHeading")}</h3>
      <ErrorSummary ref={summary} items={labels.summary(errors, TARGETS)} message={message} />
      <SelectField
        id="participant-role"
        label={labels.of("role")}
        hint={t("participants.roleHint")}
        value={role}
        onChange={(value) => {
          setRole(value as ParticipantRole | "");
          setOrganisation(null);
        }}
        error={errors.role}
        required
      >
        <option value="">{t("participants.chooseRole")}</option>
        {PARTICIPANT_ROLES.map((value) => (
          <option key={value} value={value}>
            {t(`roles.${value}`)}
          </option>
        ))}
      </SelectField>
      <OrganisationPicker
        id="participant-organisation"
        label={labels.of("organisationId")}
        hint={role === "" ? t("participants.organisationHint") : t(`participants.organisationHintFor.${role}`)}
        value={organisation}
        onChange={setOrganisation}
        error={errors.organisationId}
        kinds={kindsForRole(role)}
        required
      />
      <button type="submit" className="button button-primary" disabled={isSaving} aria-busy={isSaving || undefined}>
        {isSaving ? t("form.saving") : t("participants.add")}
      </button>
    </form>
  );
}
