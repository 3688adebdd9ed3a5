import { useTranslation } from "react-i18next";
import { MUNICIPALITIES, REGIONS } from "../../../../domain/geography.js";
import { ORGANISATION_KINDS } from "../../../../domain/organisation.js";
import type { Competence } from "../../../../domain/competence.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { Filters } from "../organisation-query.js";
import { SelectField } from "../../../forms/select-field.js";
import { FilterActions, FilterForm, useFilters } from "../../../components/filter-form.js";

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
  const { t } = useTranslation(["translation", "organisations"]);
  const { filters, setFilters, set } = useFilters(initial);
  const municipalities = MUNICIPALITIES.filter((m) => !filters.regionCode || m.regionCode === filters.regionCode);
  const language = currentLanguage();

  return (
    <FilterForm
      className="organisation-filters"
      label={t("organisations:organisations.searchAndFilters")}
      id="filter-q"
      texts={{
        label: t("organisations:organisations.searchLabel"),
        hint: t("organisations:organisations.searchHint"),
        button: t("organisations:organisations.search"),
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
        <summary className="details-summary">{t("organisations:organisations.filters")}</summary>
        <div className="details-text filters-grid">
          <SelectField
            id="filter-kind"
            label={t("organisations:organisations.kind")}
            value={filters.kind}
            onChange={set("kind")}
          >
            <option value="">{t("organisations:organisations.allKinds")}</option>
            {ORGANISATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="filter-region"
            label={t("organisations:organisations.region")}
            value={filters.regionCode}
            onChange={(value) => setFilters((current) => ({ ...current, regionCode: value, municipalityCode: "" }))}
          >
            <option value="">{t("organisations:organisations.allRegions")}</option>
            {REGIONS.map((region) => (
              <option key={region.code} value={region.code}>
                {region.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="filter-municipality"
            label={t("organisations:organisations.municipality")}
            value={filters.municipalityCode}
            onChange={set("municipalityCode")}
          >
            <option value="">{t("organisations:organisations.allMunicipalities")}</option>
            {municipalities.map((municipality) => (
              <option key={municipality.code} value={municipality.code}>
                {municipality.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="filter-competence"
            label={t("organisations:organisations.competence")}
            value={filters.competenceId}
            onChange={set("competenceId")}
          >
            <option value="">{t("organisations:organisations.allCompetences")}</option>
            {competences.map((competence) => (
              <option key={competence.id} value={competence.id}>
                {language === "da" ? competence.nameDa : competence.nameEn}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="filter-sme"
            label={t("organisations:organisations.sme")}
            value={filters.sme}
            onChange={set("sme")}
          >
            <option value="">{t("organisations:organisations.smeAny")}</option>
            <option value="true">{t("organisations:organisations.smeYes")}</option>
            <option value="false">{t("organisations:organisations.smeNo")}</option>
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
                {t("organisations:organisations.includeArchived")}
              </label>
            </div>
          </div>
        </div>
        <FilterActions
          applyLabel={t("organisations:organisations.applyFilters")}
          resetLabel={t("organisations:organisations.resetFilters")}
          onReset={onReset}
        />
      </details>
    </FilterForm>
  );
}
