import { describe, expect, it } from "vitest";
import { columnKeyOf, parseTransferRow, type RowLookups } from "./organisation-transfer.js";

const lookups: RowLookups = {
  competenceIdByName: new Map([["robotteknologi", "6f1c0c52-4a43-4d55-9d1e-3b0f3b7b6c11"]]),
  organisationIdByCvr: new Map([["13748136", "0d6f0bde-6a0b-4c6c-9a0e-7e3a9a3c2f10"]]),
};

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
