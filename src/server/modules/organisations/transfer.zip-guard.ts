import { inflateRawSync } from "node:zlib";
import { MAX_IMPORT_ROWS, TOO_MANY_ROWS, TRANSFER_COLUMNS } from "../../../domain/organisation-transfer.js";
import { HttpError } from "../../http/errors.js";

/**
 * Limits an uploaded XLSX must stay within before ExcelJS sees it: ExcelJS holds the whole workbook
 * as objects (a 2.4 MB upload took 3.5 GB), so size, sheets, rows and cells are checked on the zip first.
 */
export const XLSX_LIMITS = {
  // 100,000 rows of 13 columns as inline strings unpack to about 90 MB.
  maxInflatedBytes: 160 * 1024 * 1024,
  maxEntries: 200,
  maxSheets: 20,
  maxRows: MAX_IMPORT_ROWS + 1,
  maxCells: (MAX_IMPORT_ROWS + 1) * (TRANSFER_COLUMNS.length + 8),
};

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

function tooLarge(en: string, da: string): HttpError {
  return new HttpError(413, "import_too_large", en, { file: da });
}

function unreadable(): HttpError {
  return new HttpError(400, "import_unreadable", "The file is not a readable XLSX workbook", {
    file: "Filen kan ikke læses som et XLSX-regneark",
  });
}

const inflatedTooLarge = () =>
  tooLarge(
    `The workbook unpacks to more than ${XLSX_LIMITS.maxInflatedBytes / 1024 / 1024} MB (the limit)`,
    `Regnearket fylder udpakket mere end ${XLSX_LIMITS.maxInflatedBytes / 1024 / 1024} MB (grænsen)`,
  );

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes at the very end.
  for (let offset = zip.length - 22; offset >= Math.max(0, zip.length - 22 - 0xffff); offset -= 1) {
    if (zip.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) {
      return offset;
    }
  }
  throw unreadable();
}

/** The entries of the zip's central directory (sizes as declared; ZIP64 is refused: no import needs it). */
export function readZipEntries(zip: Buffer): ZipEntry[] {
  const end = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  const directoryOffset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw inflatedTooLarge();
  }
  if (count > XLSX_LIMITS.maxEntries) {
    throw tooLarge(
      `The workbook has more than ${XLSX_LIMITS.maxEntries} parts (the limit)`,
      `Regnearket har mere end ${XLSX_LIMITS.maxEntries} dele (grænsen)`,
    );
  }
  const entries: ZipEntry[] = [];
  let offset = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY) {
      throw unreadable();
    }
    const nameLength = zip.readUInt16LE(offset + 28);
    entries.push({
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      uncompressedSize: zip.readUInt32LE(offset + 24),
      localHeaderOffset: zip.readUInt32LE(offset + 42),
      name: zip.toString("utf8", offset + 46, offset + 46 + nameLength),
    });
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return entries;
}

function inflateEntry(zip: Buffer, entry: ZipEntry, budget: number): Buffer {
  const header = entry.localHeaderOffset;
  if (header + 30 > zip.length || zip.readUInt32LE(header) !== LOCAL_FILE_HEADER) {
    throw unreadable();
  }
  const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    return data;
  }
  if (entry.method !== 8) {
    throw unreadable();
  }
  try {
    // The declared size may lie: the inflater itself stops at the remaining budget.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch (error) {
    if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
      throw inflatedTooLarge();
    }
    throw unreadable();
  }
}

function countOccurrences(text: Buffer, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    count += 1;
  }
  return count;
}

/**
 * Refuses (413, naming the limit) a workbook that unpacks too large or holds too many sheets, rows or
 * cells; checks declared sizes first, then inflates each part within the remaining budget and counts.
 */
export function checkXlsxLimits(zip: Buffer): void {
  const entries = readZipEntries(zip);
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > XLSX_LIMITS.maxInflatedBytes) {
    throw inflatedTooLarge();
  }
  const sheets = entries.filter((entry) => /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name));
  if (sheets.length > XLSX_LIMITS.maxSheets) {
    throw tooLarge(
      `The workbook has more than ${XLSX_LIMITS.maxSheets} sheets (the limit)`,
      `Regnearket har mere end ${XLSX_LIMITS.maxSheets} ark (grænsen)`,
    );
  }
  let budget = XLSX_LIMITS.maxInflatedBytes;
  let mostRows = 0;
  let cells = 0;
  for (const entry of entries) {
    const content = inflateEntry(zip, entry, budget);
    budget -= content.length;
    if (budget < 0) {
      throw inflatedTooLarge();
    }
    if (sheets.includes(entry)) {
      mostRows = Math.max(mostRows, countOccurrences(content, "<row"));
      cells += countOccurrences(content, "<c ") + countOccurrences(content, "<c>");
    }
  }
  if (mostRows > XLSX_LIMITS.maxRows) {
    throw tooLarge(TOO_MANY_ROWS.en, TOO_MANY_ROWS.da);
  }
  if (cells > XLSX_LIMITS.maxCells) {
    throw tooLarge(
      `The workbook has more than ${XLSX_LIMITS.maxCells} cells (the limit)`,
      `Regnearket har mere end ${XLSX_LIMITS.maxCells} celler (grænsen)`,
    );
  }
}
