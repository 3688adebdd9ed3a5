import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeBusinessCase } from "../../../domain/business-case/results.js";
import { anonymous, type Client } from "../../test-support/harness.js";
import {
  createBusinessCaseWorld,
  createSecretCase,
  createSecretInputs,
  findSecrets,
  type BusinessCaseWorld,
} from "../../test-support/worlds/business-cases.js";

let cast: BusinessCaseWorld;
let caseId: string;
const companyNpv = String(computeBusinessCase(createSecretInputs()).company?.metrics.npv);

beforeAll(async () => {
  cast = await createBusinessCaseWorld();
  caseId = await createSecretCase(cast);
  await cast.agent.request({
    method: "POST",
    url: `/api/business-cases/${caseId}/versions`,
    payload: { comment: "Første udkast" },
  });
});
afterAll(async () => {
  await cast.test.close();
});

type Call = [method: "GET" | "POST" | "PATCH", path: string, payload?: Record<string, unknown>];

/** Every endpoint on one case, in an order that leaves the case shared as it was. */
function listCaseCalls(id: string): Call[] {
  return [
    ["GET", `/api/business-cases/${id}`],
    ["PATCH", `/api/business-cases/${id}`, { title: "Loftlifte i Hjemmeplejen Aarhus Syd" }],
    ["GET", `/api/business-cases/${id}/results`],
    ["POST", `/api/business-cases/${id}/versions`, { comment: "Gemt i test" }],
    ["GET", `/api/business-cases/${id}/versions`],
    ["GET", `/api/business-cases/${id}/versions/compare?a=1&b=current`],
    ["GET", `/api/business-cases/${id}/export.xlsx`],
    ["GET", `/api/business-cases/${id}/report`],
    ["POST", `/api/business-cases/${id}/share-company-side`],
    ["POST", `/api/business-cases/${id}/unshare-company-side`],
  ];
}

async function call(client: Pick<Client, "request">, [method, url, payload]: Call) {
  return client.request({ method, url, payload });
}

/** Everything a reader gets back, as text: JSON and HTML as they are, a workbook's cells read out. */
async function readAnswer(response: Awaited<ReturnType<typeof call>>): Promise<string> {
  if (!String(response.headers["content-type"]).includes("spreadsheetml")) {
    return response.body;
  }
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const parts: string[] = [JSON.stringify(workbook.definedNames.model)];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => parts.push(JSON.stringify(cell.value)))));
  return parts.join("\n");
}

describe("who may call which endpoint", () => {
  it("refuses every endpoint without a session", async () => {
    const client = anonymous(cast.test.app);
    for (const item of [
      ["GET", "/api/business-cases"],
      ["POST", "/api/business-cases", {}],
      ...listCaseCalls(caseId),
    ] as Call[]) {
      const response = await call(client, item);
      expect([item[0], item[1], response.statusCode]).toEqual([item[0], item[1], 401]);
    }
  });

  it.each([
    ["a competing company", () => cast.competitor],
    ["another municipality", () => cast.otherPublic],
  ])("answers %s 404 on every endpoint of the case, with no figure", async (_label, who) => {
    for (const item of listCaseCalls(caseId)) {
      const response = await call(who(), item);
      expect([item[0], item[1], response.statusCode]).toEqual([item[0], item[1], 404]);
      expect(findSecrets(response.body)).toEqual([]);
      expect(response.body).not.toContain("Loftlifte");
    }
    const list = await who().request({ method: "GET", url: "/api/business-cases" });
    expect(list.json().items.map((item: { id: string }) => item.id)).not.toContain(caseId);
    const create = await who().request({
      method: "POST",
      url: "/api/business-cases",
      payload: { title: "Snyd", publicOrganisationId: cast.publicOrganisationId },
    });
    expect(create.statusCode).toBe(403);
  });

  it.each([
    ["an agent", () => cast.agent],
    ["the programme manager", () => cast.admin],
    ["a member of the company", () => cast.companyMember],
  ])("lets %s use every endpoint and see the company side", async (_label, who) => {
    for (const item of listCaseCalls(caseId)) {
      const response = await call(who(), item);
      expect([item[0], item[1], response.statusCode < 300]).toEqual([item[0], item[1], true]);
    }
    const read = await who().request({ method: "GET", url: `/api/business-cases/${caseId}` });
    expect(read.json().inputs.companySide.unitPrice).toBe(47_311);
  });

  it("lets a member of the public organisation use every endpoint except sharing", async () => {
    for (const item of listCaseCalls(caseId)) {
      const response = await call(cast.publicMember, item);
      const expected = item[1].endsWith("share-company-side")
        ? 403
        : response.statusCode < 300
          ? response.statusCode
          : 200;
      expect([item[0], item[1], response.statusCode]).toEqual([item[0], item[1], expected]);
    }
  });

  it("refuses a side the reader may not edit, naming it, and changes nothing", async () => {
    const inputs = createSecretInputs();
    const asPublic = await cast.publicMember.request({
      method: "PATCH",
      url: `/api/business-cases/${caseId}`,
      payload: { companySide: { ...inputs.companySide, unitPrice: 1 } },
    });
    expect(asPublic.statusCode).toBe(403);
    expect(Object.keys(asPublic.json().fields)).toEqual(["companySide"]);
    const asCompany = await cast.companyMember.request({
      method: "PATCH",
      url: `/api/business-cases/${caseId}`,
      payload: { publicSide: inputs.publicSide, horizonYears: 12 },
    });
    expect(asCompany.statusCode).toBe(403);
    expect(Object.keys(asCompany.json().fields)).toEqual(["publicSide"]);
    const read = await cast.agent.request({ method: "GET", url: `/api/business-cases/${caseId}` });
    expect(read.json().inputs).toMatchObject({ horizonYears: 10, companySide: { unitPrice: 47_311 } });
  });

  it("lets a member create a case only for their own organisation, and only their own side", async () => {
    const own = await cast.companyMember.request({
      method: "POST",
      url: "/api/business-cases",
      payload: {
        title: "Vores tilbud",
        publicOrganisationId: cast.publicOrganisationId,
        companyOrganisationId: cast.companyOrganisationId,
        companySide: createSecretInputs().companySide,
      },
    });
    expect(own.statusCode).toBe(201);
    const otherSide = await cast.companyMember.request({
      method: "POST",
      url: "/api/business-cases",
      payload: {
        title: "Vores tilbud",
        publicOrganisationId: cast.publicOrganisationId,
        companyOrganisationId: cast.companyOrganisationId,
        horizonYears: 5,
        publicSide: createSecretInputs().publicSide,
      },
    });
    expect(otherSide.statusCode).toBe(403);
    expect(otherSide.json().fields).toHaveProperty("publicSide");
  });
});

describe("the company side stays with those who may see it", () => {
  it("is absent from every answer to the public organisation until the company shares it", async () => {
    for (const item of listCaseCalls(caseId).slice(0, 8)) {
      const text = await readAnswer(await call(cast.publicMember, item));
      expect([item[1], findSecrets(text)]).toEqual([item[1], []]);
      expect([item[1], text.includes(companyNpv)]).toEqual([item[1], false]);
    }
    const list = await cast.publicMember.request({ method: "GET", url: "/api/business-cases" });
    const item = list.json().items.find((entry: { id: string }) => entry.id === caseId);
    expect(item).toMatchObject({ companyNpv: null, companySharedAt: null });
    expect(findSecrets(list.body)).toEqual([]);
    const read = (await cast.publicMember.request({ method: "GET", url: `/api/business-cases/${caseId}` })).json();
    expect(read).toMatchObject({
      companySideWithheld: true,
      inputs: { companySide: null },
      access: { canSeeCompanySide: false },
    });
    const results = (
      await cast.publicMember.request({ method: "GET", url: `/api/business-cases/${caseId}/results` })
    ).json();
    expect(results).toMatchObject({ company: null, combined: null, tornado: { company: null } });
    expect(
      results.scenarios.every(
        (scenario: { company: unknown; combined: unknown }) => scenario.company === null && scenario.combined === null,
      ),
    ).toBe(true);
    const compare = (
      await cast.publicMember.request({
        method: "GET",
        url: `/api/business-cases/${caseId}/versions/compare?a=1&b=current`,
      })
    ).json();
    expect(compare.results.every((entry: { metric: string }) => entry.metric.startsWith("public."))).toBe(true);
  });

  it("is shown once the company shares it, logged, and hidden again when it takes it back", async () => {
    const share = await cast.companyMember.request({
      method: "POST",
      url: `/api/business-cases/${caseId}/share-company-side`,
    });
    expect(share.statusCode).toBe(200);
    expect(share.json().companySharedAt).not.toBeNull();
    for (const item of listCaseCalls(caseId).slice(0, 8)) {
      const text = await readAnswer(await call(cast.publicMember, item));
      expect([item[1], findSecrets(text).length > 0 || text.includes(companyNpv)]).toEqual([item[1], true]);
    }
    const list = (await cast.publicMember.request({ method: "GET", url: "/api/business-cases" })).json();
    expect(list.items.find((entry: { id: string }) => entry.id === caseId).companyNpv).toBeCloseTo(
      Number(companyNpv),
      6,
    );

    const unshare = await cast.companyMember.request({
      method: "POST",
      url: `/api/business-cases/${caseId}/unshare-company-side`,
    });
    expect(unshare.json().companySharedAt).toBeNull();
    const again = await cast.publicMember.request({ method: "GET", url: `/api/business-cases/${caseId}/results` });
    expect(again.json().company).toBeNull();

    const log = await cast.test.db
      .selectFrom("audit_log")
      .selectAll()
      .where("entity_id", "=", caseId)
      .where("action", "like", "%share_company_side")
      .orderBy("id")
      .execute();
    expect(log.slice(-2).map((row) => [row.action, row.actor_id])).toEqual([
      ["share_company_side", cast.companyMember.userId],
      ["unshare_company_side", cast.companyMember.userId],
    ]);
  });

  it("refuses to share a case without a company with 409", async () => {
    const created = await cast.agent.request({
      method: "POST",
      url: "/api/business-cases",
      payload: { title: "Uden virksomhed", publicOrganisationId: cast.publicOrganisationId },
    });
    const response = await cast.agent.request({
      method: "POST",
      url: `/api/business-cases/${created.json().id}/share-company-side`,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().fields).toHaveProperty("companyOrganisationId");
  });

  it("lists for each member only the cases their organisation is a party to", async () => {
    const ids = async (client: Client) =>
      (await client.request({ method: "GET", url: "/api/business-cases" }))
        .json()
        .items.map((item: { id: string }) => item.id);
    expect(await ids(cast.publicMember)).toContain(caseId);
    expect(await ids(cast.companyMember)).toContain(caseId);
    expect(await ids(cast.agent)).toContain(caseId);
    expect(await ids(cast.competitor)).toEqual([]);
  });
});
