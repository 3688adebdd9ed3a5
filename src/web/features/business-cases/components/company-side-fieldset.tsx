import { useTranslation } from "react-i18next";
import type { CompanyForm, ListRow } from "../model/editor-form.js";
import { bindNumber, type FormBinding } from "../model/form-binding.js";
import { NumberField } from "./number-field.js";
import { YearListFieldset } from "./year-list-fieldset.js";

/** The company's side: development, unit cost and price, sales costs, and the market it sells into. */
export function CompanySideFieldset({
  binding,
  side,
  readOnly,
  companyName,
}: {
  binding: FormBinding;
  side: CompanyForm;
  readOnly: boolean;
  companyName: string;
}) {
  const { t } = useTranslation("businessCases");
  const number = (path: string, label: string, unit: string, hint?: string) => (
    <NumberField {...bindNumber(binding, path)} label={label} unit={unit} hint={hint} readOnly={readOnly} />
  );
  const setAdoption = (rows: ListRow[]) =>
    binding.update((form) =>
      form.companySide
        ? { ...form, companySide: { ...form.companySide, market: { ...form.companySide.market, adoption: rows } } }
        : form,
    );
  return (
    <fieldset className="bc-fieldset bc-side bc-side-company">
      <legend className="h3">{t("companySide.legend")}</legend>
      <p className="form-hint">{t("companySide.hint")}</p>
      {readOnly ? <p className="bc-read-only-note">{t("companySide.readOnly", { name: companyName })}</p> : null}
      <fieldset className="bc-group">
        <legend className="h4">{t("companySide.product")}</legend>
        <div className="bc-field-grid">
          {number("companySide.developmentCost", t("fields.developmentCost"), t("units.kr"))}
          {number("companySide.unitCost", t("fields.unitCost"), t("units.krPerUnit"))}
          {number("companySide.unitPrice", t("fields.unitPrice"), t("units.krPerUnit"))}
          {number("companySide.supportCostPerUnit", t("fields.supportCostPerUnit"), t("units.krPerUnit"))}
          {number("companySide.salesCostPerYear", t("fields.salesCostPerYear"), t("units.krPerYear"))}
        </div>
      </fieldset>
      <fieldset className="bc-group">
        <legend className="h4">{t("companySide.market")}</legend>
        <p className="form-hint">{t("companySide.marketHint")}</p>
        <div className="bc-field-grid">
          {number("companySide.market.institutions", t("fields.institutions"), t("units.institutions"))}
          {number("companySide.market.unitsPerInstitution", t("fields.unitsPerInstitution"), t("units.units"))}
        </div>
      </fieldset>
      <YearListFieldset
        binding={binding}
        path="companySide.market.adoption"
        rows={side.market.adoption}
        setRows={setAdoption}
        legend={t("fields.adoption")}
        hint={t("companySide.adoptionHint")}
        emptyText={t("companySide.noAdoption")}
        labelFor={(year) => t("fields.adoptionYear", { year })}
        newValue="0"
        readOnly={readOnly}
      />
    </fieldset>
  );
}
