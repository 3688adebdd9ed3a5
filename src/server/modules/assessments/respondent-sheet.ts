import ExcelJS from "exceljs";
import Papa from "papaparse";
import { MAX_BULK_RESPONDENTS } from "../../../domain/assessment/index.js";
import { HttpError } from "../../http/errors.js";
import { checkXlsxLimits } from "../organisations/transfer.zip-guard.js";

const isZip = (buffer: Buffer) => buffer.length > 4 && buffer[0] === 0x50 && buffer[1] === 0x4b;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) {
    return "";
  }
  if (typeof value === "object" && !(value instanceof Date)) {
    if ("richText" in value) {
      return value.richText.map((part) => part.text).join("");
    }
    // A hyperlinked e-mail cell (Excel makes «mailto:» links of addresses) carries its text.
    if ("text" in value && typeof value.text === "string") {
      return value.text;
    }
    if ("result" in value) {
      return value.result === undefined || value.result === null ? "" : String(value.result);
    }
    return "";
  }
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

const unreadable = (what: string) =>
  new HttpError(400, "import_unreadable", `The file is not a readable ${what}`, {
    file:
      what === "XLSX workbook" ? "Filen kan ikke læses som et XLSX-regneark" : "Filen er ikke en UTF-8-tekstfil (CSV)",
  });

/**
 * The cells of an uploaded respondent list (CSV or XLSX, told by content, as the organisation import does),
 * row by row, so the domain's reader can number them as the sheet does.
 */
export async function readRespondentSheet(buffer: Buffer, filename: string): Promise<string[][]> {
  if (buffer.length === 0) {
    throw new HttpError(400, "validation", "file: the file is empty", { file: "Filen er tom" });
  }
  if (isZip(buffer)) {
    checkXlsxLimits(buffer);
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    } catch {
      throw unreadable("XLSX workbook");
    }
    const sheet = workbook.worksheets[0];
    const rows: string[][] = [];
    const last = Math.min(sheet?.rowCount ?? 0, MAX_BULK_RESPONDENTS + 2);
    for (let index = 1; index <= last; index += 1) {
      const row = sheet.getRow(index);
      const cells: string[] = [];
      for (let column = 1; column <= Math.min(row.cellCount, 20); column += 1) {
        cells.push(cellText(row.getCell(column).value).trim());
      }
      rows.push(cells);
    }
    return rows;
  }
  if (/\.xlsx$/i.test(filename)) {
    throw unreadable("XLSX workbook");
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(buffer).replace(/^\uFEFF/, "");
  if (text.includes("\u0000") || text.includes("\uFFFD")) {
    throw unreadable("CSV file");
  }
  const delimiter = text.includes(";") ? ";" : text.includes("\t") ? "\t" : ",";
  return Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false }).data.slice(0, MAX_BULK_RESPONDENTS + 2);
}
