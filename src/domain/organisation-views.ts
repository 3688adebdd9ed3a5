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

/**
 * A file's check (`preview`) or import, polled by the browser. Both answer right after the upload is parsed and
 * check the rows in the background (issue 16: 100,000 rows took longer than an HTTP request may): `phase`
 * «checking» counts rows checked of all rows, «writing» (imports only) rows written of the valid rows.
 * `preview` is there once the job has ended: what each row would do and each bad row's errors.
 */
export interface ImportJob {
  id: string;
  kind: "preview" | "import";
  status: "running" | "done" | "failed";
  phase: "checking" | "writing";
  total: number;
  processed: number;
  created: number;
  updated: number;
  skipped: number;
  message?: string;
  preview?: ImportPreview;
}

/** One hit of the public organisation lookup (anonymous forms): only what the registry shows anyone. */
export interface OrganisationLookupItem {
  id: string;
  name: string;
  kind: string;
}
