import { useTranslation } from "react-i18next";
import { PARTICIPANT_ROLES, type ParticipantRole } from "../../../../domain/process/schemas.js";
import { Icon } from "../../../components/icon.js";
import { OrganisationPicker } from "../../../forms/organisation-picker.js";
import type { PickedOrganisation } from "../../../forms/organisation-picker.js";
import { SelectField } from "../../../forms/select-field.js";
import type { FieldErrors } from "../../../forms/form-check.js";
import { kindsForRole } from "../model/roles.js";

export interface ParticipantRow {
  key: number;
  role: ParticipantRole | "";
  organisation: PickedOrganisation | null;
}

let nextKey = 1;
export function newParticipantRow(): ParticipantRow {
  nextKey += 1;
  return { key: nextKey, role: "", organisation: null };
}

/** The other participants when starting a process; the needs' owners join by themselves as need owners. */
export function ParticipantRows({
  rows,
  onChange,
  errors,
}: {
  rows: readonly ParticipantRow[];
  onChange: (rows: ParticipantRow[]) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation("processes");
  const update = (key: number, change: Partial<ParticipantRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const general = errors.role ?? errors.organisationId ?? errors.participants;
  return (
    <fieldset className="process-fieldset">
      <legend className="h3">{t("create.participantsLegend")}</legend>
      <p className="form-hint">{t("create.participantsHint")}</p>
      {general ? (
        <p className="form-error-message" id="field-participants-error">
          {general}
        </p>
      ) : null}
      {rows.map((row, index) => (
        <div className="participant-row" key={row.key}>
          <h4 className="h5 mt-0">{t("create.participantNumber", { number: index + 1 })}</h4>
          <SelectField
            id={`field-participants-${index}-role`}
            label={t("fields.role")}
            value={row.role}
            onChange={(value) => update(row.key, { role: value as ParticipantRole | "", organisation: null })}
            error={errors[`participants.${index}.role`]}
            required
          >
            <option value="">{t("participants.chooseRole")}</option>
            {PARTICIPANT_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </SelectField>
          <OrganisationPicker
            id={`field-participants-${index}-organisationId`}
            label={t("fields.organisationId")}
            hint={
              row.role === "" ? t("participants.organisationHint") : t(`participants.organisationHintFor.${row.role}`)
            }
            value={row.organisation}
            onChange={(organisation) => update(row.key, { organisation })}
            error={errors[`participants.${index}.organisationId`]}
            kinds={kindsForRole(row.role)}
            required
          />
          <button
            type="button"
            className="function-link"
            onClick={() => onChange(rows.filter((item) => item.key !== row.key))}
          >
            <Icon name="delete" />
            {t("create.removeParticipant", { number: index + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => onChange([...rows, newParticipantRow()])}
      >
        <Icon name="plus" />
        {t("create.addParticipant")}
      </button>
    </fieldset>
  );
}
