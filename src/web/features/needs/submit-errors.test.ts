import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/client.js";
import { submitErrors } from "./submit-errors.js";

const t = ((key: string) => key) as unknown as TFunction;

describe("submit errors", () => {
  it("puts the server's messages next to the form's fields and the rest in the general message", () => {
    const error = new ApiError(409, "validation", "x", { deadline: "Fristen er overskredet", callId: "Udbuddet er lukket" });
    expect(submitErrors(error, t, ["deadline", "title"])).toEqual({ fields: { deadline: "Fristen er overskredet" }, message: "Udbuddet er lukket" });
  });

  it("matches nested paths by their first part", () => {
    const error = new ApiError(400, "validation", "x", { "competenceIds.0": "Ukendt kompetence" });
    expect(submitErrors(error, t, ["competenceIds"]).fields).toEqual({ "competenceIds.0": "Ukendt kompetence" });
  });

  it("says what kind of failure it was when there are no fields", () => {
    expect(submitErrors(new ApiError(403, "forbidden", "Forbidden"), t, []).message).toBe("errors.forbidden");
    expect(submitErrors(new ApiError(415, "unsupported_file", "Kun PDF"), t, []).message).toBe("Kun PDF");
    expect(submitErrors(new ApiError(500, "internal", "boom"), t, []).message).toBe("errors.saveFailed");
    expect(submitErrors(new TypeError("offline"), t, []).message).toBe("errors.saveFailed");
  });
});
