import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildNeed, buildOrganisation } from "../../test-support/factories.js";
import { anonymous, createTestApp, signIn, type Client, type TestApp } from "../../test-support/harness.js";

let test: TestApp;
let agent: Client;
let needId: string;

interface FundingItem {
  name: string;
  fit: { fits: boolean; expired: boolean; rules: { key: string; met: boolean; required: unknown; actual: unknown }[] };
}

beforeAll(async () => {
  test = await createTestApp();
  agent = await signIn(test, "agent");
  const aarhus = await buildOrganisation(test.db, {
    kind: "municipality",
    name: "Aarhus Kommune",
    municipalityCode: "0751",
  });
  const unit = await buildOrganisation(test.db, {
    kind: "public_unit",
    name: "Hjemmeplejen Syd",
    parentId: aarhus,
    municipalityCode: "0751",
  });
  needId = await buildNeed(test.db, { ownerOrganisationId: unit, careArea: "home_care" });
});
afterAll(async () => {
  await test.close();
});

describe("funding for a need", () => {
  it("states each rule as codes and values, the same in every language, no sentence for the browser", async () => {
    const danish = await agent.request({ method: "GET", url: `/api/needs/${needId}/funding` });
    const english = await agent.request({
      method: "GET",
      url: `/api/needs/${needId}/funding`,
      headers: { "accept-language": "en" },
    });
    expect(danish.statusCode).toBe(200);
    expect(english.body).toBe(danish.body);
    const items = danish.json<{ items: (FundingItem & { reasons?: unknown })[] }>().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.reasons === undefined)).toBe(true);
    const rules = items.flatMap((item) => item.fit.rules);
    const kinds = rules.find((rule) => rule.key === "eligible_kind");
    expect(kinds).toMatchObject({ required: expect.any(Array), actual: ["municipality"] });
    const municipalities = rules.find((rule) => rule.key === "min_municipalities");
    expect(municipalities).toMatchObject({ required: expect.any(Number), actual: 1 });
  });

  it("is for those who may see the need", async () => {
    const other = await buildOrganisation(test.db, {
      kind: "municipality",
      name: "Odense Kommune",
      municipalityCode: "0461",
    });
    const company = await buildOrganisation(test.db, { name: "Løft ApS" });
    for (const organisationId of [other, company]) {
      const member = await signIn(test, "member", organisationId);
      expect((await member.request({ method: "GET", url: `/api/needs/${needId}/funding` })).statusCode).toBe(404);
    }
    expect((await anonymous(test.app).request({ method: "GET", url: `/api/needs/${needId}/funding` })).statusCode).toBe(
      401,
    );
  });
});
