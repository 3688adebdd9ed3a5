import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError } from "../api/client.js";
import { checkWith, describeFailure, runSave, type FormProblems } from "./form-check.js";

const texts = { forbidden: "forbidden", notFound: "notFound", failed: "failed" };

describe("checkWith", () => {
  const Schema = z.object({ title: z.string().trim().min(1).max(5), kind: z.enum(["a", "b"]) });

  it("returns the parsed body when the schema accepts the candidate", () => {
    expect(checkWith(Schema, { title: " Hej ", kind: "a" }, "da")).toEqual({
      ok: true,
      body: { title: "Hej", kind: "a" },
    });
  });

  it("gives the shared messages by field, in the reader's language", () => {
    const da = checkWith(Schema, { title: "for lang titel", kind: "a" }, "da");
    const en = checkWith(Schema, { title: "for lang titel", kind: "a" }, "en");
    expect(da).toEqual({ ok: false, errors: { title: "Må højst være 5 tegn" } });
    expect(en).toEqual({ ok: false, errors: { title: "Must be at most 5 characters" } });
  });

  it("says «required» for a choice nobody has made, and keeps the schema's message for a wrong one", () => {
    expect(checkWith(Schema, { title: "Hej", kind: undefined }, "da", { kind: true })).toEqual({
      ok: false,
      errors: { kind: "Skal udfyldes" },
    });
    const wrong = checkWith(Schema, { title: "Hej", kind: "c" }, "da", { kind: false });
    expect(wrong.ok ? null : wrong.errors.kind).not.toBe("Skal udfyldes");
  });

  it("does not invent a message for a blank field the schema accepts", () => {
    expect(checkWith(Schema, { title: "for lang titel", kind: "a" }, "da", { kind: true })).toEqual({
      ok: false,
      errors: { title: "Må højst være 5 tegn" },
    });
  });
});

describe("describeFailure", () => {
  it("puts the server's messages next to the form's fields and the rest in the general message", () => {
    const error = new ApiError(409, "validation", "x", {
      deadline: "Fristen er overskredet",
      callId: "Udbuddet er lukket",
    });
    expect(describeFailure(error, texts, ["deadline", "title"])).toEqual({
      fields: { deadline: "Fristen er overskredet" },
      message: "Udbuddet er lukket",
    });
  });

  it("matches nested paths by their first part and keeps every field when the form names none", () => {
    const error = new ApiError(400, "validation", "x", { "competenceIds.0": "Ukendt kompetence", other: "Andet" });
    expect(describeFailure(error, texts, ["competenceIds"])).toEqual({
      fields: { "competenceIds.0": "Ukendt kompetence" },
      message: "Andet",
    });
    expect(describeFailure(error, texts).fields).toEqual({ "competenceIds.0": "Ukendt kompetence", other: "Andet" });
  });

  it("shows «_» as the form's message, never as a field", () => {
    const error = new ApiError(400, "validation", "x", { _: "Organisationen er arkiveret", name: "Skal udfyldes" });
    expect(describeFailure(error, texts)).toEqual({
      fields: { name: "Skal udfyldes" },
      message: "Organisationen er arkiveret",
    });
  });

  it("says what kind of failure it was when there are no fields", () => {
    expect(describeFailure(new ApiError(403, "forbidden", "Forbidden"), texts, []).message).toBe("forbidden");
    expect(describeFailure(new ApiError(404, "not_found", "Not found"), texts, []).message).toBe("notFound");
    expect(describeFailure(new ApiError(415, "unsupported_file", "Kun PDF"), texts, []).message).toBe("Kun PDF");
    expect(describeFailure(new ApiError(500, "internal", "boom"), texts, []).message).toBe("failed");
    expect(describeFailure(new TypeError("offline"), texts, []).message).toBe("failed");
  });

  it("uses the form's own text for a status it expects", () => {
    const signIn = { ...texts, byStatus: { 401: "wrong e-mail or password", 429: "wait a few minutes" } };
    expect(describeFailure(new ApiError(401, "unauthorized", "Unauthorized"), signIn).message).toBe(
      "wrong e-mail or password",
    );
    expect(describeFailure(new ApiError(429, "too_many", "Too many"), signIn).message).toBe("wait a few minutes");
    expect(describeFailure(new ApiError(403, "forbidden", "Forbidden"), signIn).message).toBe("forbidden");
  });
});

describe("runSave", () => {
  const recorder = () => {
    const steps: string[] = [];
    let problems: FormProblems | null = null;
    return {
      steps,
      problems: () => problems,
      report: {
        saving: (isSaving: boolean) => steps.push(isSaving ? "busy" : "idle"),
        saved: (result: string, body: { title: string }) => steps.push(`saved ${result} ${body.title}`),
        failed: (found: FormProblems) => {
          problems = found;
          steps.push("failed");
        },
      },
    };
  };

  it("is busy while saving, then reports the answer with the body that was sent", async () => {
    const { steps, report } = recorder();
    await runSave(
      { title: "Loftlifte" },
      async (body) => `id-for-${body.title}`,
      () => ({ fields: {} }),
      report,
    );
    expect(steps).toEqual(["busy", "saved id-for-Loftlifte Loftlifte", "idle"]);
  });

  it("turns a refused save into the problems to show, and is idle again", async () => {
    const { steps, problems, report } = recorder();
    const refuse = () => Promise.reject(new ApiError(400, "validation", "x", { title: "Skal udfyldes" }));
    await runSave({ title: "" }, refuse, (error) => describeFailure(error, texts, ["title"]), report);
    expect(steps).toEqual(["busy", "failed", "idle"]);
    expect(problems()).toEqual({ fields: { title: "Skal udfyldes" }, message: undefined });
  });
});
