import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildNeed } from "../../test-support/factories.js";
import { anonymous, type Client } from "../../test-support/harness.js";
import {
  createBusinessCaseWorld,
  createSecretInputs,
  findSecrets,
  type BusinessCaseWorld,
} from "../../test-support/worlds/business-cases.js";
import type { KnowledgeEntry, KnowledgePage } from "../../../domain/knowledge/views.js";

let world: BusinessCaseWorld;
let processId: string;
let caseId: string;
/** The company's NPV as the business case computes it, as the draft writes it. */
let companyNpvText: string;

const post = (client: Pick<Client, "request">, url: string, payload: unknown) =>
  client.request({ method: "POST", url, payload: payload as Record<string, unknown> });

async function startStoppedProcess(title: string): Promise<string> {
  const needId = await buildNeed(world.test.db, {
    ownerOrganisationId: world.publicOrganisationId,
    title: "Tunge forflytninger",
    careArea: "home_care",
  });
  const created = await post(world.agent, "/api/processes", {
    title,
    kind: "individual",
    description: "Servicerobotter der løfter borgeren sammen med én medarbejder",
    collaborationModel: "udbudsfri_opi",
    needIds: [needId],
    participants: [{ organisationId: world.companyOrganisationId, role: "developer" }],
  });
  expect(created.statusCode).toBe(201);
  return created.json<{ id: string }>().id;
}

beforeAll(async () => {
  world = await createBusinessCaseWorld();
  processId = await startStoppedProcess("Loftlifte med robot");
  const { horizonYears, discountRate, publicSide, companySide } = createSecretInputs();
  const businessCase = await post(world.agent, "/api/business-cases", {
    title: "Loftlifte",
    publicOrganisationId: world.publicOrganisationId,
    companyOrganisationId: world.companyOrganisationId,
    processId,
    horizonYears,
    discountRate,
    publicSide,
    companySide,
  });
  expect(businessCase.statusCode).toBe(201);
  const businessCaseId = businessCase.json<{ id: string }>().id;
  // The company shares its side with the municipality: the draft may quote it, confidential to the company.
  expect(
    (await post(world.companyMember, `/api/business-cases/${businessCaseId}/share-company-side`, {})).statusCode,
  ).toBe(200);
  const summary = await world.agent.request({ method: "GET", url: `/api/business-cases?page=1&pageSize=50` });
  const npv = summary
    .json<{ items: { id: string; companyNpv: number }[] }>()
    .items.find((item) => item.id === businessCaseId);
  companyNpvText = `${Math.round(npv?.companyNpv ?? 0).toLocaleString("da-DK")} kr.`;
});

afterAll(async () => {
  await world.test.close();
});

describe("from a process to a case", () => {
  it("refuses an active process, naming processId", async () => {
    const response = await post(world.agent, "/api/knowledge/from-process", { processId });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ fields: { processId: expect.any(String) } });
  });

  it(
    "makes a draft from a stopped process: parties, gates with stop lessons, shared figures " + "kept confidential",
    async () => {
      const stop = await post(world.agent, `/api/processes/${processId}/gates`, {
        phase: "needs_assessment",
        decision: "stop",
        rationale: "Markedet var ikke klar",
        lessons: "Afklar prisen tidligt",
      });
      expect(stop.statusCode).toBe(200);
      const response = await post(world.agent, "/api/knowledge/from-process", { processId });
      expect(response.statusCode).toBe(201);
      const entry = response.json<KnowledgeEntry>();
      caseId = entry.id;
      expect(entry).toMatchObject({ kind: "case", state: "draft", title: "Loftlifte med robot", processId });
      expect(entry.facts).toMatchObject({
        status: "stopped",
        careArea: "home_care",
        model: "udbudsfri_opi",
        phasesAndGates: "Behovsafklaring: Stop – Markedet var ikke klar",
        lessons: "Behovsafklaring (stoppet): Afklar prisen tidligt",
        parties: [
          { organisationId: world.publicOrganisationId, side: "public", role: "initiator" },
          { organisationId: world.companyOrganisationId, side: "company", role: "collaborator" },
        ],
      });
      const figures = (entry.facts as { keyFigures: { value: string; confidential: boolean }[] }).keyFigures;
      expect(figures.find((figure) => figure.confidential)?.value).toBe(companyNpvText);
      expect(entry.approvals.map((approval) => approval.approved)).toEqual([false, false]);
    },
  );

  it("refuses a process the caller may not see, and anyone but staff", async () => {
    const unknown = await post(world.agent, "/api/knowledge/from-process", {
      processId: "00000000-0000-4000-8000-000000000000",
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ fields: { processId: expect.any(String) } });
    expect((await post(world.publicMember, "/api/knowledge/from-process", { processId })).statusCode).toBe(403);
  });
});

describe("a company's confidential figures never leak", () => {
  const readAs = async (client: Pick<Client, "request">) =>
    (await client.request({ method: "GET", url: `/api/knowledge/${caseId}` })).body;

  it("the draft: staff and the company see its figure, the municipality and outsiders do not", async () => {
    expect(await readAs(world.agent)).toContain(companyNpvText);
    expect(await readAs(world.companyMember)).toContain(companyNpvText);
    const municipality = await readAs(world.publicMember);
    expect(municipality).not.toContain(companyNpvText);
    expect(municipality).toContain("Loftlifte med robot");
    expect((await world.competitor.request({ method: "GET", url: `/api/knowledge/${caseId}` })).statusCode).toBe(404);
    expect(
      (await anonymous(world.test.app).request({ method: "GET", url: `/api/knowledge/${caseId}` })).statusCode,
    ).toBe(404);
    const drafts = await world.publicMember.request({ method: "GET", url: "/api/knowledge?drafts=true" });
    expect(drafts.json<KnowledgePage>().items.map((item) => item.id)).toContain(caseId);
    expect(drafts.body).not.toContain(companyNpvText);
    expect(findSecrets(drafts.body + municipality)).toEqual([]);
  });

  it("an edit pasting the figure into the lessons blocks publication, naming facts.keyFigures", async () => {
    const current = await world.agent.request({ method: "GET", url: `/api/knowledge/${caseId}` });
    const entry = current.json<KnowledgeEntry>();
    const pasted = await world.agent.request({
      method: "PUT",
      url: `/api/knowledge/${caseId}`,
      payload: {
        title: entry.title,
        summary: "Servicerobotter til forflytning, stoppet efter behovsafklaringen",
        facts: { ...entry.facts, lessons: `Prisen blev ${companyNpvText}` },
        comment: "Lektier skrevet",
      },
    });
    expect(pasted.statusCode).toBe(200);
    expect(pasted.json<KnowledgeEntry>().version).toBe(2);
    expect((await post(world.agent, `/api/knowledge/${caseId}/state`, { to: "in_review" })).statusCode).toBe(200);
    await post(world.publicMember, `/api/knowledge/${caseId}/approvals/${world.publicOrganisationId}`, {});
    await post(world.companyMember, `/api/knowledge/${caseId}/approvals/${world.companyOrganisationId}`, {});
    const refused = await post(world.agent, `/api/knowledge/${caseId}/state`, { to: "published" });
    expect(refused.statusCode).toBe(409);
    expect(Object.keys(refused.json<{ fields: object }>().fields)).toEqual(["facts.keyFigures"]);
    // Fixing the text makes a new version: the approvals of the old one no longer count.
    await post(world.agent, `/api/knowledge/${caseId}/state`, { to: "draft" });
    const fixed = await world.agent.request({
      method: "PUT",
      url: `/api/knowledge/${caseId}`,
      payload: {
        title: entry.title,
        summary: "Servicerobotter til forflytning, stoppet efter behovsafklaringen",
        facts: { ...entry.facts, lessons: "Afklar prisen tidligt" },
        comment: "Tallet fjernet",
      },
    });
    expect(fixed.json<KnowledgeEntry>().versions.map((version) => version.comment)).toEqual([
      "Tallet fjernet",
      "Lektier skrevet",
      "Kladde lavet fra forløbet",
    ]);
    await post(world.agent, `/api/knowledge/${caseId}/state`, { to: "in_review" });
    const missing = await post(world.agent, `/api/knowledge/${caseId}/state`, { to: "published" });
    expect(missing.statusCode).toBe(409);
    expect(Object.keys(missing.json<{ fields: object }>().fields)).toEqual(["approvals"]);
  });

  it("approvals: members for their own organisation, the agent records; outsiders are refused", async () => {
    const wrong = await post(
      world.publicMember,
      `/api/knowledge/${caseId}/approvals/${world.companyOrganisationId}`,
      {},
    );
    expect(wrong.statusCode).toBe(403);
    expect(
      (await post(world.competitor, `/api/knowledge/${caseId}/approvals/${world.competitorOrganisationId}`, {}))
        .statusCode,
    ).toBe(404);
    const notInCase = await post(
      world.agent,
      `/api/knowledge/${caseId}/approvals/${world.competitorOrganisationId}`,
      {},
    );
    expect(notInCase.statusCode).toBe(400);
    expect(notInCase.json()).toMatchObject({ fields: { organisationId: expect.any(String) } });
    const recorded = await post(world.agent, `/api/knowledge/${caseId}/approvals/${world.publicOrganisationId}`, {});
    expect(
      recorded.json<KnowledgeEntry>().approvals.find((a) => a.organisationId === world.publicOrganisationId),
    ).toMatchObject({
      approved: true,
      recordedByAgent: true,
    });
    // The company approves without sharing its figures.
    await post(world.companyMember, `/api/knowledge/${caseId}/approvals/${world.companyOrganisationId}`, {});
  });

  it("published without the company's sharing: not in the JSON, the entry, the feed or search", async () => {
    const published = await post(world.agent, `/api/knowledge/${caseId}/state`, { to: "published" });
    expect(published.statusCode).toBe(200);
    const reader = anonymous(world.test.app);
    const list = await reader.request({ method: "GET", url: "/api/knowledge" });
    expect(list.json<KnowledgePage>().items.map((item) => item.id)).toContain(caseId);
    const one = await reader.request({ method: "GET", url: `/api/knowledge/${caseId}` });
    const feed = await reader.request({ method: "GET", url: "/api/knowledge/feed.atom" });
    expect(feed.headers["content-type"]).toContain("application/atom+xml");
    expect(feed.body).toContain("Loftlifte med robot");
    const search = await reader.request({
      method: "GET",
      url: `/api/knowledge?q=${encodeURIComponent(companyNpvText)}`,
    });
    expect(search.json<KnowledgePage>().items).toEqual([]);
    for (const body of [list.body, one.body, feed.body, await readAs(world.publicMember)]) {
      expect(body).not.toContain(companyNpvText);
      expect(findSecrets(body)).toEqual([]);
    }
    expect(one.json<KnowledgeEntry>()).toMatchObject({ approvals: [], versions: [], processId: null });
  });

  it("is found by a part of a compound: «robot» finds «servicerobotter»", async () => {
    const found = await anonymous(world.test.app).request({ method: "GET", url: "/api/knowledge?q=robot&kind=case" });
    expect(found.json<KnowledgePage>().items.map((item) => item.id)).toEqual([caseId]);
    const filtered = await anonymous(world.test.app).request({
      method: "GET",
      url: "/api/knowledge?side=company&phase=ide",
    });
    expect(filtered.json<KnowledgePage>().items.map((item) => item.id)).toContain(caseId);
    const other = await anonymous(world.test.app).request({ method: "GET", url: "/api/knowledge?side=knowledge" });
    expect(other.json<KnowledgePage>().items.map((item) => item.id)).not.toContain(caseId);
  });
});

describe("spread and files", () => {
  it("records adoptions: «N af 98», by region; an unknown code is a 400 naming areaCode", async () => {
    const first = await post(world.agent, `/api/knowledge/${caseId}/adoptions`, {
      areaCode: "0461",
      level: "piloting",
    });
    expect(first.statusCode).toBe(200);
    await post(world.agent, `/api/knowledge/${caseId}/adoptions`, { areaCode: "751", level: "implemented" });
    const region = await post(world.agent, `/api/knowledge/${caseId}/adoptions`, {
      areaCode: "1084",
      level: "considering",
    });
    const entry = region.json<KnowledgeEntry>();
    expect(entry.spread).toMatchObject({ municipalities: 2, ofMunicipalities: 98 });
    expect(entry.adoptedByMunicipalities).toBe(2);
    expect(entry.spread.byRegion.find((row) => row.regionCode === "1082")).toMatchObject({ implemented: 1 });
    const unknown = await post(world.agent, `/api/knowledge/${caseId}/adoptions`, {
      areaCode: "9999",
      level: "piloting",
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ fields: { areaCode: expect.any(String) } });
    expect(
      (await post(world.publicMember, `/api/knowledge/${caseId}/adoptions`, { areaCode: "0461", level: "piloting" }))
        .statusCode,
    ).toBe(403);
    const area = await anonymous(world.test.app).request({ method: "GET", url: "/api/knowledge/areas/0751/adoptions" });
    expect(area.json()).toMatchObject({ area: { name: "Aarhus" }, items: [{ entryId: caseId, level: "implemented" }] });
  });

  it("a tool lists the cases that used it; its files download; a forbidden type or size names «file»", async () => {
    const tool = await post(world.agent, "/api/knowledge", {
      kind: "tool",
      title: "Testplan",
      summary: "Skabelon til en testplan",
      facts: { author: "Samspil", version: "1.0", targetSides: ["public"], phase: "innovation" },
    });
    expect(tool.statusCode).toBe(201);
    const toolId = tool.json<KnowledgeEntry>().id;
    await post(world.agent, `/api/knowledge/${caseId}/links`, { targetKind: "tool", targetId: toolId });
    const unseen = await post(world.agent, `/api/knowledge/${caseId}/links`, {
      targetKind: "process",
      targetId: "00000000-0000-4000-8000-000000000000",
    });
    expect(unseen.statusCode).toBe(400);
    expect(unseen.json()).toMatchObject({ fields: { targetId: expect.any(String) } });
    const upload = (filename: string, content: Buffer) => {
      const boundary = "----knowledge";
      return world.agent.request({
        method: "POST",
        url: `/api/knowledge/${toolId}/files`,
        headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
        payload: Buffer.concat([
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n\r\n`),
          content,
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]),
      });
    };
    const stored = await upload("testplan.txt", Buffer.from("Hvad testes, hvor og hvordan"));
    expect(stored.statusCode).toBe(201);
    const html = await upload("testplan.html", Buffer.from("<html></html>"));
    expect(html.statusCode).toBe(415);
    expect(html.json()).toMatchObject({ fields: { file: expect.any(String) } });
    const big = await upload("stor.txt", Buffer.alloc(10 * 1024 * 1024 + 1, 97));
    expect([413]).toContain(big.statusCode);
    expect(big.json()).toMatchObject({ fields: { file: expect.any(String) } });
    await post(world.agent, `/api/knowledge/${toolId}/state`, { to: "in_review" });
    await post(world.agent, `/api/knowledge/${toolId}/state`, { to: "published" });
    const entry = (
      await anonymous(world.test.app).request({ method: "GET", url: `/api/knowledge/${toolId}` })
    ).json<KnowledgeEntry>();
    expect(entry.usedBy.map((item) => item.id)).toEqual([caseId]);
    const download = await anonymous(world.test.app).request({
      method: "GET",
      url: `/api/knowledge/${toolId}/files/${entry.files[0].id}`,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-disposition"]).toContain("attachment");
    const forAgent = (
      await world.agent.request({ method: "GET", url: `/api/knowledge/${toolId}` })
    ).json<KnowledgeEntry>();
    expect(forAgent.usedInProcesses).toEqual([{ id: processId, title: "Loftlifte med robot" }]);
  });
});

describe("the stable open-data path", () => {
  it("answers `?q=&kind=&phase=&side=` (empty filters: all) to an anonymous caller, and a filled one too", async () => {
    const visitor = anonymous(world.test.app);
    const all = await visitor.request({ method: "GET", url: "/api/knowledge?q=&kind=&phase=&side=" });
    expect(all.statusCode, all.body).toBe(200);
    const none = await visitor.request({ method: "GET", url: "/api/knowledge" });
    expect(all.json()).toEqual(none.json());
    const wrong = await visitor.request({ method: "GET", url: "/api/knowledge?kind=poem" });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields).toHaveProperty("kind");
  });
});
