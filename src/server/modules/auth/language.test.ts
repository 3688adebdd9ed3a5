import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, createTestApp, signIn, type Client, type TestApp } from "../../test-support/harness.js";

let test: TestApp;
beforeAll(async () => {
  test = await createTestApp();
});
afterAll(async () => {
  await test.close();
});

const setLanguage = (client: Pick<Client, "request">, language: unknown, headers: Record<string, string> = {}) =>
  client.request({ method: "PUT", url: "/api/me/language", payload: { language }, headers });

describe("the signed-in person's language", () => {
  it("is Danish until chosen, saved for yourself only, returned by /api/me and at next sign-in, audited", async () => {
    const person = await signIn(test, "agent");
    const other = await signIn(test, "agent");
    expect((await person.request({ method: "GET", url: "/api/me" })).json().language).toBe("da");

    const saved = await setLanguage(person, "en");
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ language: "en" });
    expect((await person.request({ method: "GET", url: "/api/me" })).json().language).toBe("en");
    expect((await other.request({ method: "GET", url: "/api/me" })).json().language).toBe("da");

    const email = (await person.request({ method: "GET", url: "/api/me" })).json().email as string;
    const again = await test.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email, password: "correct-horse-battery" },
    });
    expect(again.json().language).toBe("en");

    const audit = await test.db
      .selectFrom("audit_log")
      .select(["action", "actor_id", "after"])
      .where("entity_id", "=", person.userId)
      .where("action", "=", "set_language")
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: person.userId, after: { language: "en" } });
  });

  it("refuses a language Samspil does not speak, naming the field, in the reader's language", async () => {
    const person = await signIn(test, "agent");
    for (const value of ["de", "", null, 1]) {
      const refused = await setLanguage(person, value);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().fields).toHaveProperty("language");
    }
    const english = await setLanguage(person, "sv", { "accept-language": "en" });
    expect(english.json().fields.language).toBe("Is not one of the allowed values");
    const extra = await person.request({
      method: "PUT",
      url: "/api/me/language",
      payload: { language: "en", userId: (await signIn(test, "agent")).userId },
    });
    expect(extra.statusCode).toBe(400);
    expect((await person.request({ method: "GET", url: "/api/me" })).json().language).toBe("da");
  });

  it("needs a session and the CSRF token", async () => {
    expect((await setLanguage(anonymous(test.app), "en")).statusCode).toBe(401);
    const person = await signIn(test, "agent");
    const withoutCsrf = await test.app.inject({
      method: "PUT",
      url: "/api/me/language",
      payload: { language: "en" },
      headers: { cookie: person.cookie },
    });
    expect(withoutCsrf.statusCode).toBe(403);
  });
});
