/**
 * The API's answers about organisation import (src/server/modules/organisations), shared with the
 * browser; `Organisation` and `OrganisationSummary` are in organisation.ts.
 */
export interface ImportPreviewRow {
  row: number;
  name: string;
  action: "create" | "update" | "error";
  errors?: Record<string, string>;
}

export interface ImportPreview {
  total: number;
  create: number;
  update: number;
  invalid: number;
  rows: ImportPreviewRow[];
}

/** An import's progress, polled by the browser. */
export interface ImportJob {
  id: string;
  status: "running" | "done" | "failed";
  total: number;
  processed: number;
  created: number;
  updated: number;
  skipped: number;
  message?: string;
}

/** One hit of the public organisation lookup (anonymous forms): only what the registry shows anyone. */
export interface OrganisationLookupItem {
  id: string;
  name: string;
  kind: string;
}
