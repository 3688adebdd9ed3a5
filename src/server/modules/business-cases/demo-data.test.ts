import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CASE_TITLE, loadDemoBusinessCases } from "../../seed/demo-business-cases.js";
import { buildOrganisation } from "../../test-support/factories.js";
import { createTestApp, createUser, login, type TestApp } from "../../test-support/harness.js";

let test: TestApp;

beforeAll(async () => {
  test = await createTestApp();
});
afterAll(async () => {
  await test.close();
});

describe("demo business case", () => {
  it("loads once, with two versions, and keeps LøfteLet's figures from Hjemmeplejen until shared", async () => {
    expect(await loadDemoBusinessCases(test.db)).toBe(false);
    const aarhus = await buildOrganisation(test.db, {
      kind: "municipality",
      name: "Aarhus Kommune",
      municipalityCode: "0751",
    });
    const unit = await buildOrganisation(test.db, {
      kind: "public_unit",
      name: "Hjemmeplejen Aarhus Syd",
      parentId: aarhus,
    });
    await buildOrganisation(test.db, { kind: "company", name: "LøfteLet ApS" });
    await createUser(test.db, { role: "agent", email: "agent@samspil.example" });
    expect(await loadDemoBusinessCases(test.db)).toBe(true);
    expect(await loadDemoBusinessCases(test.db)).toBe(false);

    const member = await createUser(test.db, { role: "member", organisationId: unit });
    const client = await login(test.app, member.email);
    const list = (await client.request({ method: "GET", url: "/api/business-cases" })).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ title: DEMO_CASE_TITLE, companyNpv: null });
    expect(list.items[0].publicNpv).toBeGreaterThan(0);
    const compare = (
      await client.request({ method: "GET", url: `/api/business-cases/${list.items[0].id}/versions/compare?a=1&b=2` })
    ).json();
    expect(compare.fields.map((item: { field: string }) => item.field)).toEqual([
      "publicSide.benefits.avoidedCosts",
      "publicSide.benefits.hoursFreedPerYear",
      "publicSide.phaseIn.0",
      "publicSide.phaseIn.1",
      "publicSide.phaseIn.2",
    ]);
  });
});
