import { useTranslation } from "react-i18next";
import { MUNICIPALITIES, REGIONS } from "../../domain/geography.js";
import { ORGANISATION_KINDS } from "../../domain/organisation.js";
import type { Competence } from "../../domain/competence.js";
import { currentLanguage } from "../i18n/i18n.js";
import type { Filters } from "../pages/organisation-query.js";
import { SelectField } from "../forms/select-field.js";
import { FilterActions, FilterForm, useFilters } from "./filter-form.js";

/** Search box and filters. When the URL changes (back/forward, reset) the fields follow it. */
export function OrganisationFilters({
  initial,
  competences,
  onApply,
  onReset,
}: {
  initial: Filters;
  competences: readonly Competence[];
  onApply: (filters: Filters) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const { filters, setFilters, set } = useFilters(initial);
  const municipalities = MUNICIPALITIES.filter((m) => !filters.regionCode || m.regionCode === filters.regionCode);
  const language = currentLanguage();

  return (
    <FilterForm
      className="organisation-filters"
      label={t("organisations.searchAndFilters")}
      id="filter-q"
      texts={{
        label: t("organisations.searchLabel"),
        hint: t("organisations.searchHint"),
        button: t("organisations.search"),
      }}
      query={filters.q}
      onQuery={set("q")}
      onApply={() => onApply(filters)}
    >
      <details
        className="details filters-details"
        open={Boolean(
          initial.kind ||
          initial.regionCode ||
          initial.municipalityCode ||
          initial.competenceId ||
          initial.sme ||
          initial.includeArchived,
        )}
      >
        <summary className="details-summary">{t("organisations.filters")}</summary>
        <div className="details-text filters-grid">
          <SelectField id="filter-kind" label={t("organisations.kind")} value={filters.kind} onChange={set("kind")}>
            <option value="">{t("organisations.allKinds")}</option>
            {ORGANISATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="filter-region"
            label={t("organisations.region")}
            value={filters.regionCode}
            onChange={(value) => setFilters((current) => ({ ...current, regionCode: value, municipalityCode: "" }))}
          >
            <option value="">{t("organisations.allRegions")}</option>
            {REGIONS.map((region) => (
              <option key={region.code} value={region.code}>
                {region.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="filter-municipality"
            label={t("organisations.municipality")}
            value={filters.municipalityCode}
            onChange={set("municipalityCode")}
          >
            <option value="">{t("organisations.allMunicipalities")}</option>
            {municipalities.map((municipality) => (
              <option key={municipality.code} value={municipality.code}>
                {municipality.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="filter-competence"
            label={t("organisations.competence")}
            value={filters.competenceId}
            onChange={set("competenceId")}
          >
            <option value="">{t("organisations.allCompetences")}</option>
            {competences.map((competence) => (
              <option key={competence.id} value={competence.id}>
                {language === "da" ? competence.nameDa : competence.nameEn}
              </option>
            ))}
          </SelectField>
          <SelectField id="filter-sme" label={t("organisations.sme")} value={filters.sme} onChange={set("sme")}>
            <option value="">{t("organisations.smeAny")}</option>
            <option value="true">{t("organisations.smeYes")}</option>
            <option value="false">{t("organisations.smeNo")}</option>
          </SelectField>
          <div className="form-group">
            <div className="form-group-checkbox">
              <input
                id="filter-archived"
                type="checkbox"
                className="form-checkbox"
                checked={filters.includeArchived === "true"}
                onChange={(event) => set("includeArchived")(event.target.checked ? "true" : "")}
              />
              <label htmlFor="filter-archived" className="form-label">
                {t("organisations.includeArchived")}
              </label>
            </div>
          </div>
        </div>
        <FilterActions
          applyLabel={t("organisations.applyFilters")}
          resetLabel={t("organisations.resetFilters")}
          onReset={onReset}
        />
      </details>
    </FilterForm>
  );
}
