import type {
  BulkRespondent,
  BulkRespondentPreview,
  BulkRowError,
} from "../../../../domain/assessment/respondent-list.js";

/** One line of the preview table: a person read right, or a row's problems (the server returns no bad row's cells). */
export interface BulkLine {
  row: number;
  person: BulkRespondent | null;
  problems: BulkRowError[];
}

/** The id a summary link moves focus to: the preview table's row. */
export const bulkRowId = (row: number) => `bulk-row-${row}`;

/**
 * The preview as table lines in the sheet's order, and the problems with the list as a whole
 * (row 0: empty, too long, a file that cannot be read).
 */
export function previewLines(preview: BulkRespondentPreview): { lines: BulkLine[]; listProblems: BulkRowError[] } {
  const byRow = new Map<number, BulkLine>();
  for (const person of preview.rows) {
    byRow.set(person.row, { row: person.row, person, problems: [] });
  }
  const listProblems: BulkRowError[] = [];
  for (const error of preview.errors) {
    if (error.row <= 0) {
      listProblems.push(error);
      continue;
    }
    const line = byRow.get(error.row) ?? { row: error.row, person: null, problems: [] };
    line.problems.push(error);
    byRow.set(error.row, line);
  }
  return { lines: [...byRow.values()].sort((a, b) => a.row - b.row), listProblems };
}

/**
 * The checked rows of an uploaded file as a list the invite endpoint reads again (tab-separated:
 * name, e-mail, group code), so a file is invited exactly as it was previewed.
 */
export function listAsText(rows: readonly BulkRespondent[]): string {
  const cell = (value: string) => value.replace(/[\t\r\n]+/g, " ").trim();
  return rows.map((row) => [cell(row.name), cell(row.email), row.audience].join("\t")).join("\n");
}
