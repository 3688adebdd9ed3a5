import type { ProcessStatus } from "../../../../domain/process/phases.js";
import type { ProcessKind } from "../../../../domain/process/views.js";

export type BoardView = "board" | "list";

export interface BoardFilters {
  q: string;
  theme: string;
  organisationId: string;
  status: "" | ProcessStatus;
  kind: "" | ProcessKind;
}

export const EMPTY_FILTERS: BoardFilters = { q: "", theme: "", organisationId: "", status: "", kind: "" };

const STATUSES: readonly string[] = ["active", "stopped", "completed"];
const KINDS: readonly string[] = ["individual", "network"];

/** The filters as the URL carries them (`/forloeb?tema=…&status=stopped`); unknown values are ignored. */
export function readFilters(params: URLSearchParams): BoardFilters {
  const status = params.get("status") ?? "";
  const kind = params.get("type") ?? "";
  return {
    q: params.get("q") ?? "",
    theme: params.get("tema") ?? "",
    organisationId: params.get("organisation") ?? "",
    status: STATUSES.includes(status) ? (status as ProcessStatus) : "",
    kind: KINDS.includes(kind) ? (kind as ProcessKind) : "",
  };
}

export function readView(params: URLSearchParams): BoardView | null {
  const view = params.get("visning");
  return view === "liste" ? "list" : view === "tavle" ? "board" : null;
}

/** The page's own URL query: filters plus the chosen view. */
export function toPageSearch(filters: BoardFilters, view: BoardView | null): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string) => {
    if (value.trim() !== "") {
      params.set(key, value.trim());
    }
  };
  set("q", filters.q);
  set("tema", filters.theme);
  set("organisation", filters.organisationId);
  set("status", filters.status);
  set("type", filters.kind);
  if (view) {
    params.set("visning", view === "list" ? "liste" : "tavle");
  }
  return params;
}

/** The API's query for the same filters (`GET /api/processes`). */
export function toApiQuery(filters: BoardFilters): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string) => {
    if (value.trim() !== "") {
      params.set(key, value.trim());
    }
  };
  set("q", filters.q);
  set("theme", filters.theme);
  set("organisationId", filters.organisationId);
  set("status", filters.status);
  set("kind", filters.kind);
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function hasFilters(filters: BoardFilters): boolean {
  return Object.values(filters).some((value) => value.trim() !== "");
}
