import { useTranslation } from "react-i18next";
import { TestPlanInput } from "../../../../domain/process/schemas.js";
import { api } from "../../../api/client.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { checkWith } from "../../../forms/form-check.js";
import { OrganisationPicker } from "../../../forms/organisation-picker.js";
import type { PickedOrganisation } from "../../../forms/organisation-picker.js";
import { TextField } from "../../../forms/text-field.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
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
const EMPTY = {
  what: "",
  hypothesis: "",
  site: null as PickedOrganisation | null,
  startsOn: "",
  endsOn: "",
  participants: "",
  measures: "",
};

export function TestPlanForm({ processId, onAdded }: { processId: string; onAdded: (notice: string) => void }) {
  const { t } = useTranslation("processes");
  const labels = useFieldLabels();
  const form = useSchemaForm({
    initial: EMPTY,
    check: ({ site, ...values }, language) =>
      checkWith(
        TestPlanInput,
        {
          ...values,
          startsOn: values.startsOn || undefined,
          endsOn: values.endsOn || undefined,
          siteOrganisationId: site?.id ?? null,
        },
        language,
      ),
    save: (body) => api.post(`/api/processes/${processId}/test-plans`, body),
    valuesAfterSave: () => EMPTY,
    onSaved: (_, body) => onAdded(t("testPlans.addedNotice", { what: body.what })),
    texts: labels.failureTexts,
  });
  const { values, errors, set } = form;

  return (
    <form onSubmit={form.submit} noValidate className="process-form process-subform">
      <ErrorSummary ref={form.summaryRef} items={labels.summary(errors, IDS)} message={form.message} />
      <TextareaField
        id={IDS.what}
        label={labels.of("what")}
        hint={t("testPlans.whatHint")}
        value={values.what}
        onChange={set("what")}
        error={errors.what}
        maxLength={2000}
        rows={2}
        required
      />
      <TextareaField
        id={IDS.hypothesis}
        label={labels.of("hypothesis")}
        hint={t("testPlans.hypothesisHint")}
        value={values.hypothesis}
        onChange={set("hypothesis")}
        error={errors.hypothesis}
        maxLength={2000}
        rows={3}
        required
      />
      <OrganisationPicker
        id={IDS.siteOrganisationId}
        label={labels.of("siteOrganisationId")}
        hint={t("testPlans.siteHint")}
        value={values.site}
        onChange={set("site")}
        error={errors.siteOrganisationId}
      />
      <div className="process-form-grid">
        <TextField
          id={IDS.startsOn}
          type="date"
          label={labels.of("startsOn")}
          value={values.startsOn}
          onChange={set("startsOn")}
          error={errors.startsOn}
          widthClass="input-width-s"
          required
        />
        <TextField
          id={IDS.endsOn}
          type="date"
          label={labels.of("endsOn")}
          value={values.endsOn}
          onChange={set("endsOn")}
          error={errors.endsOn}
          widthClass="input-width-s"
          required
        />
      </div>
      <TextareaField
        id={IDS.participants}
        label={labels.of("participants")}
        hint={t("testPlans.participantsHint")}
        value={values.participants}
        onChange={set("participants")}
        error={errors.participants}
        maxLength={2000}
        rows={2}
      />
      <TextareaField
        id={IDS.measures}
        label={labels.of("measures")}
        hint={t("testPlans.measuresHint")}
        value={values.measures}
        onChange={set("measures")}
        error={errors.measures}
        maxLength={4000}
        rows={3}
      />
      <button
        type="submit"
        className="button button-primary"
        disabled={form.isSaving}
        aria-busy={form.isSaving || undefined}
      >
        {form.isSaving ? t("form.saving") : t("testPlans.add")}
      </button>
    </form>
  );
}
