import { describe, expect, it } from "vitest";
import { matchGroup, readRespondentRows, splitPastedList } from "./respondent-list.js";

describe("matchGroup", () => {
  it.each([
    ["staff", "staff"],
    ["Medarbejdere", "staff"],
    ["MEDARBEJDERE", "staff"],
    [" medarbejdere ", "staff"],
    ["Ledelse", "management"],
    ["Management", "management"],
    ["Borgere og pårørende", "citizens"],
    ["borgere og parorende", "citizens"],
    ["Citizens and relatives", "citizens"],
    ["Samarbejdspartnere", "partners"],
    ["partners", "partners"],
    ["Medarbejder", undefined],
    ["", undefined],
    ["Borgere", undefined],
  ])("%s → %s", (text, expected) => {
    expect(matchGroup(text)).toBe(expected);
  });
});

describe("splitPastedList", () => {
  it.each([
    ["tab (from a spreadsheet)", "Ida\tida@a.dk\tLedelse", [["Ida", "ida@a.dk", "Ledelse"]]],
    ["semicolon", "Ida; ida@a.dk ;Ledelse", [["Ida", "ida@a.dk", "Ledelse"]]],
    ["comma", "Ida,ida@a.dk,Ledelse", [["Ida", "ida@a.dk", "Ledelse"]]],
    [
      "Windows line ends and a blank line",
      "A;a@a.dk;staff\r\n\r\nB;b@a.dk;staff",
      [["A", "a@a.dk", "staff"], [], ["B", "b@a.dk", "staff"]],
    ],
    ["a byte-order mark", "\uFEFFA;a@a.dk;staff", [["A", "a@a.dk", "staff"]]],
  ])("%s", (_label, text, expected) => {
    expect(splitPastedList(text)).toEqual(expected);
  });
});

describe("readRespondentRows", () => {
  it("reads name, e-mail, group in that order without a header, keeping line numbers", () => {
    const preview = readRespondentRows(
      splitPastedList("Ida Holm;Ida@Plejen.dk;Ledelse\n\nBo Berg;bo@plejen.dk;staff"),
      "da",
    );
    expect(preview).toEqual({
      rows: [
        { row: 1, name: "Ida Holm", email: "ida@plejen.dk", audience: "management" },
        { row: 3, name: "Bo Berg", email: "bo@plejen.dk", audience: "staff" },
      ],
      errors: [],
    });
  });

  it("follows a header row in any order and language; row numbers count the header", () => {
    const preview = readRespondentRows(
      [
        ["Group", "E-mail", "Navn"],
        ["Partners", "p@firma.dk", "Per"],
      ],
      "en",
    );
    expect(preview.rows).toEqual([{ row: 2, name: "Per", email: "p@firma.dk", audience: "partners" }]);
  });

  it.each([
    ["a missing name", [["", "a@a.dk", "staff"]], { row: 1, field: "name", message: "Skal udfyldes" }],
    ["a bad e-mail", [["A", "a@", "staff"]], { row: 1, field: "email", message: "Skal være en gyldig e-mailadresse" }],
    ["a missing e-mail", [["A", "", "staff"]], { row: 1, field: "email", message: "Skal udfyldes" }],
    [
      "an unknown group, naming the allowed ones",
      [["A", "a@a.dk", "Chefer"]],
      {
        row: 1,
        field: "group",
        message: "Gruppen skal være en af: Ledelse, Medarbejdere, Borgere og pårørende, Samarbejdspartnere",
      },
    ],
    ["a missing group", [["A", "a@a.dk"]], { row: 1, field: "group", message: "Skal udfyldes" }],
    [
      "the same e-mail twice",
      [
        ["A", "a@a.dk", "staff"],
        ["B", "A@a.dk", "staff"],
      ],
      { row: 2, field: "email", message: "E-mailadressen står også i række 1" },
    ],
    [
      "a name too long",
      [["x".repeat(121), "a@a.dk", "staff"]],
      { row: 1, field: "name", message: "Må højst være 120 tegn" },
    ],
  ])("names the row and field: %s", (_label, cells, error) => {
    expect(readRespondentRows(cells, "da").errors).toContainEqual(error);
  });

  it("keeps the good rows beside the bad and reports every problem of a row", () => {
    const preview = readRespondentRows(
      [
        ["Navn", "E-mail", "Gruppe"],
        ["A", "a@a.dk", "staff"],
        ["", "nope", "x"],
      ],
      "en",
    );
    expect(preview.rows.map((row) => row.row)).toEqual([2]);
    expect(preview.errors.map((error) => `${error.row}:${error.field}`)).toEqual(["3:name", "3:email", "3:group"]);
    expect(preview.errors[2].message).toBe(
      "The group must be one of: Management, Staff, Citizens and relatives, Partners",
    );
  });

  it("refuses an empty list and one over 500 people as a whole", () => {
    expect(readRespondentRows([[], [""]], "da").errors).toEqual([
      { row: 0, field: "file", message: "Listen er tom. Skriv én person pr. linje: navn, e-mail og gruppe" },
    ]);
    const many = Array.from({ length: 501 }, (_, index) => [`P${index}`, `p${index}@a.dk`, "staff"]);
    const preview = readRespondentRows(many, "da");
    expect(preview.rows).toEqual([]);
    expect(preview.errors).toEqual([{ row: 0, field: "file", message: "Højst 500 elementer" }]);
    expect(readRespondentRows(many.slice(0, 500), "da").rows).toHaveLength(500);
  });
});
