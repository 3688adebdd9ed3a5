import { describe, expect, it } from "vitest";
import { createCeilingHoistExample } from "../../../../domain/business-case/examples.js";
import type { BusinessCase, BusinessCaseAccess } from "../../../../domain/business-case/views.js";
import { MESSAGES } from "../../../../domain/validation.js";
import { checkDraft } from "./check-draft.js";
import { toForm } from "./editor-form.js";
import { readFormValue, tidyNumber, writeFormValue } from "./form-paths.js";

const STAFF: BusinessCaseAccess = {
  relation: "staff",
  canSeeCompanySide: true,
  canEditPublicSide: true,
  canEditCompanySide: true,
  canShareCompanySide: true,
};
const PUBLIC: BusinessCaseAccess = {
  relation: "public",
  canSeeCompanySide: false,
  canEditPublicSide: true,
  canEditCompanySide: false,
  canShareCompanySide: false,
};

function buildCase(access: BusinessCaseAccess): BusinessCase {
  const inputs = createCeilingHoistExample();
  return {
    id: "c0a1b2c3-d4e5-4f60-8a1b-2c3d4e5f6a7b",
    title: "Loftlifte",
    publicOrganisation: { id: "p", name: "Hjemmeplejen Aarhus Syd" },
    companyOrganisation: { id: "c", name: "LøfteLet ApS" },
    needId: null,
    processId: null,
    companySharedAt: null,
    access,
    inputs: access.canSeeCompanySide ? inputs : { ...inputs, companySide: null },
    scenarios: [],
    companySideWithheld: !access.canSeeCompanySide,
    createdAt: "2026-11-01T10:00:00.000Z",
    updatedAt: "2026-11-01T10:00:00.000Z",
  };
}

describe("the editor form", () => {
  it("shows the model's numbers in Danish and reads them back unchanged", () => {
    const businessCase = buildCase(STAFF);
    const form = toForm(businessCase, "da");
    expect(form.publicSide.investment.purchase).toBe("900.000");
    expect(readFormValue(form, "publicSide.phaseIn.1")).toBe("80");
    expect(readFormValue(form, "companySide.market.adoption.9")).toBe("35");
    const checked = checkDraft(form, businessCase, "da");
    expect(checked.errors).toEqual({});
    expect(checked.inputs).toEqual(businessCase.inputs);
    expect(checked.patch?.companySide).toEqual(businessCase.inputs.companySide);
  });

  it("gives the shared schema's message for each bad field, by its path", () => {
    const businessCase = buildCase(STAFF);
    let form = toForm(businessCase, "da");
    form = writeFormValue(form, "horizonYears", "-1");
    form = writeFormValue(form, "publicSide.investment.purchase", "mange penge");
    form = writeFormValue(form, "publicSide.phaseIn.1", "120");
    form = writeFormValue(form, "publicSide.benefits.hourlyCost", "");
    form = { ...form, discountMode: "custom", ratePct: "100" };
    const checked = checkDraft(form, businessCase, "da");
    expect(checked.patch).toBeNull();
    expect(checked.inputs).toBeNull();
    expect(checked.errors).toEqual({
      horizonYears: MESSAGES.da.horizon_negative,
      "discountRate.ratePct": MESSAGES.da.discount_rate_max,
      "publicSide.investment.purchase": MESSAGES.da.number_expected,
      "publicSide.benefits.hourlyCost": MESSAGES.da.required,
      "publicSide.phaseIn.1": MESSAGES.da.percent_max,
    });
  });

  it("still computes when only the title is wrong, but does not save", () => {
    const businessCase = buildCase(STAFF);
    const form = { ...toForm(businessCase, "da"), title: " " };
    const checked = checkDraft(form, businessCase, "da");
    expect(checked.patch).toBeNull();
    expect(checked.inputs).not.toBeNull();
    expect(checked.errors).toEqual({ title: MESSAGES.da.required });
  });

  it("never sends a side the reader may not change, nor one withheld from them", () => {
    const businessCase = buildCase(PUBLIC);
    const form = toForm(businessCase, "da");
    expect(form.companySide).toBeNull();
    const checked = checkDraft(form, businessCase, "da");
    expect(checked.patch && "companySide" in checked.patch).toBe(false);
    expect(checked.patch?.publicSide).toEqual(businessCase.inputs.publicSide);
    expect(checked.inputs?.companySide).toBeNull();
  });

  it("tidies a number after the field is left, and leaves text alone", () => {
    const form = writeFormValue(toForm(buildCase(STAFF), "da"), "companySide.unitPrice", "47500");
    expect(readFormValue(tidyNumber(form, "companySide.unitPrice", "da"), "companySide.unitPrice")).toBe("47.500");
    const typo = writeFormValue(form, "companySide.unitPrice", "47k");
    expect(readFormValue(tidyNumber(typo, "companySide.unitPrice", "da"), "companySide.unitPrice")).toBe("47k");
  });
});
