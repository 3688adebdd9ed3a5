import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganisation } from "../../test-support/factories.js";
import { anonymous, createTestApp, login, signIn, type Client, type TestApp } from "../../test-support/harness.js";

let test: TestApp;
let admin: Client;

beforeAll(async () => {
  test = await createTestApp();
  admin = await signIn(test, "admin");
});
afterAll(async () => {
  await test.close();
});

async function latestInvitationToken(email: string): Promise<string> {
  const mail = await test.db
    .selectFrom("outbox")
    .selectAll()
    .where("recipient", "=", email)
    .orderBy("created_at", "desc")
    .executeTakeFirstOrThrow();
  const match = /\/invitation\/([A-Za-z0-9_-]+)/.exec(mail.body_text);
  if (!match) {
    throw new Error("no invitation link in the mail");
  }
  return match[1];
}

describe("inviting users", () => {
  it("creates a user, mails an invitation link, and the link sets the password once", async () => {
    const organisationId = await buildOrganisation(test.db, { name: "Invitation ApS" });
    const created = await admin.request({
      method: "POST",
      url: "/api/users",
      payload: { email: "Ny.Bruger@Example.dk", name: "Ny Bruger", role: "member", organisationId },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ email: "ny.bruger@example.dk", role: "member", organisationId });

    const outbox = await admin.request({ method: "GET", url: "/api/outbox" });
    expect(outbox.json().items[0]).toMatchObject({ to: "ny.bruger@example.dk", subject: "Invitation til Samspil" });

    const token = await latestInvitationToken("ny.bruger@example.dk");
    const check = await anonymous(test.app).request({ method: "GET", url: `/api/invitations/${token}` });
    expect(check.json()).toMatchObject({ email: "ny.bruger@example.dk", status: "valid" });

    const weak = await anonymous(test.app).request({
      method: "POST",
      url: "/api/invitations/accept",
      payload: { token, password: "1234567" },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().fields.password).toBe("Adgangskoden skal være mindst 8 tegn");
    const common = await anonymous(test.app).request({
      method: "POST",
      url: "/api/invitations/accept",
      payload: { token, password: "password1" },
    });
    expect(common.json().fields.password).toBe("Adgangskoden er for almindelig. Vælg en anden");

    const accepted = await anonymous(test.app).request({
      method: "POST",
      url: "/api/invitations/accept",
      payload: { token, password: "en lang og god sætning" },
    });
    expect(accepted.statusCode).toBe(200);
    // Choosing the password signs the person in: the answer sets the session cookie and says who they are.
    expect(accepted.json().me).toMatchObject({ email: "ny.bruger@example.dk", organisationName: "Invitation ApS" });
    const cookie = String(accepted.headers["set-cookie"]).split(";")[0];
    expect(cookie).toMatch(/=.+/);
    const me = await test.app.inject({ method: "GET", url: "/api/me", headers: { cookie } });
    expect(me.json()).toMatchObject({ email: "ny.bruger@example.dk" });
    const member = await login(test.app, "ny.bruger@example.dk", "en lang og god sætning");
    expect((await member.request({ method: "GET", url: "/api/me" })).json().organisationName).toBe("Invitation ApS");

    const reused = await anonymous(test.app).request({
      method: "POST",
      url: "/api/invitations/accept",
      payload: { token, password: "en anden god sætning" },
    });
    expect(reused.statusCode).toBe(410);
  });

  it("accepts long passwords, and every character counts", async () => {
    await admin.request({
      method: "POST",
      url: "/api/users",
      payload: { email: "lang@example.dk", name: "Lang", role: "agent" },
    });
    const token = await latestInvitationToken("lang@example.dk");
    const long = "a".repeat(72) + "XYZ" + "b".repeat(53);
    expect(long).toHaveLength(128);
    const accepted = await anonymous(test.app).request({
      method: "POST",
      url: "/api/invitations/accept",
      payload: { token, password: long },
    });
    expect(accepted.statusCode).toBe(200);
    const almost = "a".repeat(72) + "XYQ" + "b".repeat(53);
    const wrong = await test.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: "lang@example.dk", password: almost },
    });
    expect(wrong.statusCode).toBe(401);
    await login(test.app, "lang@example.dk", long);
  });

  it("refuses moving a user to an organisation that does not exist: 400, not 500 (found by the fuzz)", async () => {
    const organisationId = await buildOrganisation(test.db, { kind: "company" });
    const created = await admin.request({
      method: "POST",
      url: "/api/users",
      payload: { email: `moved-${Date.now()}@test.example`, name: "Moved", role: "member", organisationId },
    });
    const response = await admin.request({
      method: "PATCH",
      url: `/api/users/${created.json<{ id: string }>().id}`,
      payload: { organisationId: "36110a26-a51b-4cae-b4d8-8f1cda8b22c5" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ fields: { organisationId: expect.any(String) } });
  });

  it("refuses an expired link", async () => {
    await admin.request({
      method: "POST",
      url: "/api/users",
      payload: { email: "udloebet@example.dk", name: "Udløbet", role: "agent" },
    });
    const token = await latestInvitationToken("udloebet@example.dk");
    await test.db
      .updateTable("invitations")
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    const response = await anonymous(test.app).request({
      method: "POST",
      url: "/api/invitations/accept",
      payload: { token, password: "en lang og god sætning" },
    });
    expect(response.statusCode).toBe(410);
    expect(response.json().error).toBe("invitation_expired");
  });

  it.each([
    [{ email: "not-an-email", name: "X", role: "agent" }, "email"],
    [{ email: "a@example.dk", name: "X", role: "king" }, "role"],
    [{ email: "b@example.dk", name: "X", role: "member" }, "organisationId"],
    [{ email: "c@example.dk", name: "", role: "agent" }, "name"],
  ])("refuses %j naming %s", async (payload, field) => {
    const response = await admin.request({ method: "POST", url: "/api/users", payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[field]).toBeDefined();
  });

  it("refuses a second user with the same e-mail in any case", async () => {
    await admin.request({
      method: "POST",
      url: "/api/users",
      payload: { email: "dublet@example.dk", name: "A", role: "agent" },
    });
    const again = await admin.request({
      method: "POST",
      url: "/api/users",
      payload: { email: "DUBLET@example.dk", name: "B", role: "agent" },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().fields.email).toBeDefined();
  });
});

describe("who may manage users", () => {
  it("refuses agents, members and anonymous callers on every user endpoint", async () => {
    const organisationId = await buildOrganisation(test.db, {});
    const agent = await signIn(test, "agent");
    const member = await signIn(test, "member", organisationId);
    const target = admin.userId;
    const calls = [
      { method: "GET", url: "/api/users" },
      { method: "POST", url: "/api/users", payload: { email: "x@example.dk", name: "X", role: "admin" } },
      { method: "PATCH", url: `/api/users/${target}`, payload: { role: "member" } },
      { method: "POST", url: `/api/users/${target}/invitation` },
      { method: "GET", url: "/api/audit" },
      { method: "GET", url: "/api/outbox" },
    ] as const;
    for (const call of calls) {
      expect([call.url, (await agent.request(call)).statusCode]).toEqual([call.url, 403]);
      expect([call.url, (await member.request(call)).statusCode]).toEqual([call.url, 403]);
      expect([call.url, (await anonymous(test.app).request(call)).statusCode]).toEqual([call.url, 401]);
    }
  });

  it("does not let an admin demote or disable themselves", async () => {
    const response = await admin.request({
      method: "PATCH",
      url: `/api/users/${admin.userId}`,
      payload: { disabled: true },
    });
    expect(response.statusCode).toBe(400);
  });

  it("ends a user's sessions when their organisation changes", async () => {
    const first = await buildOrganisation(test.db, {});
    const second = await buildOrganisation(test.db, {});
    const member = await signIn(test, "member", first);
    const moved = await admin.request({
      method: "PATCH",
      url: `/api/users/${member.userId}`,
      payload: { organisationId: second },
    });
    expect(moved.statusCode).toBe(200);
    expect((await member.request({ method: "GET", url: "/api/me" })).statusCode).toBe(401);
  });
});

describe("audit log", () => {
  it("shows admins who changed what, newest first, with paging", async () => {
    const response = await admin.request({ method: "GET", url: "/api/audit?entity=user&pageSize=2" });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.items).toHaveLength(2);
    expect(body.nextCursor).toEqual(expect.any(String));
    expect(body.items[0]).toMatchObject({ entity: "user", actor: expect.anything() });
    expect(new Date(body.items[0].at).getTime()).toBeGreaterThanOrEqual(new Date(body.items[1].at).getTime());
  });
});
