import { useTranslation } from "react-i18next";
import type { BusinessCaseCreate } from "../../../../domain/business-case/requests.js";
import type { NeedSummary } from "../../../../domain/needs.js";
import { PUBLIC_KINDS } from "../../../../domain/organisation.js";
import { toQuery } from "../../../api/client.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { fieldId } from "../../../forms/field-id.js";
import { FormActions } from "../../../forms/form-actions.js";
import { OrganisationPicker } from "../../../forms/organisation-picker.js";
import { ReadOnlyField } from "../../../forms/read-only-field.js";
import { SelectField } from "../../../forms/select-field.js";
import { TextField } from "../../../forms/text-field.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import { checkCreate, type CreateFormState, type Picked } from "../model/create-form.js";
import { SearchPicker } from "../../../forms/search-picker.js";

interface ProcessList {
  items: { id: string; title: string; theme: string | null }[];
}

const COMPANY_KIND = ["company"] as const;
const FIELDS = ["title", "publicOrganisationId", "companyOrganisationId", "needId", "processId"];

/**
 * Title, the two parties and optional links. A member's own organisation is fixed; a public
 * member whose organisation has units chooses between the organisation and one of its units.
 */
export function CreateForm({
  initial,
  fixed,
  publicChoices = [],
  save,
  onCancel,
}: {
  initial: CreateFormState;
  /** The reader's own party, which they cannot change. */
  fixed: "public" | "company" | null;
  /** For a public member: the own organisation and its units, one of which is the public side. */
  publicChoices?: Picked[];
  save: (body: BusinessCaseCreate) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation("businessCases");
  const { t: tc } = useTranslation();
  const form = useSchemaForm({ initial, check: checkCreate, save, fields: FIELDS });
  const { values: state, errors, set, setValues } = form;
  // Another public side owns other needs: a need picked for the previous one is let go.
  const choosePublic = (id: string) =>
    setValues((current) => ({
      ...current,
      publicOrganisation: publicChoices.find((choice) => choice.id === id) ?? null,
      need: null,
    }));
  const labels: Record<string, string> = {
    title: t("create.titleLabel"),
    publicOrganisationId: t("create.publicOrganisation"),
    companyOrganisationId: t("create.company"),
    needId: t("create.need"),
    processId: t("create.process"),
  };
  const items = Object.entries(errors).map(([path, text]) => ({
    target: fieldId(path),
    label: labels[path] ?? tc("form.general"),
    message: text,
  }));
  return (
    <>
      <ErrorSummary ref={form.summaryRef} items={items} message={form.message} />
      <form className="bc-create-form" onSubmit={form.submit} noValidate>
        <p className="form-hint">{tc("form.requiredNote")}</p>
        <TextField
          id={fieldId("title")}
          label={labels.title}
          hint={t("create.titleHint")}
          value={state.title}
          onChange={set("title")}
          error={errors.title}
          maxLength={200}
          widthClass="input-width-xl"
          required
        />
        {fixed === "public" && publicChoices.length > 1 ? (
          <SelectField
            id={fieldId("publicOrganisationId")}
            label={labels.publicOrganisationId}
            hint={t("create.publicUnitHint")}
            value={state.publicOrganisation?.id ?? ""}
            onChange={choosePublic}
            error={errors.publicOrganisationId}
            required
          >
            {publicChoices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.name}
              </option>
            ))}
          </SelectField>
        ) : fixed === "public" && state.publicOrganisation ? (
          <ReadOnlyField label={labels.publicOrganisationId} value={state.publicOrganisation.name} />
        ) : (
          <OrganisationPicker
            id={fieldId("publicOrganisationId")}
            label={labels.publicOrganisationId}
            hint={t("create.publicOrganisationHint")}
            value={state.publicOrganisation}
            onChange={set("publicOrganisation")}
            error={errors.publicOrganisationId}
            kinds={PUBLIC_KINDS}
            required
          />
        )}
        {fixed === "company" && state.company ? (
          <ReadOnlyField label={labels.companyOrganisationId} value={state.company.name} />
        ) : (
          <OrganisationPicker
            id={fieldId("companyOrganisationId")}
            label={labels.companyOrganisationId}
            hint={t("create.companyHint")}
            value={state.company}
            onChange={set("company")}
            error={errors.companyOrganisationId}
            kinds={COMPANY_KIND}
          />
        )}
        <SearchPicker<{ items: NeedSummary[] }>
          id={fieldId("needId")}
          label={labels.needId}
          hint={t("create.needHint")}
          value={state.need}
          onChange={set("need")}
          error={errors.needId}
          pathFor={(q) => `/api/needs${toQuery({ q, ownerOrganisationId: state.publicOrganisation?.id, pageSize: 8 })}`}
          toOptions={(answer) => answer.items.map((need) => ({ id: need.id, name: need.title, meta: need.ownerName }))}
        />
        <SearchPicker<ProcessList>
          id={fieldId("processId")}
          label={labels.processId}
          hint={t("create.processHint")}
          value={state.process}
          onChange={set("process")}
          error={errors.processId}
          pathFor={(q) => `/api/processes${toQuery({ q })}`}
          toOptions={(answer) =>
            answer.items
              .slice(0, 8)
              .map((process) => ({ id: process.id, name: process.title, meta: process.theme ?? undefined }))
          }
        />
        <FormActions isSaving={form.isSaving} submitLabel={t("create.submit")} onCancel={onCancel} />
      </form>
    </>
  );
}
