import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { CARE_AREAS } from "../../../../domain/care-areas.js";
import { DIMENSIONS } from "../../../../domain/dimensions.js";
import { NEED_PRIORITIES, NEED_STATUSES } from "../../../../domain/needs.js";
import { PUBLIC_KINDS, type Organisation } from "../../../../domain/organisation.js";
import { useApi } from "../../../api/use-api.js";
import { careAreaLabel } from "../../../components/care-area-label.js";
import { FilterActions, FilterForm, useFilters } from "../../../components/filter-form.js";
import { CheckboxGroup } from "../../../forms/checkbox-group.js";
import type { PickedOrganisation } from "../../../forms/organisation-picker.js";
import { OrganisationPicker } from "../../../forms/organisation-picker.js";
import { SelectField } from "../../../forms/select-field.js";
import { parseStatuses, type NeedFilters } from "../need-query.js";

/** Search box and filters for the needs. When the URL changes (back/forward, reset) the fields follow it. */
export function NeedFiltersForm({
  initial,
  onApply,
  onReset,
}: {
  initial: NeedFilters;
  onApply: (filters: NeedFilters) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const { filters, set } = useFilters(initial);
  const [owner, setOwner] = useState<PickedOrganisation | null>(null);
  const ownerId = initial.ownerOrganisationId;
  const ownerLookup = useApi<Organisation>(ownerId ? `/api/organisations/${encodeURIComponent(ownerId)}` : null);

  useEffect(() => {
    setOwner(ownerId && ownerLookup.data?.id === ownerId ? { id: ownerId, name: ownerLookup.data.name } : null);
  }, [ownerId, ownerLookup.data]);

  const isOpen = Boolean(
    initial.status || initial.careArea || initial.dimension || initial.priority || initial.ownerOrganisationId,
  );

  return (
    <FilterForm
      className="needs-filters"
      label={t("list.searchAndFilters")}
      id="need-filter-q"
      texts={{ label: t("list.searchLabel"), hint: t("list.searchHint"), button: t("list.search") }}
      query={filters.q}
      onQuery={set("q")}
      onApply={() => onApply({ ...filters, ownerOrganisationId: owner?.id ?? "" })}
    >
      <details className="details filters-details" open={isOpen}>
        <summary className="details-summary">{t("list.filters")}</summary>
        <div className="details-text">
          <CheckboxGroup
            id="need-filter-status"
            legend={t("list.statusLegend")}
            options={NEED_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
            selected={parseStatuses(filters.status)}
            onChange={(selected) => set("status")(parseStatuses(selected.join(",")).join(","))}
            columns
          />
          <div className="filters-grid">
            <SelectField
              id="need-filter-care-area"
              label={t("list.careArea")}
              value={filters.careArea}
              onChange={set("careArea")}
            >
              <option value="">{t("list.allCareAreas")}</option>
              {CARE_AREAS.map((area) => (
                <option key={area} value={area}>
                  {careAreaLabel(tc, area)}
                </option>
              ))}
            </SelectField>
            <SelectField
              id="need-filter-dimension"
              label={t("list.dimension")}
              value={filters.dimension}
              onChange={set("dimension")}
            >
              <option value="">{t("list.allDimensions")}</option>
              {DIMENSIONS.map((dimension) => (
                <option key={dimension} value={dimension}>
                  {t(`dimension.${dimension}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              id="need-filter-priority"
              label={t("list.priority")}
              value={filters.priority}
              onChange={set("priority")}
            >
              <option value="">{t("list.allPriorities")}</option>
              {NEED_PRIORITIES.map((priority) => (
                <option key={priority} value={priority}>
                  {t(`priority.${priority}`)}
                </option>
              ))}
            </SelectField>
          </div>
          <OrganisationPicker
            id="need-filter-owner"
            label={t("list.owner")}
            hint={t("list.ownerHint")}
            value={owner}
            onChange={setOwner}
            kinds={PUBLIC_KINDS}
          />
        </div>
        <FilterActions applyLabel={t("list.applyFilters")} resetLabel={t("list.resetFilters")} onReset={onReset} />
      </details>
    </FilterForm>
  );
}
