import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createBusinessCaseWorld,
  createSecretCase,
  createSecretInputs,
  findSecrets,
  type BusinessCaseWorld,
} from "../../test-support/worlds/business-cases.js";

let cast: BusinessCaseWorld;

beforeAll(async () => {
  cast = await createBusinessCaseWorld();
});
afterAll(async () => {
  await cast.test.close();
});

describe("versions", () => {
  it("saves numbered versions with a comment, lists them newest first, and logs each", async () => {
    const id = await createSecretCase(cast);
    const first = await cast.publicMember.request({
      method: "POST",
      url: `/api/business-cases/${id}/versions`,
      payload: { comment: "Første udkast" },
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      number: 1,
      comment: "Første udkast",
      createdBy: { id: cast.publicMember.userId },
    });
    await cast.agent.request({ method: "PATCH", url: `/api/business-cases/${id}`, payload: { horizonYears: 12 } });
    const second = await cast.agent.request({
      method: "POST",
      url: `/api/business-cases/${id}/versions`,
      payload: { comment: "Efter test i living lab" },
    });
    expect(second.json()).toMatchObject({
      number: 2,
      inputs: { horizonYears: 12, companySide: { unitPrice: 47_311 } },
    });
    const list = await cast.companyMember.request({ method: "GET", url: `/api/business-cases/${id}/versions` });
    expect(
      list
        .json()
        .map((version: { number: number; inputs: { horizonYears: number } }) => [
          version.number,
          version.inputs.horizonYears,
        ]),
    ).toEqual([
      [2, 12],
      [1, 10],
    ]);
    const log = await cast.test.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", id)
      .where("action", "=", "save_version")
      .execute();
    expect(log).toHaveLength(2);
  });

  it("compares two versions field by field, with the results of both", async () => {
    const id = await createSecretCase(cast);
    await cast.agent.request({ method: "POST", url: `/api/business-cases/${id}/versions`, payload: { comment: "A" } });
    const inputs = createSecretInputs();
    await cast.agent.request({
      method: "PATCH",
      url: `/api/business-cases/${id}`,
      payload: {
        discountRate: { mode: "custom", ratePct: 4 },
        publicSide: { ...inputs.publicSide, benefits: { ...inputs.publicSide.benefits, hoursFreedPerYear: 3_000 } },
        companySide: { ...inputs.companySide, unitPrice: 49_999 },
      },
    });
    await cast.agent.request({ method: "POST", url: `/api/business-cases/${id}/versions`, payload: { comment: "B" } });
    const response = await cast.agent.request({
      method: "GET",
      url: `/api/business-cases/${id}/versions/compare?a=1&b=2`,
    });
    expect(response.statusCode).toBe(200);
    const comparison = response.json();
    expect(comparison.fields).toEqual([
      { field: "companySide.unitPrice", a: 47_311, b: 49_999 },
      { field: "discountRate.mode", a: "fm", b: "custom" },
      { field: "discountRate.ratePct", b: 4 },
      { field: "publicSide.benefits.hoursFreedPerYear", a: 2_400, b: 3_000 },
    ]);
    const npv = comparison.results.find((item: { metric: string }) => item.metric === "public.npv");
    expect(npv.difference).toBeCloseTo(npv.b - npv.a, 6);
    expect(npv.b).toBeGreaterThan(npv.a);
    expect(comparison.results.map((item: { metric: string }) => item.metric)).toContain("company.npv");
  });

  it("compares without the company side for the public organisation, even if only company figures differ", async () => {
    const id = await createSecretCase(cast);
    await cast.agent.request({
      method: "POST",
      url: `/api/business-cases/${id}/versions`,
      payload: { comment: "A" },
    });
    await cast.companyMember.request({
      method: "PATCH",
      url: `/api/business-cases/${id}`,
      payload: { companySide: { ...createSecretInputs().companySide, unitCost: 21_013 } },
    });
    const response = await cast.publicMember.request({
      method: "GET",
      url: `/api/business-cases/${id}/versions/compare?a=1&b=current`,
    });
    expect(response.json().fields).toEqual([]);
    expect(findSecrets(response.body)).toEqual([]);
    expect(response.body).not.toContain("21013");
    const versions = await cast.publicMember.request({ method: "GET", url: `/api/business-cases/${id}/versions` });
    expect(versions.json()[0]).toMatchObject({ companySideWithheld: true, inputs: { companySide: null } });
  });

  it.each([
    ["a version that does not exist", "a=7&b=current", 404, "a"],
    ["a malformed reference", "a=first&b=1", 400, "a"],
    ["a missing reference", "a=1", 400, "b"],
  ])("answers %s with a 4xx naming it", async (_label, query, status, field) => {
    const id = await createSecretCase(cast);
    const response = await cast.agent.request({
      method: "GET",
      url: `/api/business-cases/${id}/versions/compare?${query}`,
    });
    expect(response.statusCode).toBe(status);
    expect(response.json().fields).toHaveProperty(field);
  });

  it("requires a comment", async () => {
    const id = await createSecretCase(cast);
    const response = await cast.agent.request({
      method: "POST",
      url: `/api/business-cases/${id}/versions`,
      payload: { comment: "" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields.comment).toBe("Skal udfyldes");
  });
});

describe("own scenarios", () => {
  const dear = {
    name: "Dyr løsning",
    changes: [
      { field: "publicSide.benefits.hourlyCost", value: 420 },
      { field: "companySide.unitPrice", value: 52_000 },
    ],
  };

  it("are kept on the draft and with each version; the public party does not see the company's figures", async () => {
    const id = await createSecretCase(cast);
    const saved = await cast.agent.request({
      method: "PATCH",
      url: `/api/business-cases/${id}`,
      payload: { scenarios: [dear, { name: "Kort horisont", changes: [{ field: "horizonYears", value: 5 }] }] },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().scenarios).toEqual([
      dear,
      { name: "Kort horisont", changes: [{ field: "horizonYears", value: 5 }] },
    ]);
    await cast.agent.request({
      method: "POST",
      url: `/api/business-cases/${id}/versions`,
      payload: { comment: "Med scenarier" },
    });
    await cast.agent.request({ method: "PATCH", url: `/api/business-cases/${id}`, payload: { scenarios: [] } });
    const versions = (await cast.agent.request({ method: "GET", url: `/api/business-cases/${id}/versions` })).json();
    expect(versions[0].scenarios.map((scenario: { name: string }) => scenario.name)).toEqual([
      "Dyr løsning",
      "Kort horisont",
    ]);
    expect((await cast.agent.request({ method: "GET", url: `/api/business-cases/${id}` })).json().scenarios).toEqual(
      [],
    );

    await cast.agent.request({ method: "PATCH", url: `/api/business-cases/${id}`, payload: { scenarios: [dear] } });
    const seen = await cast.publicMember.request({ method: "GET", url: `/api/business-cases/${id}` });
    expect(seen.json().scenarios).toEqual([{ name: "Dyr løsning", changes: [dear.changes[0]] }]);
    expect(seen.body).not.toContain("52000");
    // The public party renames nothing and changes its own figure: the company's figure stays.
    await cast.publicMember.request({
      method: "PATCH",
      url: `/api/business-cases/${id}`,
      payload: {
        scenarios: [{ name: "Dyr løsning", changes: [{ field: "publicSide.benefits.hourlyCost", value: 430 }] }],
      },
    });
    const after = (await cast.agent.request({ method: "GET", url: `/api/business-cases/${id}` })).json();
    expect(after.scenarios).toEqual([
      { name: "Dyr løsning", changes: [{ field: "publicSide.benefits.hourlyCost", value: 430 }, dear.changes[1]] },
    ]);
    const report = (await cast.agent.request({ method: "GET", url: `/api/business-cases/${id}/report` })).body;
    expect(report).toContain(">Dyr løsning<");
    const publicReport = (await cast.publicMember.request({ method: "GET", url: `/api/business-cases/${id}/report` }))
      .body;
    expect(publicReport).toContain(">Dyr løsning<");
    expect(findSecrets(publicReport)).toEqual([]);
  });

  it.each([
    [
      "a negative price",
      { name: "A", changes: [{ field: "companySide.unitPrice", value: -5 }] },
      "scenarios.0.changes.0.value",
    ],
    ["no name", { name: "", changes: [] }, "scenarios.0.name"],
    ["an unknown field", { name: "A", changes: [{ field: "title", value: 1 }] }, "scenarios.0.changes.0.field"],
  ])("refuses %s with a 400 naming the field, and writes nothing", async (_, bad, field) => {
    const id = await createSecretCase(cast);
    const response = await cast.agent.request({
      method: "PATCH",
      url: `/api/business-cases/${id}`,
      payload: { title: "Skal ikke gemmes", scenarios: [{ name: "God", changes: [] }, bad] },
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().fields)).toEqual([field.replace("scenarios.0", "scenarios.1")]);
    const stored = (await cast.agent.request({ method: "GET", url: `/api/business-cases/${id}` })).json();
    expect(stored.title).not.toBe("Skal ikke gemmes");
    expect(stored.scenarios).toEqual([]);
  });
});
