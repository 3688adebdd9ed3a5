import type { Dispatch, SetStateAction } from "react";
import { useTranslation } from "react-i18next";
import { CARE_AREAS } from "../../../../domain/care-areas.js";
import type { Competence } from "../../../../domain/competence.js";
import { DIMENSIONS } from "../../../../domain/dimensions.js";
import { NEED_PRIORITIES, NEED_STATUSES } from "../../../../domain/needs.js";
import { careAreaLabel } from "../../../components/care-area-label.js";
import { CheckboxGroup } from "../../../forms/checkbox-group.js";
import { fieldId } from "../../../forms/field-id.js";
import { SelectField } from "../../../forms/select-field.js";
import { TextField } from "../../../forms/text-field.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { errorFor } from "../need-field-labels.js";
import type { FieldErrors } from "../../../forms/form-check.js";
import type { NeedFormState } from "../need-form-state.js";

/** The need's own fields, grouped as the agent thinks about them: what, how much, how urgent. */
export function NeedFormFields({
  state,
  setState,
  errors,
  competences,
}: {
  state: NeedFormState;
  setState: Dispatch<SetStateAction<NeedFormState>>;
  errors: FieldErrors;
  competences: readonly Competence[];
}) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const language = currentLanguage();
  const set =
    <K extends keyof NeedFormState>(key: K) =>
    (value: NeedFormState[K]) =>
      setState((current) => ({ ...current, [key]: value }));

  return (
    <>
      <fieldset>
        <legend className="h3">{t("form.theNeed")}</legend>
        <TextField
          id={fieldId("title")}
          label={t("form.title")}
          hint={t("form.titleHint")}
          value={state.title}
          onChange={set("title")}
          error={errors.title}
          maxLength={200}
          widthClass="input-width-xl"
          required
        />
        <TextareaField
          id={fieldId("description")}
          label={t("form.description")}
          hint={t("form.descriptionHint")}
          value={state.description}
          onChange={set("description")}
          error={errors.description}
          maxLength={10_000}
          required
        />
        <SelectField
          id={fieldId("careArea")}
          label={t("form.careArea")}
          value={state.careArea}
          onChange={set("careArea")}
          error={errors.careArea}
          required
        >
          <option value="">{t("form.chooseCareArea")}</option>
          {CARE_AREAS.map((area) => (
            <option key={area} value={area}>
              {careAreaLabel(tc, area)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={fieldId("dimension")}
          label={t("form.dimension")}
          hint={t("form.dimensionHint")}
          value={state.dimension}
          onChange={set("dimension")}
          error={errors.dimension}
        >
          <option value="">{t("form.noDimension")}</option>
          {DIMENSIONS.map((dimension) => (
            <option key={dimension} value={dimension}>
              {t(`dimension.${dimension}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={fieldId("affected")}
          label={t("form.affected")}
          hint={t("form.affectedHint")}
          value={state.affected}
          onChange={set("affected")}
          error={errors.affected}
          maxLength={1000}
          widthClass="input-width-xl"
        />
      </fieldset>

      <fieldset>
        <legend className="h3">{t("form.potential")}</legend>
        <TextField
          id={fieldId("staffHoursPerYear")}
          label={t("form.staffHours")}
          hint={t("form.staffHoursHint")}
          value={state.staffHoursPerYear}
          onChange={set("staffHoursPerYear")}
          error={errors.staffHoursPerYear}
          inputMode="decimal"
          widthClass="input-width-s"
          autoComplete="off"
        />
        <TextField
          id={fieldId("citizensAffected")}
          label={t("form.citizens")}
          value={state.citizensAffected}
          onChange={set("citizensAffected")}
          error={errors.citizensAffected}
          inputMode="numeric"
          widthClass="input-width-s"
          autoComplete="off"
        />
        <TextField
          id={fieldId("budgetDkk")}
          label={t("form.budget")}
          hint={t("form.budgetHint")}
          value={state.budgetDkk}
          onChange={set("budgetDkk")}
          error={errors.budgetDkk}
          inputMode="decimal"
          widthClass="input-width-s"
          autoComplete="off"
        />
        <TextareaField
          id={fieldId("qualityPotential")}
          label={t("form.quality")}
          hint={t("form.qualityHint")}
          value={state.qualityPotential}
          onChange={set("qualityPotential")}
          error={errors.qualityPotential}
          rows={3}
          maxLength={2000}
        />
      </fieldset>

      <fieldset>
        <legend className="h3">{t("form.workflow")}</legend>
        <SelectField
          id={fieldId("priority")}
          label={t("form.priority")}
          value={state.priority}
          onChange={set("priority")}
          error={errors.priority}
          required
        >
          {NEED_PRIORITIES.map((priority) => (
            <option key={priority} value={priority}>
              {t(`priority.${priority}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={fieldId("status")}
          label={t("form.status")}
          value={state.status}
          onChange={set("status")}
          error={errors.status}
          required
        >
          {NEED_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </SelectField>
        <CheckboxGroup
          id={fieldId("competenceIds")}
          legend={t("form.competences")}
          hint={t("form.competencesHint")}
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
    </>
  );
}
