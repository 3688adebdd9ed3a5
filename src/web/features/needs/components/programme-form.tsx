import { useTranslation } from "react-i18next";
import type { FundingProgrammeInput } from "../../../../domain/funding.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { FormActions } from "../../../forms/form-actions.js";
import { UnsavedChangesGuard } from "../../../forms/unsaved-changes-guard.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import { fieldSummaryItems } from "../need-field-labels.js";
import { validateProgramme, type ProgrammeFormState } from "../programme-form-state.js";
import { ProgrammeFormFields } from "./programme-form-fields.js";

const FIELDS = [
  "name",
  "owner",
  "purpose",
  "themes",
  "eligibleKinds",
  "careAreas",
  "regionCodes",
  "municipalityCodes",
  "minMunicipalities",
  "minRegions",
  "countsAreGuidance",
  "requiresCompany",
  "requiresKnowledgeInstitution",
  "minAmount",
  "maxAmount",
  "cofinancingPct",
  "deadline",
  "rolling",
  "opensOn",
  "nextRound",
  "link",
  "notes",
];

export function ProgrammeForm({
  initial,
  submitLabel,
  save,
  onCancel,
}: {
  initial: ProgrammeFormState;
  submitLabel: string;
  save: (body: FundingProgrammeInput) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const form = useSchemaForm({ initial, check: validateProgramme, save, fields: FIELDS });

  return (
    <>
      <ErrorSummary ref={form.summaryRef} items={fieldSummaryItems(t, form.errors, FIELDS)} message={form.message} />
      <form className="needs-form" onSubmit={form.submit} noValidate>
        <p className="form-hint">{tc("form.requiredNote")}</p>
        <ProgrammeFormFields state={form.values} setState={form.setValues} errors={form.errors} />
        <FormActions isSaving={form.isSaving} submitLabel={submitLabel} onCancel={onCancel} />
      </form>
      <UnsavedChangesGuard {...form.guard} />
    </>
  );
}
