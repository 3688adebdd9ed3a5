import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganisation } from "../../test-support/factories.js";
import { anonymous, createTestApp, signIn, type Client, type TestApp } from "../../test-support/harness.js";

let test: TestApp;
let agent: Client;

beforeAll(async () => {
  test = await createTestApp();
  agent = await signIn(test, "agent");
});
afterAll(async () => {
  await test.close();
});

describe("reference data", () => {
  it("serves the 98 municipalities and 5 regions without login", async () => {
    const body = (await anonymous(test.app).request({ method: "GET", url: "/api/reference/geography" })).json();
    expect(body.municipalities).toHaveLength(98);
    expect(body.regions).toHaveLength(5);
  });

  it("searches DB07 industry codes by code and by title", async () => {
    const byCode = (await agent.request({ method: "GET", url: "/api/reference/db07?q=62.01" })).json();
    expect(byCode.items[0].code).toBe("62.01");
    const byTitle = (await agent.request({ method: "GET", url: "/api/reference/db07?q=medicinske" })).json();
    expect(byTitle.items.map((item: { code: string }) => item.code)).toContain("32.50");
  });
});

describe("competence vocabulary", () => {
  it("lets agents add and rename a competence, and search follows the new name", async () => {
    const created = await agent.request({
      method: "POST",
      url: "/api/competences",
      payload: { nameDa: "Droner", nameEn: "Drones" },
    });
    expect(created.statusCode).toBe(201);
    const competence = created.json<{ id: string; slug: string }>();
    expect(competence.slug).toBe("droner");
    await buildOrganisation(test.db, { name: "Luftbåren ApS", competenceIds: [competence.id] });

    const renamed = await agent.request({
      method: "PATCH",
      url: `/api/competences/${competence.id}`,
      payload: { nameDa: "Droner og luftfoto" },
    });
    expect(renamed.json()).toMatchObject({ nameDa: "Droner og luftfoto", organisationCount: 1 });
    const found = (await agent.request({ method: "GET", url: "/api/organisations?q=luftfoto" })).json();
    expect(found.items.map((item: { name: string }) => item.name)).toEqual(["Luftbåren ApS"]);

    const duplicate = await agent.request({
      method: "POST",
      url: "/api/competences",
      payload: { nameDa: "droner", nameEn: "x" },
    });
    expect(duplicate.statusCode).toBe(409);
  });

  it("is read-only for members and closed to anonymous callers", async () => {
    const organisationId = await buildOrganisation(test.db, {});
    const member = await signIn(test, "member", organisationId);
    expect((await member.request({ method: "GET", url: "/api/competences" })).statusCode).toBe(200);
    expect(
      (await member.request({ method: "POST", url: "/api/competences", payload: { nameDa: "A", nameEn: "A" } }))
        .statusCode,
    ).toBe(403);
    expect((await anonymous(test.app).request({ method: "GET", url: "/api/competences" })).statusCode).toBe(401);
  });
});
