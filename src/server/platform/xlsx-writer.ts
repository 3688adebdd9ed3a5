import { crc32, deflateRawSync } from "node:zlib";
import { Zip, type ZipInputFile } from "fflate";

/** A cell: text, a number, or empty. */
export type XlsxCell = string | number | null;

export interface XlsxSheet {
  name: string;
  columns: { header: string; width: number }[];
  rows: XlsxCell[][];
}

/**
 * A plain workbook as SpreadsheetML, zipped at the fastest deflate level: inline strings, one style (the
 * bold header row), column widths. For large read-once exports (ADR 0022): exceljs's writer spent most of
 * the programme export's time on a cell model and styles per cell that such a table never needs.
 */
export function writeXlsx(title: string, sheets: XlsxSheet[]): Buffer {
  const files: [string, string][] = [
    ["[Content_Types].xml", contentTypes(sheets.length)],
    ["_rels/.rels", ROOT_RELS],
    ["docProps/core.xml", core(title)],
    ["xl/workbook.xml", workbook(sheets)],
    ["xl/_rels/workbook.xml.rels", workbookRels(sheets.length)],
    ["xl/styles.xml", STYLES],
    ...sheets.map((sheet, index): [string, string] => [`xl/worksheets/sheet${index + 1}.xml`, worksheet(sheet)]),
  ];
  return zip(files.map(([name, text]) => ({ name, data: Buffer.from(text, "utf8") })));
}

/**
 * A ZIP archive of deflated entries: fflate's Zip (already used for the disclosure packs) writes the
 * container, Node's zlib deflates each entry (fflate's own pure-JavaScript deflate was 5× slower here).
 */
export function zip(entries: { name: string; data: Buffer }[], at = new Date()): Buffer {
  const chunks: Uint8Array[] = [];
  const archive = new Zip((error, chunk) => {
    if (error) {
      throw error;
    }
    chunks.push(chunk);
  });
  for (const { name, data } of entries) {
    // A ready-deflated entry, as fflate's ZipInputFile allows: size and CRC of the original, then its bytes.
    const entry: ZipInputFile = { filename: name, size: data.length, crc: crc32(data), compression: 8, mtime: at };
    archive.add(entry);
    entry.ondata?.(null, deflateRawSync(data, { level: 1 }), true);
  }
  archive.end();
  return Buffer.concat(chunks);
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const PACKAGE_TYPE = "application/vnd.openxmlformats-package";

// Characters XML 1.0 forbids (control characters other than tab, newline, return; lone surrogates, U+FFFE/F).
const FORBIDDEN = new RegExp(
  [
    "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]",
    "[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])",
    "(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]",
  ].join("|"),
  "g",
);

const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text safe inside an XML element or a double-quoted attribute. */
export function xmlText(value: string): string {
  // Most cells are plain: one test instead of five replacements.
  if (!NEEDS_ESCAPE.test(value)) {
    return value;
  }
  return value
    .replace(FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** The column's letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  }
  return name;
}

function cell(value: XlsxCell, reference: string, style: string): string {
  if (value === null || value === "") {
    return style ? `<c r="${reference}"${style}/>` : "";
  }
  if (typeof value === "number") {
    return Number.isFinite(value) ? `<c r="${reference}"${style}><v>${value}</v></c>` : "";
  }
  // xml:space keeps leading and trailing blanks (and line breaks), as the text had them.
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : "";
  return `<c r="${reference}"${style} t="inlineStr"><is><t${space}>${xmlText(value)}</t></is></c>`;
}

const HEADER = ' s="1"';

function worksheet(sheet: XlsxSheet): string {
  const letters = sheet.columns.map((_, index) => columnName(index));
  const parts: string[] = [
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`,
    // The header stays in view while scrolling.
    '<sheetViews><sheetView workbookViewId="0">' +
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>',
    "<cols>",
    ...sheet.columns.map(
      (column, index) => `<col min="${index + 1}" max="${index + 1}" width="${column.width}" customWidth="1"/>`,
    ),
    "</cols><sheetData>",
    `<row r="1">${sheet.columns.map((column, index) => cell(column.header, `${letters[index]}1`, HEADER)).join("")}` +
      "</row>",
  ];
  sheet.rows.forEach((row, rowIndex) => {
    const number = rowIndex + 2;
    let cells = "";
    for (let index = 0; index < row.length; index += 1) {
      cells += cell(row[index], `${letters[index] ?? columnName(index)}${number}`, "");
    }
    parts.push(`<row r="${number}">${cells}</row>`);
  });
  parts.push("</sheetData></worksheet>");
  return parts.join("");
}

function workbook(sheets: XlsxSheet[]): string {
  const entries = sheets
    .map((sheet, index) => `<sheet name="${xmlText(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`)
    .join("");
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<bookViews><workbookView/></bookViews><sheets>${entries}</sheets></workbook>`
  );
}

function workbookRels(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, index) =>
      `<Relationship Id="rId${index + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
  ).join("");
  const styles = `<Relationship Id="rId${count + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>`;
  return `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${sheets}${styles}</Relationships>`;
}

function contentTypes(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, index) =>
      `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="${OFFICE_TYPE}.worksheet+xml"/>`,
  ).join("");
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="${PACKAGE_TYPE}.relationships+xml"/>` +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${OFFICE_TYPE}.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${OFFICE_TYPE}.styles+xml"/>` +
    `<Override PartName="/docProps/core.xml" ContentType="${PACKAGE_TYPE}.core-properties+xml"/>` +
    `${sheets}</Types>`
  );
}

const ROOT_RELS =
  `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
  `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
  `<Relationship Id="rId2" Type="${PKG_REL_NS}/metadata/core-properties" Target="docProps/core.xml"/>` +
  "</Relationships>";

function core(title: string): string {
  return (
    `${XML_HEAD}<cp:coreProperties ` +
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/">' +
    `<dc:title>${xmlText(title)}</dc:title></cp:coreProperties>`
  );
}

// Two fonts (regular, bold) and two cell formats: 0 plain, 1 bold (the header row).
const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
  '<fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";
