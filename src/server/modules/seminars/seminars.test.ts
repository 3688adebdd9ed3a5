import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "../../platform/tokens.js";
import { anonymous, createTestApp, signIn, type Client, type TestApp } from "../../test-support/harness.js";

let test: TestApp;
let agent: Client;

const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();
const side = (capacity: number) => ({ capacity, reserved: 0 });

async function publishedSeminar(publicPlaces: number): Promise<string> {
  const created = await agent.request({
    method: "POST",
    url: "/api/seminars",
    payload: {
      title: "Demens og teknologi",
      placeAddress: "Rådhuset",
      startsAt: hours(48),
      endsAt: hours(51),
      registrationOpensAt: hours(-1),
      registrationClosesAt: hours(47),
      capacities: { public: side(publicPlaces), company: side(10), knowledge: side(5), other: side(5) },
    },
  });
  expect(created.statusCode).toBe(201);
  const id = created.json<{ id: string }>().id;
  const published = await agent.request({
    method: "POST",
    url: `/api/seminars/${id}/status`,
    payload: { status: "published" },
  });
  expect(published.statusCode).toBe(200);
  return id;
}

beforeAll(async () => {
  test = await createTestApp();
  agent = await signIn(test, "agent");
});
afterAll(async () => {
  await test.close();
});

describe("registration under concurrency", () => {
  it("200 simultaneous registrations for 50 places give exactly 50 registered and 150 wait-listed", async () => {
    const id = await publishedSeminar(50);
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        anonymous(test.app).request({
          method: "POST",
          url: `/api/seminars/${id}/registrations`,
          payload: { name: `Person ${index}`, email: `p${index}@test.example`, side: "public" },
        }),
      ),
    );
    const statuses = responses.map((response) => response.json<{ status: string }>().status);
    expect(statuses.filter((status) => status === "registered")).toHaveLength(50);
    expect(statuses.filter((status) => status === "waitlisted")).toHaveLength(150);

    const list = await agent.request({ method: "GET", url: `/api/seminars/${id}/registrations` });
    const rows = list.json<{ items: { id: string; status: string; waitlistPosition: number | null }[] }>().items;
    const first = rows.find((row) => row.waitlistPosition === 1)!;
    const registered = rows.find((row) => row.status === "registered")!;
    // Cancel one registered person through their personal link: set a known token on the row.
    await test.db
      .updateTable("seminar_registrations")
      .set({ token_hash: hashToken("k".repeat(40)) })
      .where("id", "=", registered.id)
      .execute();
    const cancelled = await anonymous(test.app).request({
      method: "POST",
      url: `/api/seminar-registrations/${"k".repeat(40)}/cancel`,
    });
    expect(cancelled.json<{ status: string }>().status).toBe("cancelled");
    const after = (await agent.request({ method: "GET", url: `/api/seminars/${id}/registrations` })).json<{
      items: { id: string; status: string }[];
    }>().items;
    expect(after.find((row) => row.id === first.id)?.status).toBe("offered");
    expect(after.filter((row) => row.status === "offered")).toHaveLength(1);
  });

  it("the same e-mail twice is idempotent and says so; a missing side is named", async () => {
    const id = await publishedSeminar(5);
    const payload = { name: "Anne", email: "Anne@test.example", side: "public" };
    const first = await anonymous(test.app).request({
      method: "POST",
      url: `/api/seminars/${id}/registrations`,
      payload,
    });
    const second = await anonymous(test.app).request({
      method: "POST",
      url: `/api/seminars/${id}/registrations`,
      payload: { ...payload, email: "anne@test.example" },
    });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ status: "registered", alreadyRegistered: true });
    const noSide = await anonymous(test.app).request({
      method: "POST",
      url: `/api/seminars/${id}/registrations`,
      payload: { name: "Bo", email: "bo@test.example" },
    });
    expect(noSide.statusCode).toBe(400);
    expect(noSide.json().fields).toHaveProperty("side");
  });
});
