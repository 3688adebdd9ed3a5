import { useTranslation } from "react-i18next";
import { CARE_AREAS } from "../../../../domain/care-areas.js";
import type { Competence } from "../../../../domain/competence.js";
import { MUNICIPALITIES, REGIONS } from "../../../../domain/geography.js";
import { EMPLOYEE_BANDS, ORGANISATION_KINDS, PARENT_KINDS } from "../../../../domain/organisation.js";
import { careAreaLabel } from "../../../components/care-area-label.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { CheckboxGroup } from "../../../forms/checkbox-group.js";
import { ContactPersonsFieldset } from "./contact-persons-fieldset.js";
import { Db07Picker } from "./db07-picker.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { fieldId } from "../../../forms/field-id.js";
import { errorFor, summaryItems } from "./organisation-field-labels.js";
import type { Checked } from "../../../forms/form-check.js";
import type { OrganisationFormState } from "./organisation-form-state.js";
import { OrganisationPicker } from "../../../forms/organisation-picker.js";
import { ReadOnlyField } from "../../../forms/read-only-field.js";
import { SelectField } from "../../../forms/select-field.js";
import { TextField } from "../../../forms/text-field.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { UnsavedChangesGuard } from "../../../forms/unsaved-changes-guard.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";

interface OrganisationFormProps<T> {
  initial: OrganisationFormState;
  /** false for a member editing their own organisation: kind, parent and CVR are shown, not editable */
  canChangeIdentity: boolean;
  competences: readonly Competence[];
  submitLabel: string;
  validate: (state: OrganisationFormState) => Checked<T>;
  save: (body: T) => Promise<void>;
  onCancel: () => void;
}

export function OrganisationForm<T>({
  initial,
  canChangeIdentity,
  competences,
  submitLabel,
  validate,
  save,
  onCancel,
}: OrganisationFormProps<T>) {
  const { t } = useTranslation(["translation", "organisations"]);
  const language = currentLanguage();
  const form = useSchemaForm({ initial, check: validate, save });
  const { values: state, set, errors } = form;

  const regionsWithMunicipalities = REGIONS.map((region) => ({
    region,
    municipalities: MUNICIPALITIES.filter((municipality) => municipality.regionCode === region.code),
  }));

  return (
    <>
      <ErrorSummary ref={form.summaryRef} items={summaryItems(t, errors)} message={form.message} />
      <form className="organisation-form" onSubmit={form.submit} noValidate>
        <p className="form-hint">{t("form.requiredNote")}</p>
        <fieldset>
          <legend className="h3">{t("organisations:organisationForm.basics")}</legend>
          {canChangeIdentity ? (
            <SelectField
              id={fieldId("kind")}
              label={t("organisations:organisation.kind")}
              value={state.kind}
              onChange={set("kind")}
              error={errors.kind}
              required
            >
              <option value="">{t("organisations:organisationForm.chooseKind")}</option>
              {ORGANISATION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </option>
              ))}
            </SelectField>
          ) : (
            <ReadOnlyField
              label={t("organisations:organisation.kind")}
              value={state.kind ? t(`kinds.${state.kind as (typeof ORGANISATION_KINDS)[number]}`) : ""}
            />
          )}
          <TextField
            id={fieldId("name")}
            label={t("organisations:organisation.name")}
            value={state.name}
            onChange={set("name")}
            error={errors.name}
            maxLength={200}
            widthClass="input-width-xl"
            required
          />
          {canChangeIdentity ? (
            <TextField
              id={fieldId("cvr")}
              label={t("organisations:organisation.cvr")}
              hint={t("organisations:organisationForm.cvrHint")}
              value={state.cvr}
              onChange={set("cvr")}
              error={errors.cvr}
              inputMode="numeric"
              widthClass="input-char-8"
              autoComplete="off"
            />
          ) : (
            <ReadOnlyField label={t("organisations:organisation.cvr")} value={state.cvr || t("common.notGiven")} />
          )}
          {state.kind === "public_unit" ? (
            canChangeIdentity ? (
              <OrganisationPicker
                id={fieldId("parentId")}
                label={t("organisations:organisation.parent")}
                hint={t("organisations:organisationForm.parentHint")}
                value={state.parent}
                onChange={set("parent")}
                error={errors.parentId}
                kinds={PARENT_KINDS}
                required
              />
            ) : (
              <ReadOnlyField
                label={t("organisations:organisation.parent")}
                value={state.parent?.name ?? t("common.notGiven")}
              />
            )
          ) : null}
          {!canChangeIdentity ? (
            <p className="form-hint">{t("organisations:organisationForm.identityLocked")}</p>
          ) : null}
        </fieldset>

        <fieldset>
          <legend className="h3">{t("organisations:organisationForm.placeAndContact")}</legend>
          <SelectField
            id={fieldId("municipalityCode")}
            label={t("organisations:organisation.municipality")}
            value={state.municipalityCode}
            onChange={set("municipalityCode")}
            error={errors.municipalityCode}
          >
            <option value="">{t("organisations:organisationForm.noMunicipality")}</option>
            {regionsWithMunicipalities.map(({ region, municipalities }) => (
              <optgroup key={region.code} label={region.name}>
                {municipalities.map((municipality) => (
                  <option key={municipality.code} value={municipality.code}>
                    {municipality.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
          <TextField
            id={fieldId("address")}
            label={t("organisations:organisation.address")}
            value={state.address}
            onChange={set("address")}
            error={errors.address}
            autoComplete="street-address"
            widthClass="input-width-xl"
          />
          <TextField
            id={fieldId("website")}
            label={t("organisations:organisation.website")}
            hint={t("organisations:organisationForm.websiteHint")}
            type="url"
            value={state.website}
            onChange={set("website")}
            error={errors.website}
            autoComplete="url"
            widthClass="input-width-xl"
          />
        </fieldset>

        <fieldset>
          <legend className="h3">{t("organisations:organisationForm.profile")}</legend>
          <SelectField
            id={fieldId("employeeBand")}
            label={t("organisations:organisation.employeeBand")}
            hint={t("organisations:organisationForm.employeeBandHint")}
            value={state.employeeBand}
            onChange={set("employeeBand")}
            error={errors.employeeBand}
          >
            <option value="">{t("organisations:organisationForm.noBand")}</option>
            {EMPLOYEE_BANDS.map((band) => (
              <option key={band} value={band}>
                {t(`bands.${band}`)}
              </option>
            ))}
          </SelectField>
          <TextareaField
            id={fieldId("description")}
            label={t("organisations:organisation.description")}
            hint={t("organisations:organisationForm.descriptionHint")}
            value={state.description}
            onChange={set("description")}
            error={errors.description}
            maxLength={5000}
          />
          <Db07Picker
            id={fieldId("db07Codes")}
            selected={state.db07}
            onChange={set("db07")}
            error={errorFor(errors, "db07Codes")}
          />
          <CheckboxGroup
            id={fieldId("careAreas")}
            legend={t("organisations:organisation.careAreas")}
            options={CARE_AREAS.map((area) => ({ value: area, label: careAreaLabel(t, area) }))}
            selected={state.careAreas}
            onChange={set("careAreas")}
            error={errorFor(errors, "careAreas")}
            columns
          />
          <CheckboxGroup
            id={fieldId("competenceIds")}
            legend={t("organisations:organisation.competences")}
            options={competences.map((competence) => ({
              value: competence.id,
              label: language === "da" ? competence.nameDa : competence.nameEn,
            }))}
            selected={state.competenceIds}
            onChange={set("competenceIds")}
            error={errorFor(errors, "competenceIds")}
            columns
          />
        </fieldset>

        <ContactPersonsFieldset rows={state.contactPersons} onChange={set("contactPersons")} errors={errors} />

        <div className="button-group form-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={form.isSaving}
            aria-busy={form.isSaving || undefined}
          >
            {form.isSaving ? t("form.saving") : submitLabel}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t("common.cancel")}
          </button>
        </div>
      </form>
      <UnsavedChangesGuard {...form.guard} />
    </>
  );
}
