import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { EvidenceView, IndicatorView } from "../../../domain/programme/views.js";
import type { Language } from "../../../domain/validation.js";

interface Section {
  indicator: IndicatorView;
  rows: EvidenceView[];
}

const TEXTS = {
  da: {
    summary: "Oversigt",
    code: "Kode",
    name: "Indikator",
    unit: "Enhed",
    target: "Mål",
    actual: "Opnået",
    definition: "Definition",
    computation: "Beregning",
    notMeasured: "ikke målt endnu",
    id: "Id",
    label: "Navn",
    date: "Dato",
    detail: "Detalje",
    link: "Link",
  },
  en: {
    summary: "Summary",
    code: "Code",
    name: "Indicator",
    unit: "Unit",
    target: "Target",
    actual: "Actual",
    definition: "Definition",
    computation: "How computed",
    notMeasured: "not measured yet",
    id: "Id",
    label: "Name",
    date: "Date",
    detail: "Detail",
    link: "Link",
  },
};

/** A worksheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the book. */
export function sheetName(code: string, taken: Set<string>): string {
  const base = code.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "sheet";
  let name = base;
  for (let index = 2; taken.has(name.toLowerCase()); index += 1) {
    name = `${base.slice(0, 31 - String(index).length - 1)}_${index}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

/**
 * One summary sheet, then one sheet per indicator with its evidence rows (links as absolute paths).
 * Written with exceljs's streaming writer: each row is committed as it is added, inline strings, no
 * workbook model kept in memory (the in-memory writer took seconds for 10,000 rows).
 */
export async function buildProgrammeWorkbook(
  programmeName: string,
  sections: Section[],
  language: Language,
  origin: string,
): Promise<Buffer> {
  const t = TEXTS[language];
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
    // The fastest deflate level: the export is read once, and the default level costs more time than bytes.
    zip: { zlib: { level: 1 } },
  });
  book.title = programmeName;
  const taken = new Set<string>();
  const summary = book.addWorksheet(sheetName(t.summary, taken));
  summary.columns = [
    { header: t.code, key: "code", width: 30 },
    { header: t.name, key: "name", width: 40 },
    { header: t.unit, key: "unit", width: 16 },
    { header: t.target, key: "target", width: 10 },
    { header: t.actual, key: "actual", width: 10 },
    { header: t.definition, key: "definition", width: 60 },
    { header: t.computation, key: "computation", width: 60 },
  ];
  summary.getRow(1).font = { bold: true };
  for (const { indicator } of sections) {
    summary.addRow({ ...indicator, actual: indicator.actual ?? t.notMeasured }).commit();
  }
  summary.commit();
  for (const { indicator, rows } of sections) {
    const sheet = book.addWorksheet(sheetName(indicator.code, taken));
    sheet.columns = [
      { header: t.id, key: "id", width: 38 },
      { header: t.label, key: "label", width: 40 },
      { header: t.date, key: "at", width: 12 },
      { header: t.detail, key: "detail", width: 50 },
      { header: t.link, key: "link", width: 60 },
    ];
    sheet.getRow(1).font = { bold: true };
    for (const row of rows) {
      sheet
        .addRow({ id: row.id, label: row.label, at: row.at, detail: row.detail ?? "", link: `${origin}${row.href}` })
        .commit();
    }
    sheet.commit();
  }
  await book.commit();
  await finished;
  return Buffer.concat(chunks);
}

/** A CSV cell: quoted, quotes doubled, and a leading =, +, - or @ defused (no formula injection). */
export function csvCell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Every indicator's evidence rows in one CSV (semicolon-separated, as Danish Excel opens it). */
export function buildProgrammeCsv(sections: Section[], language: Language, origin: string): string {
  const t = TEXTS[language];
  const lines = [[t.code, t.name, t.id, t.label, t.date, t.detail, t.link].map(csvCell).join(";")];
  for (const { indicator, rows } of sections) {
    for (const row of rows) {
      lines.push(
        [indicator.code, indicator.name, row.id, row.label, row.at, row.detail ?? "", `${origin}${row.href}`]
          .map(csvCell)
          .join(";"),
      );
    }
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
