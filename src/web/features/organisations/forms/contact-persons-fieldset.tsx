import { useTranslation } from "react-i18next";
import { Icon } from "../../../components/icon.js";
import { fieldId } from "../../../forms/field-id.js";
import type { FieldErrors } from "../../../forms/form-check.js";
import { newContactRow, type ContactRow } from "./organisation-form-state.js";
import { TextField } from "../../../forms/text-field.js";

const MAX_CONTACTS = 20;

/** Contact persons as rows that can be added and removed. */
export function ContactPersonsFieldset({
  rows,
  onChange,
  errors,
}: {
  rows: readonly ContactRow[];
  onChange: (rows: ContactRow[]) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation(["translation", "organisations"]);
  const update = (index: number, field: keyof Omit<ContactRow, "key">, value: string) => {
    onChange(rows.map((row, at) => (at === index ? { ...row, [field]: value } : row)));
  };
  const add = () => {
    onChange([...rows, newContactRow()]);
    window.requestAnimationFrame(() => document.getElementById(fieldId(`contactPersons.${rows.length}.name`))?.focus());
  };
  const remove = (index: number) => {
    onChange(rows.filter((_, at) => at !== index));
    window.requestAnimationFrame(() => document.getElementById("add-contact")?.focus());
  };

  return (
    <fieldset className="contact-persons">
      <legend className="h3">{t("organisations:organisation.contactPersons")}</legend>
      <p className="form-hint">{t("organisations:contact.hint")}</p>
      {rows.length === 0 ? <p>{t("organisations:contact.none")}</p> : null}
      {rows.map((row, index) => {
        const path = (field: string) => `contactPersons.${index}.${field}`;
        return (
          <fieldset key={row.key} className="contact-row">
            <legend className="form-label">{t("organisations:contact.person", { number: index + 1 })}</legend>
            <div className="contact-grid">
              <TextField
                id={fieldId(path("name"))}
                label={t("organisations:contact.name")}
                value={row.name}
                onChange={(value) => update(index, "name", value)}
                error={errors[path("name")]}
                autoComplete="off"
                required
              />
              <TextField
                id={fieldId(path("title"))}
                label={t("organisations:contact.title")}
                value={row.title}
                onChange={(value) => update(index, "title", value)}
                error={errors[path("title")]}
                autoComplete="off"
              />
              <TextField
                id={fieldId(path("email"))}
                label={t("organisations:contact.email")}
                type="email"
                value={row.email}
                onChange={(value) => update(index, "email", value)}
                error={errors[path("email")]}
                autoComplete="off"
              />
              <TextField
                id={fieldId(path("phone"))}
                label={t("organisations:contact.phone")}
                type="tel"
                value={row.phone}
                onChange={(value) => update(index, "phone", value)}
                error={errors[path("phone")]}
                autoComplete="off"
              />
            </div>
            <button type="button" className="button button-tertiary mt-4" onClick={() => remove(index)}>
              <Icon name="delete" />
              {t("organisations:contact.remove", { number: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button
        id="add-contact"
        type="button"
        className="button button-secondary mt-4"
        onClick={add}
        disabled={rows.length >= MAX_CONTACTS}
      >
        <Icon name="person-add" />
        {t("organisations:contact.add")}
      </button>
    </fieldset>
  );
}
