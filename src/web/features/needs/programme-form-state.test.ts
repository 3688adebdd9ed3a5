import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../../domain/validation.js";
import { emptyProgrammeForm, programmeFormFrom, validateProgramme } from "./programme-form-state.js";

describe("funding programme form", () => {
  it("sends themes as a list and Danish amounts as numbers", () => {
    const state = {
      ...emptyProgrammeForm(),
      name: "Velfærdspuljen",
      owner: "Region Midtjylland",
      themes: "velfærdsteknologi, afprøvning ,",
      maxAmount: "1.500.000",
      minMunicipalities: "6",
      deadline: "2027-03-01",
    };
    const result = validateProgramme(state, "da");
    expect(result.ok && result.body).toMatchObject({
      themes: ["velfærdsteknologi", "afprøvning"],
      maxAmount: 1_500_000,
      minMunicipalities: 6,
      deadline: "2027-03-01",
      minAmount: null,
    });
  });

  it("reports the shared schema's messages per field", () => {
    const result = validateProgramme({ ...emptyProgrammeForm(), link: "www.fond.dk", cofinancingPct: "-5" }, "da");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.name).toBe(MESSAGES.da.required);
      expect(result.errors.link).toBe(MESSAGES.da.url);
      expect(result.errors.cofinancingPct).toBe(MESSAGES.da.not_negative);
    }
  });

  it("round-trips a programme from the catalogue", () => {
    const programme = {
      id: "a44c1135-10a0-42cb-90b6-63c6657bd849",
      name: "Innovationsfonden",
      owner: "Innovationsfonden",
      purpose: "",
      eligibleKinds: ["company" as const],
      careAreas: [],
      themes: ["forskning"],
      minAmount: null,
      maxAmount: 750_000,
      cofinancingPct: 25.5,
      deadline: null,
      opensOn: "2027-01-05",
      nextRound: "Forår 2027",
      rolling: true,
      regionCodes: ["1082"],
      municipalityCodes: ["0751", "0461"],
      minMunicipalities: null,
      minRegions: 2,
      countsAreGuidance: true,
      requiresCompany: true,
      requiresKnowledgeInstitution: false,
      link: "https://innovationsfonden.dk",
      notes: "",
    };
    const { id: _id, ...input } = programme;
    const result = validateProgramme(programmeFormFrom(programme), "da");
    expect(result.ok && result.body).toEqual(input);
  });

  it("reads typed municipality codes and names an unknown one", () => {
    const named = { ...emptyProgrammeForm(), name: "Pulje", owner: "Kommune" };
    const ok = validateProgramme({ ...named, municipalityCodes: "751 , 0461," }, "da");
    expect(ok.ok && ok.body.municipalityCodes).toEqual(["0751", "0461"]);
    const unknown = validateProgramme({ ...named, municipalityCodes: "0751, 9999" }, "da");
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) {
      expect(Object.values(unknown.errors)).toContain(MESSAGES.da.municipality_unknown);
    }
  });
});
