import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../../../domain/validation.js";
import {
  emptyForm,
  toCandidate,
  validateCreate,
  validatePatch,
  type OrganisationFormState,
} from "./organisation-form-state.js";

const company = (changes: Partial<OrganisationFormState> = {}): OrganisationFormState => ({
  ...emptyForm(),
  kind: "company",
  name: "Løftelet ApS",
  ...changes,
});

describe("organisation form validation (shared schemas)", () => {
  it("gives the server's own messages", () => {
    const result = validateCreate(company({ cvr: "12345678", website: "www.x" }), "da");
    expect(result).toEqual({ ok: false, errors: { cvr: MESSAGES.da.cvr_checksum, website: MESSAGES.da.url } });
  });

  it("requires a kind and a name, and for a public unit a parent", () => {
    expect(validateCreate(emptyForm(), "en")).toMatchObject({
      ok: false,
      errors: { kind: MESSAGES.en.required, name: MESSAGES.en.required },
    });
    expect(validateCreate(company({ kind: "public_unit" }), "da")).toMatchObject({
      ok: false,
      errors: { parentId: MESSAGES.da.parent_required },
    });
  });

  it("sends a parent only for public units, and empty optional fields as null", () => {
    const candidate = toCandidate(
      company({ parent: { id: "6f1c6f2e-2f55-4c53-9d3a-0c1f7d6f4b11", name: "Aarhus Kommune" } }),
    );
    expect(candidate).toMatchObject({ parentId: null, cvr: null, municipalityCode: null, employeeBand: null });
  });

  it("names contact-person errors by row and field", () => {
    const result = validateCreate(
      company({ contactPersons: [{ key: 1, name: "", title: "", email: "nej", phone: "" }] }),
      "da",
    );
    expect(result).toMatchObject({
      ok: false,
      errors: { "contactPersons.0.name": MESSAGES.da.required, "contactPersons.0.email": MESSAGES.da.email },
    });
  });

  it("lets a member send only the fields a member may change", () => {
    const result = validatePatch(company({ cvr: "13748136" }), false, "da");
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(Object.keys(result.body)).not.toContain("cvr");
      expect(Object.keys(result.body)).not.toContain("kind");
      expect(Object.keys(result.body)).not.toContain("parentId");
    }
  });
});
