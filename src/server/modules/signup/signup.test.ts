import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganisation, nextCvr } from "../../test-support/factories.js";
import {
  anonymous,
  createTestApp,
  createUser,
  login,
  signIn,
  type Client,
  type TestApp,
} from "../../test-support/harness.js";

let test: TestApp;
let agent: Client;
let admin: Client;
const PASSWORD = "en lang og god sætning";

beforeAll(async () => {
  test = await createTestApp();
  agent = await signIn(test, "agent");
  admin = await signIn(test, "admin");
});
afterAll(async () => {
  await test.close();
});

async function latestMail(email: string) {
  return test.db
    .selectFrom("outbox")
    .select(["subject", "body_text"])
    .where("recipient", "=", email)
    .orderBy("created_at", "desc")
    .executeTakeFirstOrThrow();
}

async function confirmationToken(email: string): Promise<string> {
  const match = /\/opret-virksomhedskonto\/bekraeft\/([A-Za-z0-9_-]+)/.exec((await latestMail(email)).body_text);
  if (!match) {
    throw new Error("no confirmation link in the mail");
  }
  return match[1];
}

function signUp(body: Record<string, unknown>) {
  return anonymous(test.app).request({
    method: "POST",
    url: "/api/signup",
    payload: { kind: "company", name: "Sara Holm", password: PASSWORD, ...body },
  });
}

function confirm(token: string) {
  return anonymous(test.app).request({ method: "POST", url: "/api/signup/confirm", payload: { token } });
}

async function pendingFor(email: string) {
  const list = await agent.request({ method: "GET", url: "/api/signup-requests" });
  expect(list.statusCode).toBe(200);
  return list.json().items.find((item: { email: string }) => item.email === email);
}

describe("a new company signs up", () => {
  it("confirms the e-mail, waits for approval acting for no organisation, and acts for it once approved", async () => {
    const cvr = nextCvr();
    const email = "sara@nyvirksomhed.example";
    const created = await signUp({
      cvr,
      organisationName: "Ny Velfærdsteknik ApS",
      email: "Sara@NyVirksomhed.example",
    });
    expect(created.statusCode).toBe(202);
    // Nothing exists before the e-mail is confirmed: no account, no registry entry.
    expect(await test.db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst()).toBe(
      undefined,
    );
    expect(await test.db.selectFrom("organisations").select("id").where("cvr", "=", cvr).executeTakeFirst()).toBe(
      undefined,
    );
    expect((await latestMail(email)).subject).toBe("Bekræft din e-mail til Samspil");

    const confirmed = await confirm(await confirmationToken(email));
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().me).toMatchObject({ email, organisationId: null });
    const cookie = String(confirmed.headers["set-cookie"]).split(";")[0];
    const organisation = await test.db
      .selectFrom("organisations")
      .select(["id", "kind", "name", "verified"])
      .where("cvr", "=", cvr)
      .executeTakeFirstOrThrow();
    expect(organisation).toMatchObject({ kind: "company", name: "Ny Velfærdsteknik ApS", verified: false });

    const person = await login(test.app, email, PASSWORD);
    expect((await person.request({ method: "GET", url: "/api/me" })).json().organisationId).toBe(null);
    const mine = await person.request({ method: "GET", url: "/api/signup/mine" });
    expect(mine.json().request).toEqual({ status: "pending", organisationName: "Ny Velfærdsteknik ApS", reason: "" });
    // A person waiting for approval sees no company's offers and cannot decide requests.
    expect((await person.request({ method: "GET", url: "/api/signup-requests" })).statusCode).toBe(403);

    const request = await pendingFor(email);
    expect(request).toMatchObject({
      name: "Sara Holm",
      cvr,
      status: "pending",
      warnings: ["new_organisation"],
      organisation: { id: organisation.id, verified: false },
    });
    const approved = await agent.request({ method: "POST", url: `/api/signup-requests/${request.id}/approve` });
    expect(approved.statusCode).toBe(204);
    expect((await latestMail(email)).subject).toBe("Du handler nu for Ny Velfærdsteknik ApS i Samspil");
    // The open session acts for the organisation at once; the registry entry is now verified.
    const me = await test.app.inject({ method: "GET", url: "/api/me", headers: { cookie } });
    expect(me.json()).toMatchObject({ organisationId: organisation.id, organisationKind: "company" });
    expect(
      (
        await test.db
          .selectFrom("organisations")
          .select("verified")
          .where("id", "=", organisation.id)
          .executeTakeFirst()
      )?.verified,
    ).toBe(true);
    const audit = await test.db
      .selectFrom("audit_log")
      .select(["action", "actor_id"])
      .where("entity", "=", "signup_request")
      .where("entity_id", "=", request.id)
      .orderBy("id")
      .execute();
    expect(audit.map((row) => row.action)).toEqual(["request", "confirm", "approve"]);
    expect(await pendingFor(email)).toBe(undefined);
    const twice = await admin.request({ method: "POST", url: `/api/signup-requests/${request.id}/approve` });
    expect(twice.statusCode).toBe(409);
  });

  it("never attaches a person to a CVR others act for: it goes to approval and may be rejected", async () => {
    const cvr = nextCvr();
    const organisationId = await buildOrganisation(test.db, { name: "Løftelet ApS", cvr });
    await createUser(test.db, { role: "member", organisationId });
    const email = "ikke.ejer@andetfirma.example";
    expect((await signUp({ cvr, organisationName: "LØFTELET aps.", email })).statusCode).toBe(202);
    const confirmed = await confirm(await confirmationToken(email));
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().me.organisationId).toBe(null);
    const request = await pendingFor(email);
    // Matched to the registry entry (no second organisation with the CVR), flagged as already claimed.
    expect(request.organisation).toMatchObject({ id: organisationId, name: "Løftelet ApS", verified: true });
    expect(request.warnings).toEqual(["claimed_by_others"]);
    expect(await test.db.selectFrom("organisations").select("id").where("cvr", "=", cvr).execute()).toHaveLength(1);

    const noReason = await agent.request({
      method: "POST",
      url: `/api/signup-requests/${request.id}/reject`,
      payload: { reason: " " },
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().fields.reason).toBeTruthy();
    const rejected = await agent.request({
      method: "POST",
      url: `/api/signup-requests/${request.id}/reject`,
      payload: { reason: "Løftelet kender ikke personen" },
    });
    expect(rejected.statusCode).toBe(204);
    const mail = await latestMail(email);
    expect(mail.subject).toBe("Din tilknytning til Løftelet ApS er ikke godkendt");
    expect(mail.body_text).toContain("Løftelet kender ikke personen");
    const person = await login(test.app, email, PASSWORD);
    expect((await person.request({ method: "GET", url: "/api/me" })).json().organisationId).toBe(null);
    expect((await person.request({ method: "GET", url: "/api/signup/mine" })).json().request).toMatchObject({
      status: "rejected",
      reason: "Løftelet kender ikke personen",
    });
    const decided = await agent.request({ method: "GET", url: "/api/signup-requests?status=decided" });
    expect(decided.json().items.map((item: { id: string }) => item.id)).toContain(request.id);
  });
});

describe("the confirmation link", () => {
  it("refuses an expired link with 410, creating nothing", async () => {
    const email = "sent@langsom.example";
    expect((await signUp({ cvr: nextCvr(), organisationName: "Langsom ApS", email })).statusCode).toBe(202);
    await test.db
      .updateTable("signup_requests")
      .set({ token_expires_at: new Date(Date.now() - 1000) })
      .where("email", "=", email)
      .execute();
    const expired = await confirm(await confirmationToken(email));
    expect(expired.statusCode).toBe(410);
    expect(expired.json()).toMatchObject({ error: "signup_link_expired" });
    expect(expired.json().fields.token).toBe("Linket er udløbet. Opret kontoen igen for at få et nyt link");
    expect(await test.db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst()).toBe(
      undefined,
    );
  });

  it("refuses a used link with 410 and an unknown link with 404", async () => {
    const email = "to.gange@klik.example";
    await signUp({ cvr: nextCvr(), organisationName: "Klik ApS", email, kind: "knowledge_institution" });
    const token = await confirmationToken(email);
    expect((await confirm(token)).statusCode).toBe(200);
    const reused = await confirm(token);
    expect(reused.statusCode).toBe(410);
    expect(reused.json().error).toBe("signup_link_used");
    const unknown = await confirm("x".repeat(43));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toBe("signup_link_unknown");
  });

  it("a new sign-up before confirming replaces the earlier link", async () => {
    const email = "igen@forfra.example";
    await signUp({ cvr: nextCvr(), organisationName: "Forfra ApS", email });
    const first = await confirmationToken(email);
    await signUp({ cvr: nextCvr(), organisationName: "Forfra ApS", email });
    expect((await confirm(first)).statusCode).toBe(404);
    expect((await confirm(await confirmationToken(email))).statusCode).toBe(200);
  });
});

describe("bad input", () => {
  it("names the field: a CVR whose check digit does not match, a weak password, a missing name", async () => {
    const response = await signUp({ cvr: "12345678", organisationName: "", email: "x@y.example", password: "kort" });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toMatchObject({
      cvr: "CVR-nummeret er ikke gyldigt: kontrolcifferet passer ikke",
      password: "Adgangskoden skal være mindst 8 tegn",
    });
    expect(response.json().fields.organisationName).toBeTruthy();
    expect(
      (await signUp({ cvr: nextCvr(), organisationName: "X", email: "x@y.example", kind: "municipality" })).statusCode,
    ).toBe(400);
  });

  it("answers an existing account's e-mail like any other, and tells its owner by mail", async () => {
    const existing = await createUser(test.db, { role: "agent", email: "kendt@samspil.example" });
    const response = await signUp({ cvr: nextCvr(), organisationName: "Skygge ApS", email: existing.email });
    expect(response.statusCode).toBe(202);
    expect((await latestMail(existing.email)).subject).toBe("Du har allerede en konto i Samspil");
    expect(
      await test.db.selectFrom("signup_requests").select("id").where("email", "=", existing.email).executeTakeFirst(),
    ).toBe(undefined);
  });
});
