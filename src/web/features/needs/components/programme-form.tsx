import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { FundingProgrammeInput } from "../../../../domain/funding.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { fieldSummaryItems } from "../need-field-labels.js";
import { validateProgramme, type ProgrammeFormState } from "../programme-form-state.js";
import { submitErrors } from "../submit-errors.js";
import { useUnsavedGuard } from "../use-unsaved-guard.js";
import { ProgrammeFormFields } from "./programme-form-fields.js";
import { UnsavedDialog } from "./unsaved-dialog.js";

const FIELDS = ["name", "owner", "purpose", "themes", "eligibleKinds", "careAreas", "minMunicipalities", "minRegions", "requiresCompany", "requiresKnowledgeInstitution", "minAmount", "maxAmount", "cofinancingPct", "deadline", "link", "notes"];

export function ProgrammeForm({ initial, submitLabel, save, onCancel }: { initial: ProgrammeFormState; submitLabel: string; save: (body: FundingProgrammeInput) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const [state, setState] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const { blocker, markSaved } = useUnsavedGuard(JSON.stringify(state) !== JSON.stringify(initial));

  const showErrors = (fields: Record<string, string>, text?: string) => {
    setErrors(fields);
    setMessage(text);
    window.requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateProgramme(state, currentLanguage());
    if (!checked.ok) {
      showErrors(checked.errors);
      return;
    }
    setIsSaving(true);
    try {
      markSaved(true);
      await save(checked.body);
    } catch (error) {
      markSaved(false);
      const failure = submitErrors(error, tc, FIELDS);
      showErrors(failure.fields, failure.message);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <>
      <ErrorSummary ref={summary} items={fieldSummaryItems(t, errors, FIELDS)} message={message} />
      <form className="needs-form" onSubmit={(event) => void submit(event)} noValidate>
        <p className="form-hint">{tc("form.requiredNote")}</p>
        <ProgrammeFormFields state={state} setState={setState} errors={errors} />
        <div className="button-group form-actions">
          <button type="submit" className="button button-primary" disabled={isSaving} aria-busy={isSaving || undefined}>
            {isSaving ? tc("form.saving") : submitLabel}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {tc("common.cancel")}
          </button>
        </div>
      </form>
      <UnsavedDialog blocker={blocker} />
    </>
  );
}
