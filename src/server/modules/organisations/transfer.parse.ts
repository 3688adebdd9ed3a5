import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import {
  columnKeyOf,
  MAX_IMPORT_ROWS,
  TOO_MANY_ROWS,
  type TransferKey,
} from "../../../domain/organisation-transfer.js";
import { HttpError } from "../../http/errors.js";
import { checkXlsxLimits } from "./transfer.zip-guard.js";

export type SheetRow = Partial<Record<TransferKey, string>>;

const isZip = (buffer: Buffer) => buffer.length > 4 && buffer[0] === 0x50 && buffer[1] === 0x4b;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) {
    return "";
  }
  if (value instanceof Date) {
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === "object") {
    if ("richText" in value) {
      return value.richText.map((part) => part.text).join("");
    }
    if ("text" in value && typeof value.text === "string") {
      return value.text;
    }
    if ("result" in value) {
      return value.result === undefined || value.result === null ? "" : String(value.result);
    }
    return "";
  }
  return String(value);
}

function mapHeaders(headers: string[]): (TransferKey | undefined)[] {
  const keys = headers.map(columnKeyOf);
  if (!keys.includes("name") || !keys.includes("kind")) {
    throw new HttpError(400, "import_headers", "The first row must name the columns, at least «Navn» and «Type»", {
      file: "Første række skal indeholde kolonnenavne, mindst «Navn» og «Type»",
    });
  }
  return keys;
}

function tooMany(): HttpError {
  return new HttpError(400, "import_too_large", TOO_MANY_ROWS.en, { file: TOO_MANY_ROWS.da });
}

/**
 * Reads the first worksheet row by row with exceljs's streaming reader (issue 16: the whole-workbook
 * model of a 100,000-row sheet takes gigabytes); the reader's awaits let other requests in meanwhile.
 */
async function parseXlsx(buffer: Buffer): Promise<SheetRow[]> {
  checkXlsxLimits(buffer);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    worksheets: "emit",
    entries: "ignore",
  });
  let keys: (TransferKey | undefined)[] | undefined;
  let rowCount = 0;
  const rows: SheetRow[] = [];
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        rowCount += 1;
        if (!keys) {
          const headers: string[] = [];
          for (let column = 1; column <= row.cellCount; column += 1) {
            headers.push(cellText(row.getCell(column).value));
          }
          keys = mapHeaders(headers);
          continue;
        }
        if (rowCount > MAX_IMPORT_ROWS + 1) {
          throw tooMany();
        }
        const record: SheetRow = {};
        keys.forEach((key, column) => {
          if (key) {
            record[key] = cellText(row.getCell(column + 1).value).trim();
          }
        });
        if (Object.values(record).some((value) => value)) {
          rows.push(record);
        }
      }
      // The first worksheet only; the reader still has to run to the end of the file.
      break;
    }
  } catch (error) {
    if (error instanceof HttpError) {
      throw error;
    }
    throw new HttpError(400, "import_unreadable", "The file is not a readable XLSX workbook", {
      file: "Filen kan ikke læses som et XLSX-regneark",
    });
  }
  if (!keys) {
    throw new HttpError(400, "import_empty", "The workbook has no rows", { file: "Regnearket er tomt" });
  }
  return rows;
}

/**
 * Papa Parse a chunk at a time, pausing between chunks so other requests are answered meanwhile (a
 * 20 MB file of 100,000 rows parsed in one go blocked the event loop for seconds).
 */
function parseCsvText(text: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const data: string[][] = [];
    Papa.parse<string[]>(text, {
      skipEmptyLines: "greedy",
      chunkSize: 256 * 1024,
      chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        for (const row of results.data) {
          data.push(row);
        }
        parser.pause();
        setImmediate(() => parser.resume());
      },
      complete: () => resolve(data),
      error: (error: Error) => reject(error),
    });
  });
}

async function parseCsv(buffer: Buffer): Promise<SheetRow[]> {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(buffer).replace(/^\uFEFF/, "");
  if (text.includes("\u0000") || text.includes("\uFFFD")) {
    throw new HttpError(400, "import_unreadable", "The file is not UTF-8 text", {
      file: "Filen er ikke en UTF-8-tekstfil (CSV)",
    });
  }
  const parsed = { data: await parseCsvText(text) };
  const [headers, ...body] = parsed.data;
  if (!headers) {
    throw new HttpError(400, "import_empty", "The file has no rows", { file: "Filen er tom" });
  }
  if (body.length > MAX_IMPORT_ROWS) {
    throw tooMany();
  }
  const keys = mapHeaders(headers);
  return body.map((cells) => {
    const record: SheetRow = {};
    keys.forEach((key, column) => {
      if (key) {
        record[key] = (cells[column] ?? "").trim();
      }
    });
    return record;
  });
}

/** Reads an uploaded CSV or XLSX file into rows keyed by column; the format is told by content, not name. */
export async function parseSheet(buffer: Buffer, filename: string): Promise<SheetRow[]> {
  if (isZip(buffer)) {
    return parseXlsx(buffer);
  }
  if (/\.xlsx$/i.test(filename)) {
    throw new HttpError(400, "import_unreadable", "The file is not a readable XLSX workbook", {
      file: "Filen kan ikke læses som et XLSX-regneark",
    });
  }
  return parseCsv(buffer);
}
