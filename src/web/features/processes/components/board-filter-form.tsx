import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { FilterActions, FilterForm, useFilters } from "../../../components/filter-form.js";
import { SelectField } from "../../../forms/select-field.js";
import type { BoardFilters } from "../model/board-query.js";
import type { ProcessSummary } from "../../../../domain/process/views.js";

/**
 * Search and filters for the board. Themes and organisations are the ones in the processes the
 * user may see. As on the needs page, the filters are folded away unless one is in use. When the
 * URL changes (back/forward, reset) the fields follow it.
 */
export function BoardFilterForm({
  initial,
  all,
  onApply,
  onReset,
}: {
  initial: BoardFilters;
  all: readonly ProcessSummary[];
  onApply: (filters: BoardFilters) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation("processes");
  const { filters, set } = useFilters(initial);

  const themes = useMemo(
    () =>
      [...new Set(all.map((item) => item.theme).filter((theme) => theme !== ""))].sort((a, b) =>
        a.localeCompare(b, "da"),
      ),
    [all],
  );
  const isOpen = Boolean(initial.theme || initial.organisationId || initial.status || initial.kind);
  const organisations = useMemo(() => {
    const byId = new Map(
      all.flatMap((item) => item.participants).map((participant) => [participant.organisationId, participant.name]),
    );
    return [...byId.entries()].sort((a, b) => a[1].localeCompare(b[1], "da"));
  }, [all]);

  return (
    <FilterForm
      className="process-filters"
      label={t("board.filtersLabel")}
      id="process-filter-q"
      texts={{ label: t("board.searchLabel"), hint: t("board.searchHint"), button: t("board.search") }}
      query={filters.q}
      onQuery={set("q")}
      onApply={() => onApply(filters)}
    >
      <details className="details filters-details" open={isOpen}>
        <summary className="details-summary">{t("board.filters")}</summary>
        <div className="details-text">
          <div className="filters-grid process-filters-grid">
            <SelectField
              id="process-filter-theme"
              label={t("board.theme")}
              value={filters.theme}
              onChange={set("theme")}
            >
              <option value="">{t("board.allThemes")}</option>
              {themes.includes(filters.theme) || filters.theme === "" ? null : (
                <option value={filters.theme}>{filters.theme}</option>
              )}
              {themes.map((theme) => (
                <option key={theme} value={theme}>
                  {theme}
                </option>
              ))}
            </SelectField>
            <SelectField
              id="process-filter-organisation"
              label={t("board.organisation")}
              value={filters.organisationId}
              onChange={set("organisationId")}
            >
              <option value="">{t("board.allOrganisations")}</option>
              {organisations.map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </SelectField>
            <SelectField
              id="process-filter-status"
              label={t("board.status")}
              value={filters.status}
              onChange={set("status")}
            >
              <option value="">{t("board.allStatuses")}</option>
              <option value="active">{t("status.active")}</option>
              <option value="stopped">{t("status.stopped")}</option>
              <option value="completed">{t("status.completed")}</option>
            </SelectField>
            <SelectField id="process-filter-kind" label={t("board.kind")} value={filters.kind} onChange={set("kind")}>
              <option value="">{t("board.allKinds")}</option>
              <option value="individual">{t("kinds.individual")}</option>
              <option value="network">{t("kinds.network")}</option>
            </SelectField>
          </div>
        </div>
        <FilterActions applyLabel={t("board.applyFilters")} resetLabel={t("board.resetFilters")} onReset={onReset} />
      </details>
    </FilterForm>
  );
}
