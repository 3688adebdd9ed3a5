import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { TestPlanInput } from "../../../../domain/process/schemas.js";
import { api } from "../../../api/client.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { OrganisationPicker } from "../../../forms/organisation-picker.js";
import type { PickedOrganisation } from "../../../forms/organisation-form-state.js";
import { TextField } from "../../../forms/text-field.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { checkWith, describeFailure, type FieldErrors } from "../model/form-errors.js";
import { useFieldLabels } from "../model/use-field-labels.js";

const IDS = {
  what: "plan-what",
  hypothesis: "plan-hypothesis",
  siteOrganisationId: "plan-site",
  startsOn: "plan-starts",
  endsOn: "plan-ends",
  participants: "plan-participants",
  measures: "plan-measures",
};
const EMPTY = { what: "", hypothesis: "", startsOn: "", endsOn: "", participants: "", measures: "" };

export function TestPlanForm({ processId, onAdded }: { processId: string; onAdded: (notice: string) => void }) {
  const { t } = useTranslation("processes");
  const labels = useFieldLabels();
  const [values, setValues] = useState(EMPTY);
  const [site, setSite] = useState<PickedOrganisation | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const set = (key: keyof typeof EMPTY) => (value: string) => setValues((current) => ({ ...current, [key]: value }));

  const show = (fields: FieldErrors, text?: string) => {
    setErrors(fields);
    setMessage(text);
    window.requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkWith(TestPlanInput, { ...values, startsOn: values.startsOn || undefined, endsOn: values.endsOn || undefined, siteOrganisationId: site?.id ?? null }, currentLanguage());
    if (!checked.ok) {
      show(checked.errors);
      return;
    }
    setIsSaving(true);
    try {
      await api.post(`/api/processes/${processId}/test-plans`, checked.body);
      setValues(EMPTY);
      setSite(null);
      setErrors({});
      setMessage(undefined);
      onAdded(t("testPlans.addedNotice", { what: checked.body.what }));
    } catch (error) {
      const failure = describeFailure(error, { forbidden: t("errors.forbidden"), notFound: t("errors.notFound"), failed: t("errors.saveFailed") });
      show(failure.fields, failure.message);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="process-form process-subform">
      <ErrorSummary ref={summary} items={labels.summary(errors, IDS)} message={message} />
      <TextareaField id={IDS.what} label={labels.of("what")} hint={t("testPlans.whatHint")} value={values.what} onChange={set("what")} error={errors.what} maxLength={2000} rows={2} required />
      <TextareaField id={IDS.hypothesis} label={labels.of("hypothesis")} hint={t("testPlans.hypothesisHint")} value={values.hypothesis} onChange={set("hypothesis")} error={errors.hypothesis} maxLength={2000} rows={3} required />
      <OrganisationPicker id={IDS.siteOrganisationId} label={labels.of("siteOrganisationId")} hint={t("testPlans.siteHint")} value={site} onChange={setSite} error={errors.siteOrganisationId} />
      <div className="process-form-grid">
        <TextField id={IDS.startsOn} type="date" label={labels.of("startsOn")} value={values.startsOn} onChange={set("startsOn")} error={errors.startsOn} widthClass="input-width-s" required />
        <TextField id={IDS.endsOn} type="date" label={labels.of("endsOn")} value={values.endsOn} onChange={set("endsOn")} error={errors.endsOn} widthClass="input-width-s" required />
      </div>
      <TextareaField id={IDS.participants} label={labels.of("participants")} hint={t("testPlans.participantsHint")} value={values.participants} onChange={set("participants")} error={errors.participants} maxLength={2000} rows={2} />
      <TextareaField id={IDS.measures} label={labels.of("measures")} hint={t("testPlans.measuresHint")} value={values.measures} onChange={set("measures")} error={errors.measures} maxLength={4000} rows={3} />
      <button type="submit" className="button button-primary" disabled={isSaving} aria-busy={isSaving || undefined}>
        {isSaving ? t("form.saving") : t("testPlans.add")}
      </button>
    </form>
  );
}
