import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../../domain/validation.js";
import { emptyNeedForm, parseAmount, validateNeedCreate, validateNeedPatch } from "./need-form-state.js";

const OWNER = { id: "7dcf863a-a8f6-45db-88ef-0bbb99514540", name: "Aarhus Kommune" };

describe("need form", () => {
  it("reads Danish and plain numbers, and leaves empty fields empty", () => {
    expect(parseAmount("1.500,5")).toBe(1500.5);
    expect(parseAmount("3200")).toBe(3200);
    expect(parseAmount(" 2 600 ")).toBe(2600);
    expect(parseAmount("")).toBeNull();
    expect(parseAmount("mange")).toBeNaN();
  });

  it("says «required» for the owner and care area nobody chose, with the shared messages", () => {
    const result = validateNeedCreate(emptyNeedForm(null), "da");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.ownerOrganisationId).toBe(MESSAGES.da.required);
      expect(result.errors.careArea).toBe(MESSAGES.da.required);
      expect(result.errors.title).toBe(MESSAGES.da.required);
      expect(result.errors.description).toBe(MESSAGES.da.required);
    }
  });

  it("reports a number that is not a number next to its field", () => {
    const state = {
      ...emptyNeedForm(OWNER),
      careArea: "home_care",
      title: "Færre løft",
      description: "Tunge løft",
      staffHoursPerYear: "mange",
    };
    const result = validateNeedCreate(state, "da");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual({ staffHoursPerYear: MESSAGES.da.number_required });
    }
  });

  it("builds the create body and a patch without the owner", () => {
    const state = {
      ...emptyNeedForm(OWNER),
      careArea: "home_care",
      dimension: "technology",
      title: "Færre løft",
      description: "Tunge løft",
      staffHoursPerYear: "3.200",
    };
    const created = validateNeedCreate(state, "da");
    expect(created.ok && created.body).toMatchObject({
      ownerOrganisationId: OWNER.id,
      careArea: "home_care",
      dimension: "technology",
      staffHoursPerYear: 3200,
      citizensAffected: null,
    });
    const patch = validateNeedPatch(state, "da");
    expect(patch.ok && "ownerOrganisationId" in patch.body).toBe(false);
  });

  it("sends co-owners as ids and a Danish budget as a number, and names a negative budget", () => {
    const odense = { id: "0b8f2f3e-7b0e-4f43-9a43-6c1f1c0d2a11", name: "Odense Kommune" };
    const state = {
      ...emptyNeedForm(OWNER),
      careArea: "home_care",
      title: "Fælles behov",
      description: "To kommuner",
      coOwners: [odense],
      budgetDkk: "2.400.000",
    };
    const created = validateNeedCreate(state, "da");
    expect(created.ok && created.body).toMatchObject({ coOwnerIds: [odense.id], budgetDkk: 2_400_000 });
    const negative = validateNeedPatch({ ...state, budgetDkk: "-1" }, "da");
    expect(negative.ok).toBe(false);
    if (!negative.ok) {
      expect(negative.errors).toEqual({ budgetDkk: MESSAGES.da.not_negative });
    }
  });
});
