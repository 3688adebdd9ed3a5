import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildNeed } from "../../test-support/factories.js";
import {
  createBusinessCaseWorld,
  createSecretCase,
  createSecretInputs,
  findSecrets,
  type BusinessCaseWorld,
} from "../../test-support/worlds/business-cases.js";

/**
 * The need and process a case links to must exist and be visible to the caller; a refused side
 * is refused before its content is validated; the municipality above the public unit takes part
 * as the public side, as it does for the unit's needs and assessments.
 */
let cast: BusinessCaseWorld;
let ownNeedId: string;
let otherNeedId: string;
let ownProcessId: string;
const UNKNOWN = "6f1c0c52-4a43-4d55-9d1e-3b0f3b7b6c11";

async function startProcess(needId: string): Promise<string> {
  const response = await cast.agent.request({
    method: "POST",
    url: "/api/processes",
    payload: { title: "Loftlifte", kind: "individual", needIds: [needId] },
  });
  if (response.statusCode !== 201) {
    throw new Error(`process: ${response.statusCode} ${response.body}`);
  }
  return response.json<{ id: string }>().id;
}

async function countCases(): Promise<number> {
  const row = await cast.test.db
    .selectFrom("business_cases")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

beforeAll(async () => {
  cast = await createBusinessCaseWorld();
  ownNeedId = await buildNeed(cast.test.db, { ownerOrganisationId: cast.publicOrganisationId });
  otherNeedId = await buildNeed(cast.test.db, {
    ownerOrganisationId: cast.otherMunicipalityId,
    title: "Odenses behov",
  });
  ownProcessId = await startProcess(ownNeedId);
});
afterAll(async () => {
  await cast.test.close();
});

describe("linked need and process", () => {
  it("links a need and a process the caller may see, and logs them", async () => {
    const response = await cast.publicMember.request({
      method: "POST",
      url: "/api/business-cases",
      payload: {
        title: "Med behov",
        publicOrganisationId: cast.publicOrganisationId,
        needId: ownNeedId,
        processId: ownProcessId,
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ needId: ownNeedId, processId: ownProcessId });
    const log = await cast.test.db
      .selectFrom("audit_log")
      .select("after")
      .where("entity_id", "=", response.json().id)
      .executeTakeFirstOrThrow();
    expect(log.after).toMatchObject({ needId: ownNeedId, processId: ownProcessId });
  });

  it.each([
    ["an unknown need", () => ({ needId: UNKNOWN }), "needId", "Behovet findes ikke, eller du har ikke adgang til det"],
    [
      "another municipality's need",
      () => ({ needId: otherNeedId }),
      "needId",
      "Behovet findes ikke, eller du har ikke adgang til det",
    ],
    [
      "an unknown process",
      () => ({ processId: UNKNOWN }),
      "processId",
      "Forløbet findes ikke, eller du har ikke adgang til det",
    ],
    [
      "a need id for a process",
      () => ({ processId: ownNeedId }),
      "processId",
      "Forløbet findes ikke, eller du har ikke adgang til det",
    ],
  ])(
    "answers a create with %s 400 naming the field, never a 500, and writes nothing",
    async (_label, links, field, message) => {
      const before = await countCases();
      const response = await cast.publicMember.request({
        method: "POST",
        url: "/api/business-cases",
        payload: { title: "Forkert link", publicOrganisationId: cast.publicOrganisationId, ...links() },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual({ [field]: message });
      expect(await countCases()).toBe(before);
    },
  );

  it("answers an agent's unknown need 400 too, in English when asked", async () => {
    const response = await cast.agent.request({
      method: "POST",
      url: "/api/business-cases",
      headers: { "accept-language": "en" },
      payload: { title: "X", publicOrganisationId: cast.publicOrganisationId, needId: UNKNOWN },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields.needId).toBe("The need does not exist, or you do not have access to it");
  });

  it("links, checks and unlinks on PATCH", async () => {
    const id = await createSecretCase(cast);
    const unknown = await cast.publicMember.request({
      method: "PATCH",
      url: `/api/business-cases/${id}`,
      payload: { needId: UNKNOWN },
    });
    expect(unknown.statusCode).toBe(400);
    expect(Object.keys(unknown.json().fields)).toEqual(["needId"]);
    const linked = await cast.publicMember.request({
      method: "PATCH",
      url: `/api/business-cases/${id}`,
      payload: { needId: ownNeedId, processId: ownProcessId },
    });
    expect(linked.statusCode).toBe(200);
    expect(linked.json()).toMatchObject({ needId: ownNeedId, processId: ownProcessId });
    const kept = await cast.publicMember.request({
      method: "PATCH",
      url: `/api/business-cases/${id}`,
      payload: { title: "Nyt navn" },
    });
    expect(kept.json()).toMatchObject({ title: "Nyt navn", needId: ownNeedId, processId: ownProcessId });
    const unlinked = await cast.agent.request({
      method: "PATCH",
      url: `/api/business-cases/${id}`,
      payload: { needId: null },
    });
    expect(unlinked.json()).toMatchObject({ needId: null, processId: ownProcessId });
  });

  it("leaves the links to the public side: a company member is refused 403", async () => {
    const id = await createSecretCase(cast);
    const response = await cast.companyMember.request({
      method: "PATCH",
      url: `/api/business-cases/${id}`,
      payload: { processId: ownProcessId },
    });
    expect(response.statusCode).toBe(403);
    expect(Object.keys(response.json().fields)).toEqual(["processId"]);
  });
});

describe("permission before validation", () => {
  const invalidCompanySide = { developmentCost: "mange penge", market: { adoption: [9, 8] } };
  const invalidPublicSide = { investment: { purchase: -1 }, phaseIn: [101] };

  it.each([
    [
      "the public member sending an invalid company side",
      () => cast.publicMember,
      { companySide: invalidCompanySide },
      ["companySide"],
    ],
    [
      "the company member sending an invalid public side",
      () => cast.companyMember,
      { publicSide: invalidPublicSide, horizonYears: -3 },
      ["publicSide"],
    ],
    ["the company member sending an invalid need link", () => cast.companyMember, { needId: "not-a-uuid" }, ["needId"]],
  ])("answers %s 403 naming the side, not 400", async (_label, who, payload, fields) => {
    const id = await createSecretCase(cast);
    const response = await who().request({ method: "PATCH", url: `/api/business-cases/${id}`, payload });
    expect(response.statusCode).toBe(403);
    expect(Object.keys(response.json().fields)).toEqual(fields);
    expect(response.body).not.toContain("Skal være et tal");
    const read = await cast.agent.request({ method: "GET", url: `/api/business-cases/${id}` });
    expect(read.json().inputs).toEqual(createSecretInputs());
  });

  it("answers an outsider's invalid PATCH 404, as for a valid one", async () => {
    const id = await createSecretCase(cast);
    const response = await cast.competitor.request({
      method: "PATCH",
      url: `/api/business-cases/${id}`,
      payload: { horizonYears: -1, companySide: invalidCompanySide },
    });
    expect(response.statusCode).toBe(404);
  });

  it("answers a create by a member who may not, or not this side, 403 before validating the rest", async () => {
    const before = await countCases();
    const otherSide = await cast.companyMember.request({
      method: "POST",
      url: "/api/business-cases",
      payload: {
        title: "",
        publicOrganisationId: cast.publicOrganisationId,
        companyOrganisationId: cast.companyOrganisationId,
        publicSide: invalidPublicSide,
      },
    });
    expect(otherSide.statusCode).toBe(403);
    expect(Object.keys(otherSide.json().fields)).toEqual(["publicSide"]);
    const outsider = await cast.otherPublic.request({
      method: "POST",
      url: "/api/business-cases",
      payload: { title: "", publicOrganisationId: cast.publicOrganisationId, horizonYears: -1 },
    });
    expect(outsider.statusCode).toBe(403);
    expect(Object.keys(outsider.json().fields)).toEqual(["publicOrganisationId"]);
    const agent = await cast.agent.request({
      method: "POST",
      url: "/api/business-cases",
      payload: { title: "", publicOrganisationId: cast.publicOrganisationId, horizonYears: -1 },
    });
    expect(agent.statusCode).toBe(400);
    expect(Object.keys(agent.json().fields).sort()).toEqual(["horizonYears", "title"]);
    expect(await countCases()).toBe(before);
  });

  it("still validates what the caller may change", async () => {
    const id = await createSecretCase(cast);
    const response = await cast.companyMember.request({
      method: "PATCH",
      url: `/api/business-cases/${id}`,
      payload: { companySide: invalidCompanySide },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields["companySide.developmentCost"]).toBe("Skal være et tal");
  });
});

describe("the municipality above the public unit", () => {
  it("lists, reads and edits the unit's case as the public side, without the unshared company side", async () => {
    const id = await createSecretCase(cast, "Kommunens indblik");
    const list = await cast.municipalityMember.request({ method: "GET", url: "/api/business-cases?pageSize=100" });
    expect(list.json().items.map((item: { id: string }) => item.id)).toContain(id);
    expect(findSecrets(list.body)).toEqual([]);
    const read = await cast.municipalityMember.request({ method: "GET", url: `/api/business-cases/${id}` });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      access: { relation: "public", canSeeCompanySide: false, canEditPublicSide: true },
      companySideWithheld: true,
    });
    expect(findSecrets(read.body)).toEqual([]);
    const edit = await cast.municipalityMember.request({
      method: "PATCH",
      url: `/api/business-cases/${id}`,
      payload: { horizonYears: 12 },
    });
    expect(edit.statusCode).toBe(200);
    const companyEdit = await cast.municipalityMember.request({
      method: "PATCH",
      url: `/api/business-cases/${id}`,
      payload: { companySide: createSecretInputs().companySide },
    });
    expect(companyEdit.statusCode).toBe(403);
    const share = await cast.municipalityMember.request({
      method: "POST",
      url: `/api/business-cases/${id}/share-company-side`,
    });
    expect(share.statusCode).toBe(403);
  });

  it("creates a case for its unit, and another municipality cannot", async () => {
    const own = await cast.municipalityMember.request({
      method: "POST",
      url: "/api/business-cases",
      payload: { title: "For enheden", publicOrganisationId: cast.publicOrganisationId },
    });
    expect(own.statusCode).toBe(201);
    expect(own.json().access.relation).toBe("public");
    const other = await cast.otherPublic.request({
      method: "POST",
      url: "/api/business-cases",
      payload: { title: "Snyd", publicOrganisationId: cast.publicOrganisationId },
    });
    expect(other.statusCode).toBe(403);
    const otherList = await cast.otherPublic.request({ method: "GET", url: "/api/business-cases" });
    expect(otherList.json().items.map((item: { id: string }) => item.id)).not.toContain(own.json().id);
  });

  it("counts in the list total exactly the cases it may open", async () => {
    const list = (
      await cast.municipalityMember.request({ method: "GET", url: "/api/business-cases?pageSize=100" })
    ).json();
    expect(list.total).toBe(list.items.length);
    for (const item of list.items as { id: string }[]) {
      expect(
        (await cast.municipalityMember.request({ method: "GET", url: `/api/business-cases/${item.id}` })).statusCode,
      ).toBe(200);
    }
    const all = (await cast.agent.request({ method: "GET", url: "/api/business-cases?pageSize=100" })).json();
    const ours = all.items.filter(
      (item: { publicOrganisation: { id: string } }) => item.publicOrganisation.id === cast.publicOrganisationId,
    );
    expect(list.total).toBe(ours.length);
  });
});

describe("the secret-figure detector these tests lean on", () => {
  it("finds a figure as JSON, Danish or English text, never inside an id or a longer number", () => {
    expect(findSecrets('{"supportCostPerUnit":3071}')).toEqual(["3071"]);
    expect(findSecrets("Udvikling 2.417.003 kr.")).toEqual(["2.417.003"]);
    expect(findSecrets("unit price 47,311 DKK")).toEqual(["47,311"]);
    expect(findSecrets('{"id":"5d0e3071-8c1a-4f2e-9b3071aa"}')).toEqual([]);
    expect(findSecrets("130719 and 30710")).toEqual([]);
  });
});
