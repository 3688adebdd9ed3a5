import { NEED_STATUSES, type NeedStatus } from "../../../domain/needs.js";

/** The needs list's filters as they appear in the page URL and the API query (same names). */
export const NEED_FILTER_KEYS = ["q", "status", "careArea", "dimension", "priority", "ownerOrganisationId"] as const;
export type NeedFilterKey = (typeof NEED_FILTER_KEYS)[number];
export type NeedFilters = Record<NeedFilterKey, string>;

export type NeedView = "list" | "board";

export const NEED_PAGE_SIZE = 25;
/** The board shows every need at once (the API's largest page). */
export const BOARD_PAGE_SIZE = 100;

export function readNeedFilters(params: URLSearchParams): NeedFilters {
  const filters = {} as NeedFilters;
  for (const key of NEED_FILTER_KEYS) {
    filters[key] = params.get(key) ?? "";
  }
  return filters;
}

export function readNeedView(params: URLSearchParams): NeedView {
  return params.get("visning") === "tavle" ? "board" : "list";
}

export function readNeedPage(params: URLSearchParams): number {
  const page = Number(params.get("page") ?? "1");
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The statuses in a comma-separated filter value, in the workflow's order; unknown values are dropped. */
export function parseStatuses(value: string): NeedStatus[] {
  const wanted = new Set(value.split(",").map((item) => item.trim()));
  return NEED_STATUSES.filter((status) => wanted.has(status));
}

/** URL text for filters, view and page; empty filters, the list view and page 1 are left out. */
export function needSearch(filters: NeedFilters, options: { view?: NeedView; page?: number } = {}): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of NEED_FILTER_KEYS) {
    const value = filters[key].trim();
    if (value) {
      search.set(key, value);
    }
  }
  if (options.view === "board") {
    search.set("visning", "tavle");
  }
  if (options.page && options.page > 1) {
    search.set("page", String(options.page));
  }
  return search;
}

/** The API query for the list (one page) or the board (everything, as far as the API allows). */
export function needApiPath(filters: NeedFilters, view: NeedView, page: number): string {
  const search = needSearch(filters);
  search.set("page", view === "board" ? "1" : String(page));
  search.set("pageSize", String(view === "board" ? BOARD_PAGE_SIZE : NEED_PAGE_SIZE));
  return `/api/needs?${search.toString()}`;
}

export function hasNeedFilters(filters: NeedFilters): boolean {
  return NEED_FILTER_KEYS.some((key) => filters[key].trim() !== "");
}
