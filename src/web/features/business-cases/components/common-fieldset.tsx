import { useTranslation } from "react-i18next";
import { fieldId } from "../../../forms/field-id.js";
import { FieldError } from "../../../forms/field-message.js";
import { TextField } from "../../../forms/text-field.js";
import { bindNumber, type FormBinding } from "../model/form-binding.js";
import { NumberField } from "./number-field.js";

/** Title, horizon and discount rate: shared by both sides, and either may change them. */
export function CommonFieldset({ binding }: { binding: FormBinding }) {
  const { t } = useTranslation("businessCases");
  const { form, errors } = binding;
  const modeError = errors.discountRate ?? errors["discountRate.mode"];
  const setMode = (mode: "fm" | "custom") => binding.update((current) => ({ ...current, discountMode: mode }));
  return (
    <fieldset className="bc-fieldset">
      <legend className="h3">{t("common.legend")}</legend>
      <p className="form-hint">{t("common.hint")}</p>
      <TextField
        id={fieldId("title")}
        label={t("fields.title")}
        value={form.title}
        onChange={(value) => binding.change("title", value)}
        error={errors.title}
        maxLength={200}
        widthClass="input-width-xl"
        required
      />
      <NumberField
        {...bindNumber(binding, "horizonYears")}
        label={t("fields.horizonYears")}
        unit={t("units.years")}
        hint={t("common.horizonHint")}
        widthClass="input-width-xs"
      />
      <div className={modeError ? "form-group form-error" : "form-group"}>
        <fieldset aria-describedby={modeError ? `${fieldId("discountRate")}-error` : undefined}>
          <legend className="form-label">{t("fields.discountRate")}</legend>
          <FieldError id={`${fieldId("discountRate")}-error`} message={modeError} />
          <div className="form-group-radio">
            <input
              type="radio"
              className="form-radio"
              id={fieldId("discountRate")}
              name="discount-mode"
              value="fm"
              checked={form.discountMode === "fm"}
              onChange={() => setMode("fm")}
            />
            <label className="form-label" htmlFor={fieldId("discountRate")}>
              {t("common.fm")}
            </label>
          </div>
          <div className="form-group-radio">
            <input
              type="radio"
              className="form-radio"
              id={fieldId("discountRate.mode")}
              name="discount-mode"
              value="custom"
              checked={form.discountMode === "custom"}
              onChange={() => setMode("custom")}
            />
            <label className="form-label" htmlFor={fieldId("discountRate.mode")}>
              {t("common.custom")}
            </label>
          </div>
          {form.discountMode === "custom" ? (
            <div className="bc-radio-content">
              <NumberField
                {...bindNumber(binding, "discountRate.ratePct")}
                label={t("fields.ratePct")}
                unit={t("units.percent")}
                hint={t("common.ratePctHint")}
                widthClass="input-width-xs"
              />
            </div>
          ) : null}
        </fieldset>
      </div>
    </fieldset>
  );
}
