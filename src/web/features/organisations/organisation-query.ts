/** The list's filters as they appear in the page URL and in the API query (same names). */
export const FILTER_KEYS = [
  "q",
  "kind",
  "regionCode",
  "municipalityCode",
  "competenceId",
  "sme",
  "includeArchived",
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Record<FilterKey, string>;

export const PAGE_SIZE = 25;

export function readFilters(params: URLSearchParams): Filters {
  const filters = {} as Filters;
  for (const key of FILTER_KEYS) {
    filters[key] = params.get(key) ?? "";
  }
  return filters;
}

/** URL/API query text for filters (+ page); empty filters are left out. */
export function filterSearch(filters: Filters, extra: Record<string, string | number> = {}): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key].trim();
    if (value) {
      search.set(key, value);
    }
  }
  for (const [key, value] of Object.entries(extra)) {
    search.set(key, String(value));
  }
  return search;
}

export function hasFilters(filters: Filters): boolean {
  return FILTER_KEYS.some((key) => filters[key].trim() !== "");
}
