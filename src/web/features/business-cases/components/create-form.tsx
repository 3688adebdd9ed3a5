import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { BusinessCaseCreate } from "../../../../domain/business-case/requests.js";
import type { NeedSummary } from "../../../../domain/needs.js";
import { PUBLIC_KINDS } from "../../../../domain/organisation.js";
import { ApiError, toQuery } from "../../../api/client.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { fieldId } from "../../../forms/field-id.js";
import { OrganisationPicker } from "../../../forms/organisation-picker.js";
import { ReadOnlyField } from "../../../forms/read-only-field.js";
import { TextField } from "../../../forms/text-field.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { checkCreate, type CreateFormState } from "../model/create-form.js";
import { SearchPicker } from "./search-picker.js";

interface ProcessList {
  items: { id: string; title: string; theme: string | null }[];
}

const COMPANY_KIND = ["company"] as const;

/** Title, the two parties and optional links; a member's own organisation is fixed. */
export function CreateForm({
  initial,
  fixed,
  save,
  onCancel,
}: {
  initial: CreateFormState;
  /** The reader's own party, which they cannot change. */
  fixed: "public" | "company" | null;
  save: (body: BusinessCaseCreate) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation("businessCases");
  const { t: tc } = useTranslation();
  const [state, setState] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const set = <K extends keyof CreateFormState>(key: K) => (value: CreateFormState[K]) => setState((current) => ({ ...current, [key]: value }));
  const labels: Record<string, string> = {
    title: t("create.titleLabel"),
    publicOrganisationId: t("create.publicOrganisation"),
    companyOrganisationId: t("create.company"),
    needId: t("create.need"),
    processId: t("create.process"),
  };
  const show = (fields: Record<string, string>, text?: string) => {
    setErrors(fields);
    setMessage(text);
    window.requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkCreate(state, currentLanguage());
    if (!checked.ok) {
      show(checked.errors);
      return;
    }
    setIsSaving(true);
    try {
      await save(checked.body);
    } catch (error) {
      const { _: general, ...fields } = error instanceof ApiError ? error.fields : {};
      show(fields, general ?? (Object.keys(fields).length > 0 ? undefined : error instanceof ApiError && error.status < 500 ? error.message : tc("errors.saveFailed")));
      setIsSaving(false);
    }
  };

  const items = Object.entries(errors).map(([path, text]) => ({ target: fieldId(path), label: labels[path] ?? tc("form.general"), message: text }));
  return (
    <>
      <ErrorSummary ref={summary} items={items} message={message} />
      <form className="bc-create-form" onSubmit={(event) => void submit(event)} noValidate>
        <p className="form-hint">{tc("form.requiredNote")}</p>
        <TextField id={fieldId("title")} label={labels.title} hint={t("create.titleHint")} value={state.title} onChange={set("title")} error={errors.title} maxLength={200} widthClass="input-width-xl" required />
        {fixed === "public" && state.publicOrganisation ? (
          <ReadOnlyField label={labels.publicOrganisationId} value={state.publicOrganisation.name} />
        ) : (
          <OrganisationPicker id={fieldId("publicOrganisationId")} label={labels.publicOrganisationId} hint={t("create.publicOrganisationHint")} value={state.publicOrganisation} onChange={set("publicOrganisation")} error={errors.publicOrganisationId} kinds={PUBLIC_KINDS} required />
        )}
        {fixed === "company" && state.company ? (
          <ReadOnlyField label={labels.companyOrganisationId} value={state.company.name} />
        ) : (
          <OrganisationPicker id={fieldId("companyOrganisationId")} label={labels.companyOrganisationId} hint={t("create.companyHint")} value={state.company} onChange={set("company")} error={errors.companyOrganisationId} kinds={COMPANY_KIND} />
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
          toOptions={(answer) => answer.items.slice(0, 8).map((process) => ({ id: process.id, name: process.title, meta: process.theme ?? undefined }))}
        />
        <div className="button-group form-actions">
          <button type="submit" className="button button-primary" disabled={isSaving} aria-busy={isSaving || undefined}>
            {isSaving ? tc("form.saving") : t("create.submit")}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {tc("common.cancel")}
          </button>
        </div>
      </form>
    </>
  );
}
