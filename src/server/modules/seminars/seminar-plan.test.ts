import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, createTestApp, signIn, type Client, type TestApp } from "../../test-support/harness.js";
import { buildOrganisation } from "../../test-support/factories.js";

/** What the planning web relies on: the invitation list's states and a lowered capacity refused with the count. */
let test: TestApp;
let agent: Client;

const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();
const side = (capacity: number, reserved = 0) => ({ capacity, reserved });
const capacities = (publicPlaces: number) => ({
  public: side(publicPlaces, 1),
  company: side(4),
  knowledge: side(2),
  other: side(2),
});

async function publishedSeminar(publicPlaces: number): Promise<string> {
  const created = await agent.request({
    method: "POST",
    url: "/api/seminars",
    payload: {
      title: "Rengøring og hygiejne",
      placeAddress: "Rådhuset",
      startsAt: hours(48),
      endsAt: hours(51),
      registrationOpensAt: hours(-1),
      registrationClosesAt: hours(48),
      capacities: capacities(publicPlaces),
    },
  });
  expect(created.statusCode).toBe(201);
  const id = created.json<{ id: string }>().id;
  expect(
    (await agent.request({ method: "POST", url: `/api/seminars/${id}/status`, payload: { status: "published" } }))
      .statusCode,
  ).toBe(200);
  return id;
}

/** The token in the latest invitation mail to an address. */
async function invitationToken(email: string): Promise<string> {
  const mail = await test.db
    .selectFrom("outbox")
    .select("body_text")
    .where("recipient", "=", email)
    .orderBy("created_at", "desc")
    .executeTakeFirstOrThrow();
  const match = /invitation=([A-Za-z0-9_-]+)/.exec(mail.body_text);
  expect(match).not.toBeNull();
  return (match as RegExpExecArray)[1];
}

beforeAll(async () => {
  test = await createTestApp();
  agent = await signIn(test, "agent");
});
afterAll(async () => {
  await test.close();
});

describe("invitations as the staff page lists them", () => {
  it("shows sent, declined, and accepted with the state of the registration made through the link", async () => {
    const id = await publishedSeminar(3);
    const organisationId = await buildOrganisation(test.db, { kind: "municipality", name: "Gentofte Kommune" });
    for (const [name, email] of [
      ["Ida Inviteret", "ida@test.example"],
      ["Dan Nejtak", "dan@test.example"],
      ["Sara Sendt", "sara@test.example"],
    ]) {
      const invited = await agent.request({
        method: "POST",
        url: `/api/seminars/${id}/invitations`,
        payload: { name, email, side: "public", organisationId },
      });
      expect(invited.statusCode).toBe(201);
    }

    const ida = await invitationToken("ida@test.example");
    const landing = await anonymous(test.app).request({ method: "GET", url: `/api/seminar-invitations/${ida}` });
    expect(landing.json()).toMatchObject({ seminarId: id, name: "Ida Inviteret", side: "public", status: "sent" });
    const registered = await anonymous(test.app).request({
      method: "POST",
      url: `/api/seminars/${id}/registrations`,
      payload: { invitationToken: ida },
    });
    expect(registered.statusCode).toBe(201);
    expect(registered.json()).toMatchObject({ status: "registered" });
    const declined = await anonymous(test.app).request({
      method: "POST",
      url: `/api/seminar-invitations/${await invitationToken("dan@test.example")}/decline`,
    });
    expect(declined.json()).toMatchObject({ status: "declined" });

    const list = await agent.request({ method: "GET", url: `/api/seminars/${id}/invitations` });
    const rows = list.json<{ items: Record<string, unknown>[] }>().items;
    expect(rows.map((row) => [row.name, row.status, row.registrationStatus, row.organisationName])).toEqual([
      ["Ida Inviteret", "accepted", "registered", "Gentofte Kommune"],
      ["Dan Nejtak", "declined", null, "Gentofte Kommune"],
      ["Sara Sendt", "sent", null, "Gentofte Kommune"],
    ]);
  });
});

describe("a capacity lowered below the places taken", () => {
  it("is refused with the count at the side's capacity field, and nothing is changed", async () => {
    const id = await publishedSeminar(3);
    for (const name of ["Anne", "Bo"]) {
      const response = await anonymous(test.app).request({
        method: "POST",
        url: `/api/seminars/${id}/registrations`,
        payload: { name, email: `${name.toLowerCase()}@plan.example`, side: "public" },
      });
      expect(response.json()).toMatchObject({ status: "registered" });
    }
    const lowered = await agent.request({
      method: "PATCH",
      url: `/api/seminars/${id}`,
      payload: { title: "Nyt navn", capacities: { ...capacities(1), public: side(1, 0) } },
    });
    expect(lowered.statusCode).toBe(409);
    expect(lowered.json().fields["capacities.public.capacity"]).toContain("2");
    const unchanged = await agent.request({ method: "GET", url: `/api/seminars/${id}` });
    expect(unchanged.json()).toMatchObject({
      title: "Rengøring og hygiejne",
      capacities: { public: { capacity: 3 } },
    });

    const toTaken = await agent.request({
      method: "PATCH",
      url: `/api/seminars/${id}`,
      payload: { capacities: { ...capacities(2), public: side(2, 0) } },
    });
    expect(toTaken.statusCode).toBe(200);
  });
});

describe("a signed-in member", () => {
  it("registers in one click: name, e-mail, organisation and side come from the account", async () => {
    const id = await publishedSeminar(3);
    const organisationId = await buildOrganisation(test.db, { kind: "company", name: "Liftfirma ApS" });
    const member = await signIn(test, "member", organisationId);
    const registered = await member.request({
      method: "POST",
      url: `/api/seminars/${id}/registrations`,
      payload: { consentToList: true },
    });
    expect(registered.statusCode).toBe(201);
    expect(registered.json()).toMatchObject({ status: "registered" });
    const rows = (await agent.request({ method: "GET", url: `/api/seminars/${id}/registrations` })).json<{
      items: { organisationId: string | null; organisationName: string; side: string; confirmed: boolean }[];
    }>().items;
    expect(rows).toEqual([
      expect.objectContaining({ organisationId, organisationName: "Liftfirma ApS", side: "company", confirmed: true }),
    ]);
  });
});
