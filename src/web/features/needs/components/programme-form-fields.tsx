import type { Dispatch, SetStateAction } from "react";
import { useTranslation } from "react-i18next";
import { CARE_AREAS } from "../../../../domain/care-areas.js";
import { REGIONS } from "../../../../domain/geography.js";
import { ORGANISATION_KINDS } from "../../../../domain/organisation.js";
import { careAreaLabel } from "../../../components/care-area-label.js";
import { CheckboxGroup } from "../../../forms/checkbox-group.js";
import { fieldId } from "../../../forms/field-id.js";
import { TextField } from "../../../forms/text-field.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { errorFor } from "../need-field-labels.js";
import type { ProgrammeFormState } from "../programme-form-state.js";

export function ProgrammeFormFields({
  state,
  setState,
  errors,
}: {
  state: ProgrammeFormState;
  setState: Dispatch<SetStateAction<ProgrammeFormState>>;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const set =
    <K extends keyof ProgrammeFormState>(key: K) =>
    (value: ProgrammeFormState[K]) =>
      setState((current) => ({ ...current, [key]: value }));
  const checkbox = (
    key: "requiresCompany" | "requiresKnowledgeInstitution" | "countsAreGuidance" | "rolling",
    label: string,
    hint?: string,
  ) => (
    <div className="form-group-checkbox">
      <input
        id={fieldId(key)}
        type="checkbox"
        className="form-checkbox"
        checked={state[key]}
        onChange={(event) => set(key)(event.target.checked)}
        aria-describedby={hint ? `${fieldId(key)}-hint` : undefined}
      />
      <label htmlFor={fieldId(key)} className="form-label">
        {label}
      </label>
      {hint ? (
        <span className="form-hint" id={`${fieldId(key)}-hint`}>
          {hint}
        </span>
      ) : null}
    </div>
  );

  return (
    <>
      <fieldset>
        <legend className="h3">{t("programmeForm.basics")}</legend>
        <TextField
          id={fieldId("name")}
          label={t("programmeForm.name")}
          value={state.name}
          onChange={set("name")}
          error={errors.name}
          maxLength={200}
          widthClass="input-width-xl"
          required
        />
        <TextField
          id={fieldId("owner")}
          label={t("programmeForm.owner")}
          hint={t("programmeForm.ownerHint")}
          value={state.owner}
          onChange={set("owner")}
          error={errors.owner}
          maxLength={200}
          widthClass="input-width-xl"
          required
        />
        <TextareaField
          id={fieldId("purpose")}
          label={t("programmeForm.purpose")}
          value={state.purpose}
          onChange={set("purpose")}
          error={errors.purpose}
          rows={4}
          maxLength={4000}
        />
        <TextField
          id={fieldId("themes")}
          label={t("programmeForm.themes")}
          hint={t("programmeForm.themesHint")}
          value={state.themes}
          onChange={set("themes")}
          error={errorFor(errors, "themes")}
          widthClass="input-width-xl"
        />
      </fieldset>
      <fieldset>
        <legend className="h3">{t("programmeForm.rules")}</legend>
        <CheckboxGroup
          id={fieldId("eligibleKinds")}
          legend={t("programmeForm.eligibleKinds")}
          hint={t("programmeForm.eligibleHint")}
          options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: tc(`kinds.${kind}`) }))}
          selected={state.eligibleKinds}
          onChange={set("eligibleKinds")}
          error={errorFor(errors, "eligibleKinds")}
          columns
        />
        <CheckboxGroup
          id={fieldId("careAreas")}
          legend={t("programmeForm.careAreas")}
          hint={t("programmeForm.careAreasHint")}
          options={CARE_AREAS.map((area) => ({ value: area, label: careAreaLabel(tc, area) }))}
          selected={state.careAreas}
          onChange={set("careAreas")}
          error={errorFor(errors, "careAreas")}
          columns
        />
        <CheckboxGroup
          id={fieldId("regionCodes")}
          legend={t("programmeForm.regionCodes")}
          hint={t("programmeForm.regionHint")}
          options={REGIONS.map((region) => ({ value: region.code, label: region.name }))}
          selected={state.regionCodes}
          onChange={set("regionCodes")}
          error={errorFor(errors, "regionCodes")}
          columns
        />
        <TextField
          id={fieldId("municipalityCodes")}
          label={t("programmeForm.municipalityCodes")}
          hint={t("programmeForm.municipalityHint")}
          value={state.municipalityCodes}
          onChange={set("municipalityCodes")}
          error={errorFor(errors, "municipalityCodes")}
          widthClass="input-width-l"
        />
        <p className="form-hint">{t("programmeForm.partnersHint")}</p>
        <div className="programme-number-row">
          <TextField
            id={fieldId("minMunicipalities")}
            label={t("programmeForm.minMunicipalities")}
            value={state.minMunicipalities}
            onChange={set("minMunicipalities")}
            error={errors.minMunicipalities}
            inputMode="numeric"
            widthClass="input-width-xs"
          />
          <TextField
            id={fieldId("minRegions")}
            label={t("programmeForm.minRegions")}
            value={state.minRegions}
            onChange={set("minRegions")}
            error={errors.minRegions}
            inputMode="numeric"
            widthClass="input-width-xs"
          />
        </div>
        {checkbox("countsAreGuidance", t("programmeForm.countsAreGuidance"))}
        <fieldset className="form-group">
          <legend className="form-label">{t("programmeForm.requires")}</legend>
          {checkbox("requiresCompany", t("programmeForm.requiresCompany"))}
          {checkbox("requiresKnowledgeInstitution", t("programmeForm.requiresKnowledgeInstitution"))}
        </fieldset>
      </fieldset>
      <fieldset>
        <legend className="h3">{t("programmeForm.money")}</legend>
        <div className="programme-number-row">
          <TextField
            id={fieldId("minAmount")}
            label={t("programmeForm.minAmount")}
            value={state.minAmount}
            onChange={set("minAmount")}
            error={errors.minAmount}
            inputMode="decimal"
            widthClass="input-width-s"
          />
          <TextField
            id={fieldId("maxAmount")}
            label={t("programmeForm.maxAmount")}
            value={state.maxAmount}
            onChange={set("maxAmount")}
            error={errors.maxAmount}
            inputMode="decimal"
            widthClass="input-width-s"
          />
        </div>
        <TextField
          id={fieldId("cofinancingPct")}
          label={t("programmeForm.cofinancingPct")}
          hint={t("programmeForm.cofinancingHint")}
          value={state.cofinancingPct}
          onChange={set("cofinancingPct")}
          error={errors.cofinancingPct}
          inputMode="decimal"
          widthClass="input-width-xs"
        />
        <TextField
          id={fieldId("deadline")}
          label={t("programmeForm.deadline")}
          hint={t("programmeForm.deadlineHint")}
          type="date"
          value={state.deadline}
          onChange={set("deadline")}
          error={errors.deadline}
          widthClass="input-width-s"
        />
        {checkbox("rolling", t("programmeForm.rolling"), t("programmeForm.rollingHint"))}
        <TextField
          id={fieldId("opensOn")}
          label={t("programmeForm.opensOn")}
          hint={t("programmeForm.opensOnHint")}
          type="date"
          value={state.opensOn}
          onChange={set("opensOn")}
          error={errors.opensOn}
          widthClass="input-width-s"
        />
        <TextField
          id={fieldId("nextRound")}
          label={t("programmeForm.nextRound")}
          hint={t("programmeForm.nextRoundHint")}
          value={state.nextRound}
          onChange={set("nextRound")}
          error={errors.nextRound}
          maxLength={300}
          widthClass="input-width-xl"
        />
      </fieldset>
      <fieldset>
        <legend className="h3">{t("programmeForm.more")}</legend>
        <TextField
          id={fieldId("link")}
          label={t("programmeForm.link")}
          hint={t("programmeForm.linkHint")}
          type="url"
          value={state.link}
          onChange={set("link")}
          error={errors.link}
          maxLength={500}
          widthClass="input-width-xl"
        />
        <TextareaField
          id={fieldId("notes")}
          label={t("programmeForm.notes")}
          hint={t("programmeForm.notesHint")}
          value={state.notes}
          onChange={set("notes")}
          error={errors.notes}
          rows={4}
          maxLength={4000}
        />
      </fieldset>
    </>
  );
}
