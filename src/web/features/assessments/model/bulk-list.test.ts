import { describe, expect, it } from "vitest";
import { readRespondentRows, splitPastedList } from "../../../../domain/assessment/respondent-list.js";
import { bulkRowId, listAsText, previewLines } from "./bulk-list.js";

describe("previewLines", () => {
  it("puts good and bad rows in the sheet's order, a bad row with all its problems", () => {
    const { lines, listProblems } = previewLines({
      rows: [
        { row: 3, name: "Ida", email: "ida@x.dk", audience: "staff" },
        { row: 1, name: "Ane", email: "ane@x.dk", audience: "citizens" },
      ],
      errors: [
        { row: 2, field: "email", message: "bad mail" },
        { row: 2, field: "group", message: "bad group" },
      ],
    });
    expect(listProblems).toEqual([]);
    expect(lines.map((line) => line.row)).toEqual([1, 2, 3]);
    expect(lines[0].person?.name).toBe("Ane");
    expect(lines[1].person).toBeNull();
    expect(lines[1].problems.map((problem) => problem.field)).toEqual(["email", "group"]);
    expect(lines[2].problems).toEqual([]);
  });

  it("keeps problems with the whole list apart", () => {
    const { lines, listProblems } = previewLines({ rows: [], errors: [{ row: 0, field: "file", message: "empty" }] });
    expect(lines).toEqual([]);
    expect(listProblems).toEqual([{ row: 0, field: "file", message: "empty" }]);
  });
});

describe("listAsText", () => {
  it.each([
    ["plain", "Ane Berg", "Ane Berg\tane@x.dk\tcitizens"],
    ["a tab in a name", "Ane\tBerg", "Ane Berg\tane@x.dk\tcitizens"],
    ["a line break in a name", "Ane\r\nBerg ", "Ane Berg\tane@x.dk\tcitizens"],
  ])("writes one tab-separated line a person (%s)", (_, name, expected) => {
    expect(listAsText([{ row: 4, name, email: "ane@x.dk", audience: "citizens" }])).toBe(expected);
  });

  it("is read back by the server's reader into the same people", () => {
    const rows = [
      { row: 2, name: "Ane Berg", email: "ane@x.dk", audience: "citizens" as const },
      { row: 5, name: "Bo Holm", email: "bo@x.dk", audience: "staff" as const },
    ];
    const again = readRespondentRows(splitPastedList(listAsText(rows)), "da");
    expect(again.errors).toEqual([]);
    expect(again.rows.map(({ name, email, audience }) => ({ name, email, audience }))).toEqual(
      rows.map(({ name, email, audience }) => ({ name, email, audience })),
    );
  });
});

it("names a row's target id", () => {
  expect(bulkRowId(37)).toBe("bulk-row-37");
});
