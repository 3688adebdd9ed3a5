import { useTranslation } from "react-i18next";
import type { ListRow } from "../model/editor-form.js";
import { bindNumber, type FormBinding } from "../model/form-binding.js";
import { NumberField } from "./number-field.js";
import { QualityEffectsFieldset } from "./quality-effects-fieldset.js";
import { YearListFieldset } from "./year-list-fieldset.js";

/** The public institution's side: investment, running costs, benefits, phase-in and quality effects. */
export function PublicSideFieldset({
  binding,
  readOnly,
  publicName,
}: {
  binding: FormBinding;
  readOnly: boolean;
  publicName: string;
}) {
  const { t } = useTranslation("businessCases");
  const number = (path: string, label: string, unit: string, hint?: string) => (
    <NumberField {...bindNumber(binding, path)} label={label} unit={unit} hint={hint} readOnly={readOnly} />
  );
  const kr = t("units.kr");
  const krPerYear = t("units.krPerYear");
  const setPhaseIn = (rows: ListRow[]) =>
    binding.update((form) => ({ ...form, publicSide: { ...form.publicSide, phaseIn: rows } }));
  return (
    <fieldset className="bc-fieldset bc-side bc-side-public">
      <legend className="h3">{t("publicSide.legend")}</legend>
      <p className="form-hint">{t("publicSide.hint")}</p>
      {readOnly ? <p className="bc-read-only-note">{t("publicSide.readOnly", { name: publicName })}</p> : null}
      <fieldset className="bc-group">
        <legend className="h4">{t("publicSide.investment")}</legend>
        <div className="bc-field-grid">
          {number("publicSide.investment.purchase", t("fields.purchase"), kr)}
          {number("publicSide.investment.installation", t("fields.installation"), kr)}
          {number("publicSide.investment.implementation", t("fields.implementation"), kr)}
          {number("publicSide.investment.training", t("fields.training"), kr)}
        </div>
      </fieldset>
      <fieldset className="bc-group">
        <legend className="h4">{t("publicSide.runningCosts")}</legend>
        <div className="bc-field-grid">
          {number("publicSide.runningCosts.licences", t("fields.licences"), krPerYear)}
          {number("publicSide.runningCosts.service", t("fields.service"), krPerYear)}
          {number("publicSide.runningCosts.maintenance", t("fields.maintenance"), krPerYear)}
        </div>
      </fieldset>
      <fieldset className="bc-group">
        <legend className="h4">{t("publicSide.benefits")}</legend>
        <div className="bc-field-grid">
          {number(
            "publicSide.benefits.hoursFreedPerYear",
            t("fields.hoursFreedPerYear"),
            t("units.hoursPerYear"),
            t("publicSide.hoursHint"),
          )}
          {number(
            "publicSide.benefits.hourlyCost",
            t("fields.hourlyCost"),
            t("units.krPerHour"),
            t("publicSide.hourlyCostHint"),
          )}
          {number("publicSide.benefits.otherSavings", t("fields.otherSavings"), krPerYear)}
          {number("publicSide.benefits.avoidedCosts", t("fields.avoidedCosts"), krPerYear)}
        </div>
      </fieldset>
      <YearListFieldset
        binding={binding}
        path="publicSide.phaseIn"
        rows={binding.form.publicSide.phaseIn}
        setRows={setPhaseIn}
        legend={t("fields.phaseIn")}
        hint={t("publicSide.phaseInHint")}
        emptyText={t("publicSide.noPhaseIn")}
        labelFor={(year) => t("fields.phaseInYear", { year })}
        newValue="100"
        readOnly={readOnly}
      />
      <QualityEffectsFieldset binding={binding} readOnly={readOnly} />
    </fieldset>
  );
}
