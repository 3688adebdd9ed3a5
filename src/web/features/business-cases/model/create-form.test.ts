import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../../../domain/validation.js";
import { checkCreate } from "./create-form.js";

describe("checkCreate", () => {
  it("asks for the title and the public organisation with the shared messages", () => {
    const checked = checkCreate(
      { title: "  ", publicOrganisation: null, company: null, need: null, process: null },
      "da",
    );
    expect(checked).toEqual({
      ok: false,
      errors: { title: MESSAGES.da.required, publicOrganisationId: MESSAGES.da.required },
    });
  });

  it("builds the request body, with empty links as null", () => {
    const publicOrganisation = { id: "8b4943be-66d2-4d5c-93ad-2a4009fa840e", name: "Hjemmeplejen Aarhus Syd" };
    const checked = checkCreate(
      { title: "Loftlifte", publicOrganisation, company: null, need: null, process: null },
      "da",
    );
    expect(checked).toEqual({
      ok: true,
      body: {
        title: "Loftlifte",
        publicOrganisationId: publicOrganisation.id,
        companyOrganisationId: null,
        needId: null,
        processId: null,
      },
    });
  });
});
