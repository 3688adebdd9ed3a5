import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, createTestApp, type TestApp } from "../../test-support/harness.js";
import { buildOrganisation } from "../../test-support/factories.js";

let test: TestApp;

beforeAll(async () => {
  test = await createTestApp();
  await buildOrganisation(test.db, { name: "Lyngby Lifteservice ApS", cvr: "12345674" });
  const archived = await buildOrganisation(test.db, { name: "Lyngby Lukket ApS" });
  await test.db.updateTable("organisations").set({ archived_at: new Date() }).where("id", "=", archived).execute();
});
afterAll(async () => {
  await test.close();
});

const lookup = (q: string) => anonymous(test.app).request({ method: "GET", url: `/api/organisations/lookup?q=${q}` });

describe("GET /api/organisations/lookup (anonymous typeahead)", () => {
  it("answers without a session with name, id and kind only, never an archived organisation", async () => {
    const response = await lookup("Lyngby");
    expect(response.statusCode).toBe(200);
    const { items } = response.json<{ items: Record<string, unknown>[] }>();
    expect(items.map((item) => item.name)).toEqual(["Lyngby Lifteservice ApS"]);
    expect(Object.keys(items[0]).sort()).toEqual(["id", "kind", "name"]);
    expect(items[0].kind).toBe("company");
    expect(response.body).not.toContain("12345674");
  });

  it("needs two letters and refuses unknown parameters (no paging through the registry)", async () => {
    expect((await lookup("L")).statusCode).toBe(400);
    const paged = await anonymous(test.app).request({ method: "GET", url: "/api/organisations/lookup?q=Ly&page=2" });
    expect(paged.statusCode).toBe(400);
  });

  it("is limited per address", async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 61; index += 1) {
      statuses.push((await lookup("Zz")).statusCode);
    }
    // The earlier tests in this file used a few of the 60 requests.
    const first = statuses.indexOf(429);
    expect(first).toBeGreaterThan(50);
    expect(new Set(statuses.slice(0, first))).toEqual(new Set([200]));
    expect(new Set(statuses.slice(first))).toEqual(new Set([429]));
  });
});
