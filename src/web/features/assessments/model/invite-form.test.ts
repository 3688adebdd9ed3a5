import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../../../domain/validation.js";
import { emptyInvite, validateInvite } from "./invite-form.js";

describe("inviting a respondent", () => {
  it("needs a group and a name; the e-mail may be left out; 30 days unless told otherwise", () => {
    expect(validateInvite(emptyInvite("da"), "da")).toEqual({
      ok: false,
      errors: { audience: MESSAGES.da.required, name: MESSAGES.da.required },
    });
    expect(validateInvite({ ...emptyInvite("en"), audience: "staff", name: "Mette Holm" }, "da")).toEqual({
      ok: true,
      body: { audience: "staff", name: "Mette Holm", email: "", language: "en", expiresInDays: 30 },
    });
  });

  it("says what is wrong with the e-mail and the days, in the shared words", () => {
    const result = validateInvite(
      { ...emptyInvite("da"), audience: "citizens", name: "Ruth", email: "ruth@", expiresInDays: "2,5" },
      "da",
    );
    expect(result).toEqual({
      ok: false,
      errors: { email: MESSAGES.da.email, expiresInDays: MESSAGES.da.whole_number },
    });
    const tooLong = validateInvite(
      { ...emptyInvite("da"), audience: "citizens", name: "Ruth", expiresInDays: "365" },
      "en",
    );
    expect(tooLong).toEqual({ ok: false, errors: { expiresInDays: "Must be at most 180" } });
  });
});
