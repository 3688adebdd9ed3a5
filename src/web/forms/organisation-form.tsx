import { useEffect, useRef, useState, type FormEvent } from "react";
import { useBlocker } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { CARE_AREAS } from "../../domain/care-areas.js";
import type { Competence } from "../../domain/competence.js";
import { MUNICIPALITIES, REGIONS } from "../../domain/geography.js";
import { EMPLOYEE_BANDS, ORGANISATION_KINDS, PARENT_KINDS } from "../../domain/organisation.js";
import { ApiError } from "../api/client.js";
import { careAreaLabel } from "../components/care-area-label.js";
import { ConfirmDialog } from "../components/confirm-dialog.js";
import { currentLanguage } from "../i18n/i18n.js";
import { CheckboxGroup } from "./checkbox-group.js";
import { ContactPersonsFieldset } from "./contact-persons-fieldset.js";
import { Db07Picker } from "./db07-picker.js";
import { ErrorSummary } from "./error-summary.js";
import { fieldId } from "./field-id.js";
import { errorFor, summaryItems } from "./organisation-field-labels.js";
import type { FieldErrors, OrganisationFormState, Validation } from "./organisation-form-state.js";
import { OrganisationPicker } from "./organisation-picker.js";
import { ReadOnlyField } from "./read-only-field.js";
import { SelectField } from "./select-field.js";
import { TextField } from "./text-field.js";
import { TextareaField } from "./textarea-field.js";

interface OrganisationFormProps<T> {
  initial: OrganisationFormState;
  /** false for a member editing their own organisation: kind, parent and CVR are shown, not editable */
  canChangeIdentity: boolean;
  competences: readonly Competence[];
  submitLabel: string;
  validate: (state: OrganisationFormState) => Validation<T>;
  save: (body: T) => Promise<void>;
  onCancel: () => void;
}

export function OrganisationForm<T>({ initial, canChangeIdentity, competences, submitLabel, validate, save, onCancel }: OrganisationFormProps<T>) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [state, setState] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  /** Set just before a successful save navigates away, so leaving is not blocked. */
  const isLeavingAfterSave = useRef(false);
  const isDirty = JSON.stringify(state) !== JSON.stringify(initial);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => isDirty && !isLeavingAfterSave.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!isDirty) {
      return;
    }
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [isDirty]);

  const set = <K extends keyof OrganisationFormState>(key: K) => (value: OrganisationFormState[K]) =>
    setState((current) => ({ ...current, [key]: value }));

  const showErrors = (fields: FieldErrors, text?: string) => {
    setErrors(fields);
    setMessage(text);
    window.requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(state);
    if (!checked.ok) {
      showErrors(checked.errors);
      return;
    }
    setIsSaving(true);
    try {
      isLeavingAfterSave.current = true;
      await save(checked.body);
    } catch (error) {
      isLeavingAfterSave.current = false;
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
        const { _: general, ...fields } = error.fields;
        showErrors(fields, general ?? (Object.keys(fields).length === 0 ? error.message : undefined));
      } else if (error instanceof ApiError && error.status === 403) {
        showErrors({}, t("errors.forbidden"));
      } else {
        showErrors({}, t("errors.saveFailed"));
      }
    } finally {
      setIsSaving(false);
    }
  };

  const regionsWithMunicipalities = REGIONS.map((region) => ({
    region,
    municipalities: MUNICIPALITIES.filter((municipality) => municipality.regionCode === region.code),
  }));

  return (
    <>
      <ErrorSummary ref={summary} items={summaryItems(t, errors)} message={message} />
      <form className="organisation-form" onSubmit={(event) => void submit(event)} noValidate>
        <p className="form-hint">{t("form.requiredNote")}</p>
        <fieldset>
          <legend className="h3">{t("organisationForm.basics")}</legend>
          {canChangeIdentity ? (
            <SelectField id={fieldId("kind")} label={t("organisation.kind")} value={state.kind} onChange={set("kind")} error={errors.kind} required>
              <option value="">{t("organisationForm.chooseKind")}</option>
              {ORGANISATION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </option>
              ))}
            </SelectField>
          ) : (
            <ReadOnlyField label={t("organisation.kind")} value={state.kind ? t(`kinds.${state.kind as (typeof ORGANISATION_KINDS)[number]}`) : ""} />
          )}
          <TextField id={fieldId("name")} label={t("organisation.name")} value={state.name} onChange={set("name")} error={errors.name} maxLength={200} widthClass="input-width-xl" required />
          {canChangeIdentity ? (
            <TextField
              id={fieldId("cvr")}
              label={t("organisation.cvr")}
              hint={t("organisationForm.cvrHint")}
              value={state.cvr}
              onChange={set("cvr")}
              error={errors.cvr}
              inputMode="numeric"
              widthClass="input-char-8"
              autoComplete="off"
            />
          ) : (
            <ReadOnlyField label={t("organisation.cvr")} value={state.cvr || t("common.notGiven")} />
          )}
          {state.kind === "public_unit" ? (
            canChangeIdentity ? (
              <OrganisationPicker
                id={fieldId("parentId")}
                label={t("organisation.parent")}
                hint={t("organisationForm.parentHint")}
                value={state.parent}
                onChange={set("parent")}
                error={errors.parentId}
                kinds={PARENT_KINDS}
                required
              />
            ) : (
              <ReadOnlyField label={t("organisation.parent")} value={state.parent?.name ?? t("common.notGiven")} />
            )
          ) : null}
          {!canChangeIdentity ? <p className="form-hint">{t("organisationForm.identityLocked")}</p> : null}
        </fieldset>

        <fieldset>
          <legend className="h3">{t("organisationForm.placeAndContact")}</legend>
          <SelectField
            id={fieldId("municipalityCode")}
            label={t("organisation.municipality")}
            value={state.municipalityCode}
            onChange={set("municipalityCode")}
            error={errors.municipalityCode}
          >
            <option value="">{t("organisationForm.noMunicipality")}</option>
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
          <TextField id={fieldId("address")} label={t("organisation.address")} value={state.address} onChange={set("address")} error={errors.address} autoComplete="street-address" widthClass="input-width-xl" />
          <TextField
            id={fieldId("website")}
            label={t("organisation.website")}
            hint={t("organisationForm.websiteHint")}
            type="url"
            value={state.website}
            onChange={set("website")}
            error={errors.website}
            autoComplete="url"
            widthClass="input-width-xl"
          />
        </fieldset>

        <fieldset>
          <legend className="h3">{t("organisationForm.profile")}</legend>
          <SelectField
            id={fieldId("employeeBand")}
            label={t("organisation.employeeBand")}
            hint={t("organisationForm.employeeBandHint")}
            value={state.employeeBand}
            onChange={set("employeeBand")}
            error={errors.employeeBand}
          >
            <option value="">{t("organisationForm.noBand")}</option>
            {EMPLOYEE_BANDS.map((band) => (
              <option key={band} value={band}>
                {t(`bands.${band}`)}
              </option>
            ))}
          </SelectField>
          <TextareaField
            id={fieldId("description")}
            label={t("organisation.description")}
            hint={t("organisationForm.descriptionHint")}
            value={state.description}
            onChange={set("description")}
            error={errors.description}
            maxLength={5000}
          />
          <Db07Picker id={fieldId("db07Codes")} selected={state.db07} onChange={set("db07")} error={errorFor(errors, "db07Codes")} />
          <CheckboxGroup
            id={fieldId("careAreas")}
            legend={t("organisation.careAreas")}
            options={CARE_AREAS.map((area) => ({ value: area, label: careAreaLabel(t, area) }))}
            selected={state.careAreas}
            onChange={set("careAreas")}
            error={errorFor(errors, "careAreas")}
            columns
          />
          <CheckboxGroup
            id={fieldId("competenceIds")}
            legend={t("organisation.competences")}
            options={competences.map((competence) => ({ value: competence.id, label: language === "da" ? competence.nameDa : competence.nameEn }))}
            selected={state.competenceIds}
            onChange={set("competenceIds")}
            error={errorFor(errors, "competenceIds")}
            columns
          />
        </fieldset>

        <ContactPersonsFieldset rows={state.contactPersons} onChange={set("contactPersons")} errors={errors} />

        <div className="button-group form-actions">
          <button type="submit" className="button button-primary" disabled={isSaving} aria-busy={isSaving || undefined}>
            {isSaving ? t("form.saving") : submitLabel}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t("common.cancel")}
          </button>
        </div>
      </form>
      <ConfirmDialog
        isOpen={blocker.state === "blocked"}
        title={t("form.unsavedTitle")}
        confirmLabel={t("form.leave")}
        cancelLabel={t("form.stay")}
        isDanger
        onConfirm={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      >
        <p>{t("form.unsavedText")}</p>
      </ConfirmDialog>
    </>
  );
}
