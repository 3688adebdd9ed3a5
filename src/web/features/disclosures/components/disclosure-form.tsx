import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from "../../../../domain/calls.js";
import { DisclosureCreate, type DisclosureContextKind } from "../../../../domain/disclosures/schemas.js";
import type { Disclosure, DisclosureList } from "../../../../domain/disclosures/views.js";
import { translateMessage } from "../../../../domain/validation.js";
import { api } from "../../../api/client.js";
import { CheckboxGroup } from "../../../forms/checkbox-group.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { describedBy } from "../../../forms/field-id.js";
import { LabelText } from "../../../forms/field-label.js";
import { FieldError, FieldHint } from "../../../forms/field-message.js";
import { checkWith } from "../../../forms/form-check.js";
import { SelectField } from "../../../forms/select-field.js";
import { TextField } from "../../../forms/text-field.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";

const IDS = {
  title: "disclosure-title",
  description: "disclosure-description",
  givenAt: "disclosure-given-at",
  publicOrganisationId: "disclosure-giver",
  recipientIds: "disclosure-recipients",
  confidential: "disclosure-confidential",
  file: "disclosure-file",
};
type FieldName = keyof typeof IDS;
const ACCEPT = Object.keys(ATTACHMENT_TYPES)
  .map((extension) => `.${extension}`)
  .join(",");

const empty = (list: DisclosureList) => ({
  title: "",
  description: "",
  givenAt: "",
  publicOrganisationId: list.publicOrganisations[0]?.id ?? "",
  recipientIds: list.companies.length === 1 ? [list.companies[0].id] : ([] as string[]),
  confidential: false,
  file: null as File | null,
});

/** Records by hand what the public side gave companies: at a meeting, by e-mail, on a visit. */
export function DisclosureForm({
  kind,
  contextId,
  list,
  onSaved,
}: {
  kind: DisclosureContextKind;
  contextId: string;
  list: DisclosureList;
  onSaved: (notice: string) => void;
}) {
  const { t } = useTranslation("disclosures");
  const fileInput = useRef<HTMLInputElement>(null);
  const labels: Record<FieldName, string> = {
    title: t("form.title"),
    description: t("form.description"),
    givenAt: t("form.givenAt"),
    publicOrganisationId: t("form.publicOrganisation"),
    recipientIds: t("form.recipients"),
    confidential: t("form.confidentialLabel"),
    file: t("form.file"),
  };
  const form = useSchemaForm({
    initial: empty(list),
    check: (values, language) => {
      const fileProblem = values.file ? checkChosenFile(values.file) : null;
      const checked = checkWith(
        DisclosureCreate,
        {
          title: values.title,
          description: values.description,
          ...(values.givenAt ? { givenAt: `${values.givenAt}T12:00:00Z` } : {}),
          ...(values.publicOrganisationId ? { publicOrganisationId: values.publicOrganisationId } : {}),
          recipientIds: values.recipientIds,
          confidential: values.confidential,
        },
        language,
      );
      const errors = checked.ok ? {} : { ...checked.errors };
      if (fileProblem) {
        errors.file = t(fileProblem === "too_large" ? "form.fileTooLarge" : "form.fileWrongType");
      }
      if (!values.file && values.description.trim() === "") {
        errors.description = translateMessage("description_or_file", language);
      }
      return checked.ok && Object.keys(errors).length === 0
        ? { ok: true as const, body: { data: checked.body, file: values.file } }
        : { ok: false as const, errors };
    },
    save: ({ data, file }) => {
      const body = new FormData();
      body.append("data", JSON.stringify(data));
      if (file) {
        body.append("file", file, file.name);
      }
      return api.post<Disclosure>(`/api/disclosures/${kind}/${contextId}`, body);
    },
    fields: Object.keys(IDS),
    valuesAfterSave: () => empty(list),
    onSaved: (saved) => {
      if (fileInput.current) {
        fileInput.current.value = "";
      }
      onSaved(t("form.savedNotice", { title: saved.title }));
    },
    texts: { failed: t("form.failed") },
  });
  const { values, errors, set } = form;
  const summary = Object.entries(errors).map(([path, message]) => {
    const field = path.split(".")[0];
    const known = field in IDS ? (field as FieldName) : "title";
    return { target: IDS[known], label: labels[known], message };
  });

  return (
    <form onSubmit={form.submit} noValidate className="process-form process-subform disclosure-form">
      <h3 className="h4">{t("form.heading")}</h3>
      {list.companies.length === 0 ? <p className="form-hint">{t("form.noCompanies")}</p> : null}
      <ErrorSummary ref={form.summaryRef} items={summary} message={form.message} />
      <TextField
        id={IDS.title}
        label={t("form.title")}
        hint={t("form.titleHint")}
        value={values.title}
        onChange={set("title")}
        error={errors.title}
        required
        maxLength={300}
      />
      <TextareaField
        id={IDS.description}
        label={t("form.description")}
        hint={t("form.descriptionHint")}
        value={values.description}
        onChange={set("description")}
        error={errors.description}
        rows={4}
      />
      <TextField
        id={IDS.givenAt}
        type="date"
        label={t("form.givenAt")}
        hint={t("form.givenAtHint")}
        value={values.givenAt}
        onChange={set("givenAt")}
        error={errors.givenAt}
        widthClass="input-width-s"
      />
      {list.publicOrganisations.length > 1 ? (
        <SelectField
          id={IDS.publicOrganisationId}
          label={t("form.publicOrganisation")}
          value={values.publicOrganisationId}
          onChange={set("publicOrganisationId")}
          error={errors.publicOrganisationId}
        >
          {list.publicOrganisations.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <CheckboxGroup
        id={IDS.recipientIds}
        legend={t("form.recipients")}
        hint={t("form.recipientsHint")}
        options={list.companies.map((item) => ({ value: item.id, label: item.name }))}
        selected={values.recipientIds}
        onChange={set("recipientIds")}
        error={errors.recipientIds}
      />
      <div className="form-group">
        <div className="form-group-checkbox">
          <input
            id={IDS.confidential}
            type="checkbox"
            className="form-checkbox"
            checked={values.confidential}
            onChange={(event) => set("confidential")(event.target.checked)}
            aria-describedby={`${IDS.confidential}-hint`}
          />
          <label htmlFor={IDS.confidential} className="form-label">
            {t("form.confidentialLabel")}
          </label>
          <FieldHint id={`${IDS.confidential}-hint`} hint={t("form.confidentialHint")} />
        </div>
      </div>
      <div className={errors.file ? "form-group form-error" : "form-group"}>
        <label className="form-label" htmlFor={IDS.file}>
          <LabelText label={t("form.file")} />
        </label>
        <FieldHint id={`${IDS.file}-hint`} hint={t("form.fileHint")} />
        <FieldError id={`${IDS.file}-error`} message={errors.file} />
        <input
          ref={fileInput}
          id={IDS.file}
          type="file"
          className="form-file-input"
          accept={ACCEPT}
          onChange={(event) => set("file")(event.target.files?.[0] ?? null)}
          aria-invalid={errors.file ? true : undefined}
          aria-describedby={describedBy(`${IDS.file}-hint`, errors.file && `${IDS.file}-error`)}
        />
      </div>
      <button
        type="submit"
        className="button button-primary"
        disabled={form.isSaving || list.companies.length === 0}
        aria-busy={form.isSaving || undefined}
      >
        {form.isSaving ? t("form.saving") : t("form.save")}
      </button>
    </form>
  );
}

/** The browser's first check of a chosen file; the server decides by its content. */
function checkChosenFile(file: File): "too_large" | "wrong_type" | null {
  const extension = file.name.toLowerCase().split(".").pop() ?? "";
  if (!file.name.includes(".") || !(extension in ATTACHMENT_TYPES)) {
    return "wrong_type";
  }
  return file.size > MAX_ATTACHMENT_BYTES ? "too_large" : null;
}
