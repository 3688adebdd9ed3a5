import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeBusinessCase } from "../../../domain/business-case/results.js";
import {
  createBusinessCaseWorld,
  createSecretCase,
  createSecretInputs,
  type BusinessCaseWorld,
} from "../../test-support/worlds/business-cases.js";

let cast: BusinessCaseWorld;

beforeAll(async () => {
  cast = await createBusinessCaseWorld();
});
afterAll(async () => {
  await cast.test.close();
});

async function countRows(): Promise<{ cases: number; audit: number }> {
  const cases = await cast.test.db
    .selectFrom("business_cases")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  const audit = await cast.test.db
    .selectFrom("audit_log")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("entity", "=", "business_case")
    .executeTakeFirstOrThrow();
  return { cases: Number(cases.n), audit: Number(audit.n) };
}

describe("create, read, autosave", () => {
  it("creates a blank case for a public unit with a company, and logs it", async () => {
    const response = await cast.agent.request({
      method: "POST",
      url: "/api/business-cases",
      payload: {
        title: "Spiserobot",
        publicOrganisationId: cast.publicOrganisationId,
        companyOrganisationId: cast.companyOrganisationId,
      },
    });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(response.headers.location).toBe(`/api/business-cases/${created.id}`);
    expect(created).toMatchObject({
      title: "Spiserobot",
      publicOrganisation: { id: cast.publicOrganisationId, name: "Hjemmeplejen Aarhus Syd" },
      companyOrganisation: { id: cast.companyOrganisationId, name: "LøfteLet ApS" },
      companySharedAt: null,
      companySideWithheld: false,
      inputs: { horizonYears: 10, discountRate: { mode: "fm" }, companySide: { unitPrice: 0 } },
    });
    const log = await cast.test.db.selectFrom("audit_log").selectAll().where("entity_id", "=", created.id).execute();
    expect(log.map((row) => [row.action, row.actor_id])).toEqual([["create", cast.agent.userId]]);
  });

  it("creates a standalone case without a company side when there is no company", async () => {
    const response = await cast.publicMember.request({
      method: "POST",
      url: "/api/business-cases",
      payload: { title: "Egen case", publicOrganisationId: cast.publicOrganisationId },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      companyOrganisation: null,
      inputs: { companySide: null },
      access: { relation: "public" },
    });
  });

  it("reads the case back and computes the same results on the server as the domain does", async () => {
    const id = await createSecretCase(cast);
    const read = await cast.agent.request({ method: "GET", url: `/api/business-cases/${id}` });
    expect(read.statusCode).toBe(200);
    expect(read.json().inputs).toEqual(createSecretInputs());
    const results = await cast.agent.request({ method: "GET", url: `/api/business-cases/${id}/results` });
    expect(results.statusCode).toBe(200);
    expect(results.json()).toEqual(JSON.parse(JSON.stringify(computeBusinessCase(createSecretInputs()))));
  });

  it("autosaves the fields sent, keeps the rest, and logs before and after", async () => {
    const id = await createSecretCase(cast);
    const inputs = createSecretInputs();
    const publicSide = { ...inputs.publicSide, benefits: { ...inputs.publicSide.benefits, hourlyCost: 410 } };
    const response = await cast.publicMember.request({
      method: "PATCH",
      url: `/api/business-cases/${id}`,
      payload: { horizonYears: 15, publicSide },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().inputs).toMatchObject({
      horizonYears: 15,
      publicSide: { benefits: { hourlyCost: 410 } },
      discountRate: { mode: "fm" },
    });
    const stored = await cast.agent.request({ method: "GET", url: `/api/business-cases/${id}` });
    expect(stored.json().inputs.companySide).toEqual(inputs.companySide);
    const log = await cast.test.db
      .selectFrom("audit_log")
      .selectAll()
      .where("entity_id", "=", id)
      .where("action", "=", "update")
      .execute();
    expect(log).toHaveLength(1);
    expect(log[0].actor_id).toBe(cast.publicMember.userId);
    expect((log[0].before as { inputs: { horizonYears: number } }).inputs.horizonYears).toBe(10);
    expect((log[0].after as { inputs: { horizonYears: number } }).inputs.horizonYears).toBe(15);
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    expect(
      (await cast.agent.request({ method: "GET", url: "/api/business-cases/6f1c0c52-4a43-4d55-9d1e-3b0f3b7b6c11" }))
        .statusCode,
    ).toBe(404);
    expect((await cast.agent.request({ method: "GET", url: "/api/business-cases/not-a-uuid" })).statusCode).toBe(400);
  });
});

describe("bad input: a clear 4xx naming the field, nothing written", () => {
  const inputs = createSecretInputs();
  it.each([
    ["a negative horizon", { horizonYears: -1 }, "horizonYears", "Tidshorisonten kan ikke være negativ"],
    [
      "a discount rate of 100 %",
      { discountRate: { mode: "custom", ratePct: 100 } },
      "discountRate.ratePct",
      "Diskonteringsrenten skal være under 100 %",
    ],
    [
      "a non-numeric amount",
      {
        publicSide: { ...inputs.publicSide, investment: { ...inputs.publicSide.investment, purchase: "mange penge" } },
      },
      "publicSide.investment.purchase",
      "Skal være et tal",
    ],
    [
      "a phase-in over 100 %",
      { publicSide: { ...inputs.publicSide, phaseIn: [50, 101] } },
      "publicSide.phaseIn.1",
      "Må højst være 100 %",
    ],
    [
      "a falling market share",
      { companySide: { ...inputs.companySide, market: { institutions: 1, unitsPerInstitution: 1, adoption: [9, 8] } } },
      "companySide.market.adoption.1",
      "Markedsandelen er akkumuleret og kan ikke falde fra et år til det næste",
    ],
    [
      "mass assignment of the parties",
      { publicOrganisationId: "6f1c0c52-4a43-4d55-9d1e-3b0f3b7b6c11" },
      "publicOrganisationId",
      "Feltet findes ikke og må ikke sendes: publicOrganisationId",
    ],
  ])("PATCH with %s", async (_label, payload, field, message) => {
    const id = await createSecretCase(cast);
    const before = await countRows();
    const response = await cast.agent.request({ method: "PATCH", url: `/api/business-cases/${id}`, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[field]).toBe(message);
    expect(await countRows()).toEqual(before);
    expect((await cast.agent.request({ method: "GET", url: `/api/business-cases/${id}` })).json().inputs).toEqual(
      inputs,
    );
  });

  it("answers in English when asked", async () => {
    const id = await createSecretCase(cast);
    const response = await cast.agent.request({
      method: "PATCH",
      url: `/api/business-cases/${id}`,
      headers: { "accept-language": "en" },
      payload: { horizonYears: -5 },
    });
    expect(response.json().fields.horizonYears).toBe("The horizon cannot be negative");
  });

  it.each([
    [
      "a company as the public party",
      (c: BusinessCaseWorld) => ({ title: "X", publicOrganisationId: c.companyOrganisationId }),
      "publicOrganisationId",
      400,
    ],
    [
      "a municipality as the company",
      (c: BusinessCaseWorld) => ({
        title: "X",
        publicOrganisationId: c.publicOrganisationId,
        companyOrganisationId: c.publicOrganisationId,
      }),
      "companyOrganisationId",
      400,
    ],
    [
      "an unknown organisation",
      () => ({ title: "X", publicOrganisationId: "6f1c0c52-4a43-4d55-9d1e-3b0f3b7b6c11" }),
      "publicOrganisationId",
      400,
    ],
    [
      "no title",
      (c: BusinessCaseWorld) => ({ title: " ", publicOrganisationId: c.publicOrganisationId }),
      "title",
      400,
    ],
    [
      "a zero horizon as text",
      (c: BusinessCaseWorld) => ({ title: "X", publicOrganisationId: c.publicOrganisationId, horizonYears: "0" }),
      "horizonYears",
      400,
    ],
  ])("POST with %s", async (_label, build, field, status) => {
    const before = await countRows();
    const response = await cast.agent.request({ method: "POST", url: "/api/business-cases", payload: build(cast) });
    expect(response.statusCode).toBe(status);
    expect(Object.keys(response.json().fields)).toContain(field);
    expect(await countRows()).toEqual(before);
  });

  it("accepts a zero horizon and answers results without a payback", async () => {
    const id = await createSecretCase(cast);
    expect(
      (await cast.agent.request({ method: "PATCH", url: `/api/business-cases/${id}`, payload: { horizonYears: 0 } }))
        .statusCode,
    ).toBe(200);
    const results = (await cast.agent.request({ method: "GET", url: `/api/business-cases/${id}/results` })).json();
    expect(results.public.metrics).toMatchObject({
      simplePayback: null,
      irr: { value: null, reason: "no_sign_change" },
    });
  });
});

describe("hostile input", () => {
  it.each([
    ["a hostile prototype key", '{"publicSide":{"__proto__":{"isAdmin":true}},"constructor":{"prototype":{}}}'],
    ["a number beyond a double", '{"horizonYears":1e400}'],
    ["an amount beyond the cap", '{"companySide":{"developmentCost":1e300}}'],
    ["null everywhere", '{"title":null,"horizonYears":null,"discountRate":null,"publicSide":null}'],
    ["an array for an object", '{"discountRate":[{"mode":"fm"}]}'],
    ["a NUL character", '{"title":"Loft\\u0000lift"}'],
  ])("answers %s with a 4xx, never a 5xx", async (_label, payload) => {
    const id = await createSecretCase(cast);
    const response = await cast.agent.request({
      method: "PATCH",
      url: `/api/business-cases/${id}`,
      headers: { "content-type": "application/json" },
      payload,
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
  });
});

describe("list", () => {
  it("pages the cases and caps the page size at 100", async () => {
    const response = await cast.agent.request({ method: "GET", url: "/api/business-cases?pageSize=100000" });
    expect(response.statusCode).toBe(200);
    expect(response.json().pageSize).toBe(100);
    expect(response.json().total).toBeGreaterThan(1);
  });
});
