import { describe, expect, it } from "vitest";
import { columnKeyOf, parseTransferRow, type RowLookups } from "./organisation-transfer.js";

const lookups: RowLookups = {
  competenceIdByName: new Map([["robotteknologi", "6f1c0c52-4a43-4d55-9d1e-3b0f3b7b6c11"]]),
  organisationIdByCvr: new Map([["13748136", "0d6f0bde-6a0b-4c6c-9a0e-7e3a9a3c2f10"]]),
  parentIdByName: new Map([["køge kommune", "1e7a0000-0000-4000-8000-000000000259"]]),
  municipalityIdByCode: new Map([["0461", "1e7a0000-0000-4000-8000-000000000461"]]),
};

const KOEGE = "1e7a0000-0000-4000-8000-000000000259";
const ODENSE = "1e7a0000-0000-4000-8000-000000000461";

describe("columnKeyOf", () => {
  it("accepts Danish headers and English keys, any case", () => {
    expect(columnKeyOf("Navn")).toBe("name");
    expect(columnKeyOf(" kommunekode ")).toBe("municipalityCode");
    expect(columnKeyOf("employeeBand")).toBe("employeeBand");
    expect(columnKeyOf("Farve")).toBeUndefined();
  });
});

describe("parseTransferRow", () => {
  it("turns a valid row into an organisation", () => {
    const result = parseTransferRow(
      {
        name: "Robo ApS",
        kind: "company",
        cvr: "",
        municipalityCode: "751",
        competences: "Robotteknologi",
        careAreas: "elder_care; home_care",
      },
      lookups,
      "da",
    );
    expect(result).toEqual({
      ok: true,
      input: expect.objectContaining({
        name: "Robo ApS",
        cvr: null,
        municipalityCode: "0751",
        careAreas: ["elder_care", "home_care"],
      }),
    });
  });

  it("names every bad field of a row", () => {
    const result = parseTransferRow(
      { name: "", kind: "company", cvr: "11111111", competences: "Astrologi", parentCvr: "99999999" },
      lookups,
      "da",
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.errors).sort()).toEqual(["competences", "cvr", "name", "parentCvr"]);
      expect(result.errors.competences).toBe("Ukendt kompetence: Astrologi");
    }
  });

  it("resolves the parent by CVR for a public unit", () => {
    const result = parseTransferRow(
      { name: "Hjemmeplejen Nord", kind: "public_unit", parentCvr: "13748136" },
      lookups,
      "en",
    );
    expect(result.ok && result.input.parentId).toBe("0d6f0bde-6a0b-4c6c-9a0e-7e3a9a3c2f10");
  });
});

describe("parseTransferRow: Danish labels, English labels and codes", () => {
  const row = (extra: Record<string, string>) =>
    parseTransferRow({ name: "Robo ApS", municipalityCode: "751", ...extra }, lookups, "da");

  it.each([
    ["Virksomhed", "company"],
    ["virksomhed ", "company"],
    ["COMPANY", "company"],
    ["Company", "company"],
    ["Videninstitution", "knowledge_institution"],
    ["Vidensinstitution", "knowledge_institution"],
    ["Statslig Institution", "state_institution"],
    ["anden organisation", "other"],
  ])("reads the type %s as %s", (kind, expected) => {
    const result = row({ kind });
    expect(result.ok && result.input.kind).toBe(expected);
  });

  it.each([
    ["12", "10-49"],
    ["1", "1-9"],
    ["9", "1-9"],
    ["10", "10-49"],
    ["49", "10-49"],
    ["50", "50-249"],
    ["249", "50-249"],
    ["250", "250+"],
    ["1.200 ansatte", "250+"],
    ["10–49 ansatte", "10-49"],
    ["10 - 49", "10-49"],
    ["250+", "250+"],
    ["250 or more employees", "250+"],
    ["", null],
  ])("reads the employees %s as %s", (employeeBand, expected) => {
    const result = row({ kind: "Virksomhed", employeeBand });
    expect(result.ok && result.input.employeeBand).toBe(expected);
  });

  it("reads care areas by Danish or English label or code, ignoring accents and case", () => {
    const result = row({
      kind: "virksomhed",
      careAreas: "Hjemmepleje; ÆLDREPLEJE; dementia; Aeldrepleje; Nursing homes",
    });
    expect(result.ok && result.input.careAreas).toEqual([
      "home_care",
      "elder_care",
      "dementia",
      "elder_care",
      "nursing_home",
    ]);
  });

  it("names the allowed values when a type, a size or a care area is not known", () => {
    const result = row({ kind: "Firmaet", employeeBand: "mange", careAreas: "Hjemmepleje; Skole" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.kind).toBe(
        "«Firmaet» kendes ikke. Tilladte værdier: Kommune, Region, Statslig institution, Offentlig enhed, " +
          "Virksomhed, Videninstitution, Klynge eller innovationsfacilitator, Anden organisation",
      );
      expect(result.errors.employeeBand).toContain("«mange» kendes ikke. Tilladte værdier: 1–9 ansatte,");
      expect(result.errors.employeeBand).toContain("eller et antal ansatte");
      expect(result.errors.careAreas).toMatch(/^«Skole» kendes ikke\. Tilladte værdier: Ældrepleje, Hjemmepleje/);
    }
    const english = parseTransferRow({ name: "X", kind: "Firm", employeeBand: "0" }, lookups, "en");
    expect(english.ok).toBe(false);
    if (!english.ok) {
      expect(english.errors.kind).toMatch(/^«Firm» is not known\. Allowed values: Municipality, Region,/);
      expect(english.errors.employeeBand).toContain("or a number of employees");
    }
  });

  it("finds a public unit's parent by name when it has no CVR, else by the unit's municipality code", () => {
    const byName = parseTransferRow(
      { name: "Plejecenter Lyngen", kind: "Offentlig enhed", parentName: "Køge Kommune", municipalityCode: "461" },
      lookups,
      "da",
    );
    expect(byName.ok && byName.input.parentId).toBe(KOEGE);
    const byCode = parseTransferRow(
      { name: "Hjemmeplejen Vest", kind: "Offentlig enhed", municipalityCode: "461" },
      lookups,
      "da",
    );
    expect(byCode.ok && byCode.input.parentId).toBe(ODENSE);
    const companyByCode = parseTransferRow(
      { name: "Robo ApS", kind: "Virksomhed", municipalityCode: "461" },
      lookups,
      "da",
    );
    expect(companyByCode.ok && companyByCode.input.parentId).toBeNull();
  });

  it("names the parent field that did not match", () => {
    const unknownName = parseTransferRow(
      { name: "Plejecenter Lyngen", kind: "Offentlig enhed", parentName: "Gotham Kommune" },
      lookups,
      "da",
    );
    expect(unknownName.ok).toBe(false);
    if (!unknownName.ok) {
      expect(unknownName.errors.parentName).toBe(
        "Ingen kommune, region eller statslig institution hedder «Gotham Kommune»",
      );
    }
    const noParent = parseTransferRow(
      { name: "Plejecenter Lyngen", kind: "Offentlig enhed", municipalityCode: "101" },
      lookups,
      "da",
    );
    expect(noParent.ok).toBe(false);
    if (!noParent.ok) {
      expect(Object.keys(noParent.errors)).toEqual(["parentCvr"]);
    }
  });
});
