import ExcelJS from "exceljs";
// exceljs's own ZIP reader (a dependency of exceljs), here with its CRC check on.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { columnName, writeXlsx, xmlText, zip } from "./xlsx-writer.js";

describe("columnName", () => {
  it.each([
    [0, "A"],
    [1, "B"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("%i → %s", (index, name) => {
    expect(columnName(index)).toBe(name);
  });
});

describe("xmlText", () => {
  it.each([
    ["plain", "plain"],
    ["Æbler & pærer", "Æbler &amp; pærer"],
    ['<b a="1">', "&lt;b a=&quot;1&quot;&gt;"],
    ["tab\tand\nline", "tab\tand\nline"],
    ["bell\u0007 and nul\u0000", "bell and nul"],
    ["lone \uD800 surrogate", "lone  surrogate"],
    ["pair 😀 kept", "pair 😀 kept"],
    ["\uFFFEnot a character", "not a character"],
  ])("%j → %j", (value, escaped) => {
    expect(xmlText(value)).toBe(escaped);
  });
});

describe("writeXlsx", () => {
  const book = writeXlsx("Programmet «2026» & co", [
    {
      name: "Oversigt",
      columns: [
        { header: "Kode", width: 30 },
        { header: "Mål", width: 10 },
        { header: "Tekst", width: 60 },
      ],
      rows: [
        ["pilot_smes", 25, "SMV'er i <pilot> & drift"],
        ["seminars_held", 0, null],
        ["  indrykket", 1.5, "linje 1\nlinje 2"],
      ],
    },
    { name: "tom", columns: [{ header: "Id", width: 38 }], rows: [] },
  ]);

  it("reads back in exceljs: sheets, texts, numbers, an empty cell, the bold header and widths", async () => {
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(book as unknown as ArrayBuffer);
    expect(read.worksheets.map((sheet) => sheet.name)).toEqual(["Oversigt", "tom"]);
    const sheet = read.getWorksheet("Oversigt");
    expect(sheet?.rowCount).toBe(4);
    expect(sheet?.getRow(1).values).toEqual([undefined, "Kode", "Mål", "Tekst"]);
    expect(sheet?.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet?.getRow(2).getCell(1).font?.bold).toBeFalsy();
    expect(sheet?.getRow(2).values).toEqual([undefined, "pilot_smes", 25, "SMV'er i <pilot> & drift"]);
    expect(sheet?.getRow(3).getCell(2).value).toBe(0);
    expect(sheet?.getRow(3).getCell(3).value).toBeNull();
    expect(sheet?.getRow(4).values).toEqual([undefined, "  indrykket", 1.5, "linje 1\nlinje 2"]);
    expect(sheet?.getColumn(1).width).toBe(30);
    expect(sheet?.getColumn(3).width).toBe(60);
    expect(read.getWorksheet("tom")?.rowCount).toBe(1);
    expect(read.title).toBe("Programmet «2026» & co");
  });

  it("is a ZIP archive whose CRCs and sizes check out", async () => {
    const read = await JSZip.loadAsync(book, { checkCRC32: true });
    expect(Object.keys(read.files)).toContain("xl/worksheets/sheet2.xml");
  });
});

describe("zip", () => {
  it("stores each entry deflated under its UTF-8 name", async () => {
    const archive = zip([
      { name: "a.txt", data: Buffer.from("hej ".repeat(1000)) },
      { name: "mappe/æøå.txt", data: Buffer.from("") },
    ]);
    const read = await JSZip.loadAsync(archive, { checkCRC32: true });
    expect(await read.file("a.txt")?.async("string")).toBe("hej ".repeat(1000));
    expect(await read.file("mappe/æøå.txt")?.async("string")).toBe("");
    expect(archive.length).toBeLessThan(500);
  });
});
