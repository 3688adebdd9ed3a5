import { useTranslation } from "react-i18next";
import type { Competence } from "../../../../domain/competence.js";
import { PUBLIC_KINDS } from "../../../../domain/organisation.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { fieldId } from "../../../forms/field-id.js";
import { FormActions } from "../../../forms/form-actions.js";
import type { Checked } from "../../../forms/form-check.js";
import { OrganisationPicker } from "../../../forms/organisation-picker.js";
import { ReadOnlyField } from "../../../forms/read-only-field.js";
import { UnsavedChangesGuard } from "../../../forms/unsaved-changes-guard.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import { errorFor, fieldSummaryItems } from "../need-field-labels.js";
import type { NeedFormState } from "../need-form-state.js";
import { CoOwnersField } from "./co-owners-field.js";
import { NeedFormFields } from "./need-form-fields.js";

const FIELDS = [
  "ownerOrganisationId",
  "coOwnerIds",
  "title",
  "description",
  "careArea",
  "dimension",
  "affected",
  "staffHoursPerYear",
  "citizensAffected",
  "budgetDkk",
  "qualityPotential",
  "priority",
  "status",
  "competenceIds",
];

interface NeedFormProps<T> {
  initial: NeedFormState;
  /** true when the need is being created: the owner can be chosen only then */
  canChooseOwner: boolean;
  competences: readonly Competence[];
  submitLabel: string;
  validate: (state: NeedFormState) => Checked<T>;
  save: (body: T) => Promise<void>;
  onCancel: () => void;
}

export function NeedForm<T>({
  initial,
  canChooseOwner,
  competences,
  submitLabel,
  validate,
  save,
  onCancel,
}: NeedFormProps<T>) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const form = useSchemaForm({ initial, check: validate, save, fields: FIELDS });
  const { values: state, setValues: setState, errors } = form;

  return (
    <>
      <ErrorSummary ref={form.summaryRef} items={fieldSummaryItems(t, errors, FIELDS)} message={form.message} />
      <form className="needs-form" onSubmit={form.submit} noValidate>
        <p className="form-hint">{tc("form.requiredNote")}</p>
        <fieldset>
          <legend className="h3">{t("form.whoAndWhere")}</legend>
          {canChooseOwner ? (
            <OrganisationPicker
              id={fieldId("ownerOrganisationId")}
              label={t("form.owner")}
              hint={t("form.ownerHint")}
              value={state.owner}
              onChange={form.set("owner")}
              error={errors.ownerOrganisationId}
              kinds={PUBLIC_KINDS}
              required
            />
          ) : (
            <>
              <ReadOnlyField label={t("form.owner")} value={state.owner?.name ?? ""} />
              <p className="form-hint">{t("form.ownerLocked")}</p>
            </>
          )}
          <CoOwnersField
            value={state.coOwners}
            ownerId={state.owner?.id ?? null}
            onChange={form.set("coOwners")}
            error={errorFor(errors, "coOwnerIds")}
          />
        </fieldset>
        <NeedFormFields state={state} setState={setState} errors={errors} competences={competences} />
        <FormActions isSaving={form.isSaving} submitLabel={submitLabel} onCancel={onCancel} />
      </form>
      <UnsavedChangesGuard {...form.guard} />
    </>
  );
}
