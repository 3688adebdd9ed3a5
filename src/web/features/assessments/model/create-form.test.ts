import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../../../domain/validation.js";
import { validateCreate } from "./create-form.js";

describe("starting an assessment", () => {
  it("names every missing choice as required, in the reader's language", () => {
    const result = validateCreate({ organisation: null, templateId: "", title: "  " }, "da");
    expect(result).toEqual({
      ok: false,
      errors: { organisationId: MESSAGES.da.required, templateId: MESSAGES.da.required, title: MESSAGES.da.required },
    });
  });

  it("gives the API body when everything is chosen", () => {
    const organisation = { id: "d9d7af1c-7c5e-402d-9345-4dd682d9c5bf", name: "Hjemmeplejen Aarhus Syd" };
    const result = validateCreate(
      { organisation, templateId: "55f4ce6f-0eeb-457c-b5a6-86c3697d0fb5", title: " Vurdering 2027 " },
      "en",
    );
    expect(result).toEqual({
      ok: true,
      body: {
        organisationId: organisation.id,
        templateId: "55f4ce6f-0eeb-457c-b5a6-86c3697d0fb5",
        title: "Vurdering 2027",
      },
    });
  });
});
