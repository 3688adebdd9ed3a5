import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Competence } from "../../../../domain/competence.js";
import { PUBLIC_KINDS } from "../../../../domain/organisation.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { fieldId } from "../../../forms/field-id.js";
import { OrganisationPicker } from "../../../forms/organisation-picker.js";
import { ReadOnlyField } from "../../../forms/read-only-field.js";
import { fieldSummaryItems } from "../need-field-labels.js";
import type { FieldErrors, NeedFormState, Validation } from "../need-form-state.js";
import { submitErrors } from "../submit-errors.js";
import { useUnsavedGuard } from "../use-unsaved-guard.js";
import { NeedFormFields } from "./need-form-fields.js";
import { UnsavedDialog } from "./unsaved-dialog.js";

const FIELDS = ["ownerOrganisationId", "title", "description", "careArea", "dimension", "affected", "staffHoursPerYear", "citizensAffected", "qualityPotential", "priority", "status", "competenceIds"];

interface NeedFormProps<T> {
  initial: NeedFormState;
  /** true when the need is being created: the owner can be chosen only then */
  canChooseOwner: boolean;
  competences: readonly Competence[];
  submitLabel: string;
  validate: (state: NeedFormState) => Validation<T>;
  save: (body: T) => Promise<void>;
  onCancel: () => void;
}

export function NeedForm<T>({ initial, canChooseOwner, competences, submitLabel, validate, save, onCancel }: NeedFormProps<T>) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const [state, setState] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const { blocker, markSaved } = useUnsavedGuard(JSON.stringify(state) !== JSON.stringify(initial));

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
        <fieldset>
          <legend className="h3">{t("form.whoAndWhere")}</legend>
          {canChooseOwner ? (
            <OrganisationPicker
              id={fieldId("ownerOrganisationId")}
              label={t("form.owner")}
              hint={t("form.ownerHint")}
              value={state.owner}
              onChange={(owner) => setState((current) => ({ ...current, owner }))}
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
        </fieldset>
        <NeedFormFields state={state} setState={setState} errors={errors} competences={competences} />
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
