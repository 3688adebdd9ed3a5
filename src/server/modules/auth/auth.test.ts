import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  anonymous,
  createTestApp,
  createUser,
  login,
  signIn,
  TEST_PASSWORD,
  type TestApp,
} from "../../test-support/harness.js";

let test: TestApp;
beforeAll(async () => {
  test = await createTestApp();
});
afterAll(async () => {
  await test.close();
});

describe("sign-in and sessions", () => {
  it("signs in, answers /api/me, and signs out", async () => {
    const user = await createUser(test.db, { role: "agent" });
    const login = await test.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: user.email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((item) => item.name === "samspil_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    const headers = { cookie: `samspil_session=${cookie?.value}` };
    const me = await test.app.inject({ method: "GET", url: "/api/me", headers });
    expect(me.json()).toMatchObject({ email: user.email, role: "agent" });

    const csrf = login.json<{ csrfToken: string }>().csrfToken;
    expect(
      (
        await test.app.inject({
          method: "POST",
          url: "/api/auth/logout",
          headers: { ...headers, "x-csrf-token": csrf },
        })
      ).statusCode,
    ).toBe(204);
    expect((await test.app.inject({ method: "GET", url: "/api/me", headers })).statusCode).toBe(401);
  });

  it("gives the same answer for an unknown user and a wrong password", async () => {
    const user = await createUser(test.db, { role: "agent" });
    const wrong = await test.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: user.email, password: "not-the-password" },
    });
    const unknown = await test.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: "nobody@test.example", password: "not-the-password" },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it("rotates the session id at login", async () => {
    const user = await createUser(test.db, { role: "agent" });
    const first = await login(test.app, user.email);
    const second = await test.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { cookie: first.cookie },
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(second.cookies[0].value).not.toBe(first.cookie.split("=")[1]);
    expect((await first.request({ method: "GET", url: "/api/me" })).statusCode).toBe(401);
  });

  it("limits login attempts per account without locking it for good", async () => {
    const user = await createUser(test.db, { role: "agent" });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 22; attempt += 1) {
      const response = await test.app.inject({
        method: "POST",
        url: "/api/auth/login",
        remoteAddress: `10.0.0.${attempt}`,
        payload: { email: user.email, password: "wrong-password" },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
    const limited = await test.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { cookie: "samspil_lang=en" },
      payload: { email: user.email, password: "x" },
    });
    expect(limited.json()).toMatchObject({
      error: "too_many_requests",
      message: expect.stringContaining("Too many attempts"),
    });
    expect(limited.headers["retry-after"]).toBeDefined();
  });

  it("counts failures only: the right password is never locked out by successful sign-ins", async () => {
    const user = await createUser(test.db, { role: "agent" });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 25; attempt += 1) {
      const response = await test.app.inject({
        method: "POST",
        url: "/api/auth/login",
        remoteAddress: "10.1.0.1",
        payload: { email: user.email, password: TEST_PASSWORD },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
  });

  it("resets the account's failures on success, and says when the next try is allowed", async () => {
    const user = await createUser(test.db, { role: "agent" });
    const attempt = (password: string) =>
      test.app.inject({
        method: "POST",
        url: "/api/auth/login",
        remoteAddress: "10.2.0.1",
        headers: { cookie: "samspil_lang=en" },
        payload: { email: user.email, password },
      });
    for (let index = 0; index < 19; index += 1) {
      expect((await attempt("wrong-password")).statusCode).toBe(401);
    }
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(200);
    for (let index = 0; index < 20; index += 1) {
      expect((await attempt("wrong-password")).statusCode).toBe(401);
    }
    const limited = await attempt(TEST_PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(800);
    expect(limited.json().message).toMatch(/\d{2}:\d{2}/);
    const rows = await test.db.selectFrom("login_attempts").selectAll().execute();
    expect(rows.length).toBeGreaterThan(0);
  });

  it("limits failures per address across accounts (100 per 15 minutes)", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 101; attempt += 1) {
      const response = await test.app.inject({
        method: "POST",
        url: "/api/auth/login",
        remoteAddress: "10.3.0.1",
        payload: { email: `nobody${attempt}@test.example`, password: "wrong-password" },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 100).every((status) => status === 401)).toBe(true);
    expect(statuses[100]).toBe(429);
  }, 60_000);

  it("ends the session when the account is disabled mid-session", async () => {
    const admin = await signIn(test, "admin");
    const agent = await createUser(test.db, { role: "agent" });
    const client = await login(test.app, agent.email);
    expect((await client.request({ method: "GET", url: "/api/me" })).statusCode).toBe(200);
    const disable = await admin.request({
      method: "PATCH",
      url: `/api/users/${agent.id}`,
      payload: { disabled: true },
    });
    expect(disable.statusCode).toBe(200);
    expect((await client.request({ method: "GET", url: "/api/me" })).statusCode).toBe(401);
    const again = await test.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: agent.email, password: TEST_PASSWORD },
    });
    expect(again.statusCode).toBe(401);
  });
});

describe("CSRF protection", () => {
  it("refuses a change without the session's token, and from a foreign origin", async () => {
    const agent = await signIn(test, "agent");
    const payload = { kind: "company", name: "CSRF ApS" };
    const missing = await test.app.inject({
      method: "POST",
      url: "/api/organisations",
      headers: { cookie: agent.cookie },
      payload,
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error).toBe("csrf");
    const foreign = await agent.request({
      method: "POST",
      url: "/api/organisations",
      headers: { origin: "https://evil.example" },
      payload,
    });
    expect(foreign.statusCode).toBe(403);
    const ok = await agent.request({
      method: "POST",
      url: "/api/organisations",
      headers: { origin: "http://localhost:80" },
      payload,
    });
    expect(ok.statusCode).toBe(201);
  });
});

describe("security headers", () => {
  it("sets them on API answers and never caches them", async () => {
    const response = await anonymous(test.app).request({ method: "GET", url: "/api/me" });
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["strict-transport-security"]).toContain("max-age=");
    expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(response.headers["referrer-policy"]).toBe("no-referrer");
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.headers["content-type"]).toContain("charset=utf-8");
  });
});

describe("who am I", () => {
  it("tells a member the kind of their organisation", async () => {
    const { buildOrganisation } = await import("../../test-support/factories.js");
    const company = await buildOrganisation(test.db, { name: "Slags ApS" });
    const member = await signIn(test, "member", company);
    expect((await member.request({ method: "GET", url: "/api/me" })).json()).toMatchObject({
      organisationName: "Slags ApS",
      organisationKind: "company",
    });
  });
});
