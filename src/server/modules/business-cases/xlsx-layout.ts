/** The shape of the Beregning sheet, shared by its table and its summary. */
export const CALCULATION_SHEET = "Beregning";
/** Row of the column headers; year 0 is on the row below. */
export const HEADER_ROW = 3;
export const NEVER = "Aldrig";

export type Result = number | string;

export const MONEY = "#,##0";
export const YEARS = "0.00";

export interface Layout {
  firstRow: number;
  lastRow: number;
  rowOf: (year: number) => number;
  ref: (key: string, year: number) => string;
}
