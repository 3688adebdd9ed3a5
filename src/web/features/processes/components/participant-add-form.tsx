import { useTranslation } from "react-i18next";
import { ParticipantInput, PARTICIPANT_ROLES, type ParticipantRole } from "../../../../domain/process/schemas.js";
import { api } from "../../../api/client.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { checkWith } from "../../../forms/form-check.js";
import { OrganisationPicker } from "../../../forms/organisation-picker.js";
import type { PickedOrganisation } from "../../../forms/organisation-picker.js";
import { SelectField } from "../../../forms/select-field.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import { kindsForRole } from "../model/roles.js";
import { useFieldLabels } from "../model/use-field-labels.js";

const TARGETS = { role: "participant-role", organisationId: "participant-organisation" };
const EMPTY = { role: "" as ParticipantRole | "", organisation: null as PickedOrganisation | null };

/** Adds an organisation in a role. The role comes first, so the search only offers organisations that may hold it. */
export function ParticipantAddForm({ processId, onAdded }: { processId: string; onAdded: (notice: string) => void }) {
  const { t } = useTranslation("processes");
  const labels = useFieldLabels();
  const form = useSchemaForm({
    initial: EMPTY,
    check: ({ role, organisation }, language) =>
      checkWith(
        ParticipantInput,
        { organisationId: organisation?.id, role: role === "" ? undefined : role },
        language,
        { role: role === "", organisationId: organisation === null },
      ),
    save: (body) => api.post(`/api/processes/${processId}/participants`, body),
    valuesAfterSave: () => EMPTY,
    onSaved: (_, body, values) =>
      onAdded(t("participants.addedNotice", { name: values.organisation?.name ?? "", role: t(`roles.${body.role}`) })),
    texts: labels.failureTexts,
  });
  const { values, errors, set } = form;

  return (
    <form onSubmit={form.submit} noValidate className="process-form process-subform">
      <h3 className="h4">{t("participants.addHeading")}</h3>
      <ErrorSummary ref={form.summaryRef} items={labels.summary(errors, TARGETS)} message={form.message} />
      <SelectField
        id="participant-role"
        label={labels.of("role")}
        hint={t("participants.roleHint")}
        value={values.role}
        onChange={(value) => form.setValues({ ...EMPTY, role: value as ParticipantRole | "" })}
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
        hint={
          values.role === "" ? t("participants.organisationHint") : t(`participants.organisationHintFor.${values.role}`)
        }
        value={values.organisation}
        onChange={set("organisation")}
        error={errors.organisationId}
        kinds={kindsForRole(values.role)}
        required
      />
      <button
        type="submit"
        className="button button-primary"
        disabled={form.isSaving}
        aria-busy={form.isSaving || undefined}
      >
        {form.isSaving ? t("form.saving") : t("participants.add")}
      </button>
    </form>
  );
}
