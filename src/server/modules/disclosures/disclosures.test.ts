import { strFromU8, unzipSync } from "fflate";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Disclosure, DisclosureList, PackSummary } from "../../../domain/disclosures/views.js";
import { buildNeed } from "../../test-support/factories.js";
import type { Client } from "../../test-support/harness.js";
import { createBusinessCaseWorld, type BusinessCaseWorld } from "../../test-support/worlds/business-cases.js";

let world: BusinessCaseWorld;
let needId: string;
let processId: string;
let callId: string;

const BOUNDARY = "----samspil-disclosure-boundary";

/** The form as the browser sends it: «data» as JSON and, optionally, one file. */
function form(data: unknown, file?: { name: string; bytes: Buffer }) {
  const parts: Buffer[] = [
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="data"\r\n\r\n${JSON.stringify(data)}\r\n`),
  ];
  if (file) {
    parts.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
          "Content-Type: application/octet-stream\r\n\r\n",
      ),
      file.bytes,
      Buffer.from("\r\n"),
    );
  }
  parts.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` } };
}

const record = (client: Client, kind: string, id: string, data: unknown, file?: { name: string; bytes: Buffer }) =>
  client.request({ method: "POST", url: `/api/disclosures/${kind}/${id}`, ...form(data, file) });

const list = async (client: Client, kind: string, id: string) => {
  const response = await client.request({ method: "GET", url: `/api/disclosures/${kind}/${id}` });
  expect(response.statusCode).toBe(200);
  return response.json<DisclosureList>();
};

const titles = (items: Disclosure[]) => items.map((item) => item.title).sort();

beforeAll(async () => {
  world = await createBusinessCaseWorld();
  needId = await buildNeed(world.test.db, { ownerOrganisationId: world.publicOrganisationId, title: "Forflytning" });
  const started = await world.agent.request({
    method: "POST",
    url: "/api/processes",
    payload: {
      title: "Loftlifte i hjemmeplejen",
      kind: "individual",
      needIds: [needId],
      participants: [{ organisationId: world.companyOrganisationId, role: "developer" }],
    },
  });
  expect(started.statusCode).toBe(201);
  processId = started.json<{ id: string }>().id;
  const published = await world.publicMember.request({
    method: "POST",
    url: `/api/needs/${needId}/calls`,
    payload: { deadline: new Date(Date.now() + 14 * 86_400_000).toISOString() },
  });
  expect(published.statusCode).toBe(201);
  callId = published.json<{ id: string }>().id;
  for (const client of [world.companyMember, world.competitor]) {
    const offer = await client.request({
      method: "POST",
      url: `/api/calls/${callId}/offers`,
      payload: { solutionText: "Loftlift med sensor" },
    });
    expect(offer.statusCode).toBe(201);
  }
});

afterAll(async () => {
  await world?.test.close();
});

describe("recording by hand", () => {
  it("an agent records material given to the process's company, with its file", async () => {
    const response = await record(
      world.agent,
      "process",
      processId,
      {
        title: "Plantegning af plejecentret",
        recipientIds: [world.companyOrganisationId],
        givenAt: "2026-11-02T10:00:00Z",
      },
      { name: "plantegning.pdf", bytes: Buffer.from("%PDF-1.4 plantegning") },
    );
    expect(response.statusCode).toBe(201);
    const created = response.json<Disclosure>();
    expect(created.publicOrganisation.id).toBe(world.publicOrganisationId);
    expect(created.recipients.map((item) => item.name)).toEqual(["LøfteLet ApS"]);
    expect(created.file?.filename).toBe("plantegning.pdf");
    expect(created.givenAt).toBe("2026-11-02T10:00:00.000Z");

    const file = await world.companyMember.request({
      method: "GET",
      url: `/api/disclosures/process/${processId}/${created.id}/file`,
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-disposition"]).toMatch(/^attachment/);
    expect(file.body).toContain("plantegning");
  });

  it("a confidential record stays with its recipient and the owner side", async () => {
    const response = await record(world.publicMember, "process", processId, {
      title: "Kommentarer til LøfteLets prototype",
      description: "Vores testresultater på jeres prototype",
      recipientIds: [world.companyOrganisationId],
      confidential: true,
    });
    expect(response.statusCode).toBe(201);
    expect(titles((await list(world.companyMember, "process", processId)).items)).toContain(
      "Kommentarer til LøfteLets prototype",
    );
  });

  it("a plain JSON body works without a file", async () => {
    const response = await world.publicMember.request({
      method: "POST",
      url: `/api/disclosures/need/${needId}`,
      payload: {
        title: "Svar på spørgsmål om døgnrytme",
        description: "Mundtligt",
        recipientIds: [world.competitorOrganisationId],
      },
    });
    expect(response.statusCode).toBe(201);
  });
});

describe("recorded by Samspil itself", () => {
  it("a document the public side shares in a process is given to its companies; a company's own is not", async () => {
    const shared = await world.publicMember.request({
      method: "POST",
      url: `/api/processes/${processId}/documents`,
      ...form({}, { name: "kravspecifikation.pdf", bytes: Buffer.from("%PDF-1.4 krav") }),
    });
    expect(shared.statusCode).toBe(201);
    const own = await world.companyMember.request({
      method: "POST",
      url: `/api/processes/${processId}/documents`,
      ...form({}, { name: "prisoverslag.pdf", bytes: Buffer.from("%PDF-1.4 pris") }),
    });
    expect(own.statusCode).toBe(201);
    const items = (await list(world.agent, "process", processId)).items;
    const auto = items.find((item) => item.title === "kravspecifikation.pdf");
    expect(auto?.source).toBe("process_document");
    expect(auto?.recipients.map((item) => item.id)).toEqual([world.companyOrganisationId]);
    expect(auto?.file?.sizeBytes).toBe("%PDF-1.4 krav".length);
    expect(titles(items)).not.toContain("prisoverslag.pdf");
  });

  it("an answer in the market dialogue is recorded: to one company, or to every company on the call", async () => {
    const dialogue = (payload: Record<string, unknown>) =>
      world.publicMember.request({ method: "POST", url: `/api/calls/${callId}/dialogue`, payload });
    expect(
      (await dialogue({ kind: "question", companyId: world.competitorOrganisationId, summary: "Må vi?" })).statusCode,
    ).toBe(201);
    expect(
      (await dialogue({ kind: "answer", companyId: world.competitorOrganisationId, summary: "Ja, I må." })).statusCode,
    ).toBe(201);
    expect((await dialogue({ kind: "answer", companyId: null, summary: "Loftshøjden er 2,4 m." })).statusCode).toBe(
      201,
    );

    const managed = (await list(world.publicMember, "call", callId)).items;
    expect(managed.map((item) => [item.description, item.recipients.length])).toEqual([
      ["Ja, I må.", 1],
      ["Loftshøjden er 2,4 m.", 2],
    ]);
    // Each company sees what it received, and only itself among the recipients.
    const company = (await list(world.companyMember, "call", callId)).items;
    expect(company.map((item) => item.description)).toEqual(["Loftshøjden er 2,4 m."]);
    expect(company[0].recipients.map((item) => item.id)).toEqual([world.companyOrganisationId]);
  });
});

describe("who sees what", () => {
  it("the need's page shows everything around the need to its owner", async () => {
    const items = (await list(world.publicMember, "need", needId)).items;
    expect(new Set(items.map((item) => item.context.kind))).toEqual(new Set(["need", "call", "process"]));
  });

  it("a company sees only what it received; a competitor never another's material", async () => {
    const company = (await list(world.companyMember, "process", processId)).items;
    expect(company.every((item) => item.recipients.every((r) => r.id === world.companyOrganisationId))).toBe(true);
    expect(titles(company)).not.toContain("Svar på spørgsmål om døgnrytme");
    const rival = (await list(world.competitor, "call", callId)).items;
    expect(rival.map((item) => item.description)).toEqual(["Ja, I må.", "Loftshøjden er 2,4 m."]);
    expect(JSON.stringify(rival)).not.toContain("LøfteLet");
    expect(
      (await world.competitor.request({ method: "GET", url: `/api/disclosures/process/${processId}` })).statusCode,
    ).toBe(404);
    expect(
      (await world.companyMember.request({ method: "GET", url: `/api/disclosures/need/${needId}` })).statusCode,
    ).toBe(404);
  });

  it("a competitor cannot download a file it did not receive", async () => {
    const [withFile] = (await list(world.agent, "process", processId)).items.filter((item) => item.file);
    const response = await world.competitor.request({
      method: "GET",
      url: `/api/disclosures/call/${callId}/${withFile.id}/file`,
    });
    expect(response.statusCode).toBe(404);
  });
});

describe("the neutralisation pack", () => {
  it("for a process: what its companies received, files included, confidential material withheld", async () => {
    const summary = await world.publicMember.request({
      method: "GET",
      url: `/api/disclosures/process/${processId}/pack/summary`,
    });
    expect(summary.statusCode).toBe(200);
    const facts = summary.json<PackSummary>();
    expect(facts.participants.map((item) => item.name)).toEqual(["LøfteLet ApS"]);
    expect(facts.withheld.map((item) => item.title)).toEqual(["Kommentarer til LøfteLets prototype"]);
    // Plan, specification and the answer to all (the call is on the process's need); not the rival's answers.
    expect(facts.included).toBe(3);
    expect(facts.files).toBe(2);

    const response = await world.publicMember.request({
      method: "GET",
      url: `/api/disclosures/process/${processId}/pack`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/zip");
    expect(response.headers["content-disposition"]).toMatch(/neutraliseringspakke-\d{4}-\d{2}-\d{2}\.zip/);
    const zip = unzipSync(new Uint8Array(response.rawPayload));
    expect(Object.keys(zip).sort()).toEqual([
      "filer/001-plantegning.pdf",
      "filer/002-kravspecifikation.pdf",
      "index.html",
      "index.xlsx",
    ]);
    const html = strFromU8(zip["index.html"]);
    expect(html).toContain("Loftshøjden er 2,4 m.");
    expect(html).not.toContain("prototype");
    expect(html).not.toContain("Ja, I må.");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(zip["index.xlsx"]) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].rowCount).toBe(4);

    const audit = await world.test.db
      .selectFrom("audit_log")
      .select(["action"])
      .where("entity_id", "=", processId)
      .where("action", "=", "disclosures:pack")
      .execute();
    expect(audit).toHaveLength(1);
  });

  it("for a need: every company that got anything around it", async () => {
    const summary = await world.agent.request({ method: "GET", url: `/api/disclosures/need/${needId}/pack/summary` });
    const facts = summary.json<PackSummary>();
    expect(facts.participants.map((item) => item.name).sort()).toEqual(["Konkurrent Løft A/S", "LøfteLet ApS"]);
    expect(facts.included).toBe(5);
  });

  it("is not for a company, nor for a call", async () => {
    const company = await world.companyMember.request({
      method: "GET",
      url: `/api/disclosures/process/${processId}/pack`,
    });
    expect(company.statusCode).toBe(403);
    const call = await world.agent.request({ method: "GET", url: `/api/disclosures/call/${callId}/pack` });
    expect(call.statusCode).toBe(400);
    expect(call.json<{ fields: Record<string, string> }>().fields).toHaveProperty("kind");
  });
});

describe("bad input: a clear 4xx naming the field, nothing written", () => {
  const count = async () => (await list(world.agent, "need", needId)).items.length;
  const fieldsOf = (body: string) => (JSON.parse(body) as { fields?: Record<string, string> }).fields ?? {};
  const valid = () => ({ title: "Noget", description: "Tekst", recipientIds: [world.companyOrganisationId] });

  it.each([
    ["an unknown context kind", "meeting", () => needId, valid, 400, "kind"],
    ["a malformed context id", "process", () => "not-an-id", valid, 400, "contextId"],
    [
      "a recipient that is not a company",
      "process",
      () => processId,
      () => ({ ...valid(), recipientIds: [world.publicOrganisationId] }),
      400,
      "recipientIds",
    ],
    [
      "a company outside the process",
      "process",
      () => processId,
      () => ({ ...valid(), recipientIds: [world.competitorOrganisationId] }),
      400,
      "recipientIds",
    ],
    [
      "a giver that is not public",
      "process",
      () => processId,
      () => ({ ...valid(), publicOrganisationId: world.companyOrganisationId }),
      400,
      "publicOrganisationId",
    ],
    [
      "neither a description nor a file",
      "process",
      () => processId,
      () => ({ ...valid(), description: "" }),
      400,
      "description",
    ],
    ["no recipients", "process", () => processId, () => ({ ...valid(), recipientIds: [] }), 400, "recipientIds"],
  ])("%s", async (_name, kind, id, data, status, field) => {
    const before = await count();
    const response = await record(world.agent, kind, id(), data());
    expect(response.statusCode).toBe(status);
    expect(fieldsOf(response.body)).toHaveProperty(field);
    expect(await count()).toBe(before);
  });

  it("an unknown process is a 404", async () => {
    const response = await record(world.agent, "process", "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", valid());
    expect(response.statusCode).toBe(404);
  });

  it.each([
    ["a forbidden file type", { name: "billede.svg", bytes: Buffer.from("<svg/>") }, 415],
    ["a renamed program", { name: "plan.pdf", bytes: Buffer.from("MZ\u0090\u0000") }, 415],
    ["a file over 10 MB", { name: "stor.txt", bytes: Buffer.alloc(10 * 1024 * 1024 + 1, 65) }, 413],
  ])("%s", async (_name, file, status) => {
    const before = await count();
    const response = await record(world.agent, "process", processId, valid(), file);
    expect(response.statusCode).toBe(status);
    expect(fieldsOf(response.body)).toHaveProperty("file");
    expect(await count()).toBe(before);
  });

  it("a company may not record (403), an outsider does not learn the process exists (404)", async () => {
    expect((await record(world.companyMember, "process", processId, valid())).statusCode).toBe(403);
    expect((await record(world.competitor, "process", processId, valid())).statusCode).toBe(404);
  });
});

describe("at a seminar", () => {
  it("records material given to a registered company, in the pack of the need it is about", async () => {
    const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();
    const seat = { capacity: 10, reserved: 0 };
    const created = await world.agent.request({
      method: "POST",
      url: "/api/seminars",
      payload: {
        title: "Forflytning i hjemmeplejen",
        placeAddress: "Rådhuset",
        startsAt: hours(48),
        endsAt: hours(51),
        registrationOpensAt: hours(-1),
        registrationClosesAt: hours(47),
        capacities: { public: seat, company: seat, knowledge: seat, other: seat },
        needIds: [needId],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const seminarId = created.json<{ id: string }>().id;
    await world.agent.request({
      method: "POST",
      url: `/api/seminars/${seminarId}/status`,
      payload: { status: "published" },
    });
    const registered = await world.companyMember.request({
      method: "POST",
      url: `/api/seminars/${seminarId}/registrations`,
      payload: {
        name: "Lene Løft",
        email: "lene@loeftelet.example",
        side: "company",
        organisationId: world.companyOrganisationId,
      },
    });
    expect(registered.statusCode, registered.body).toBeLessThan(300);
    const before = (
      await world.agent.request({ method: "GET", url: `/api/disclosures/need/${needId}/pack/summary` })
    ).json<PackSummary>().included;

    const given = await record(world.agent, "seminar", seminarId, {
      title: "Oplæg om forflytninger",
      description: "Slides fra seminaret",
      recipientIds: [world.companyOrganisationId],
    });
    expect(given.statusCode, given.body).toBe(201);
    expect(titles((await list(world.agent, "seminar", seminarId)).items)).toEqual(["Oplæg om forflytninger"]);
    const outsider = await record(world.agent, "seminar", seminarId, {
      ...{ title: "X", description: "Y" },
      recipientIds: [world.competitorOrganisationId],
    });
    expect(outsider.statusCode).toBe(400);

    const after = (
      await world.agent.request({ method: "GET", url: `/api/disclosures/need/${needId}/pack/summary` })
    ).json<PackSummary>().included;
    expect(after).toBe(before + 1);
  });
});
