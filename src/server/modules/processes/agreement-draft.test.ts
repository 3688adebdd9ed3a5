import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildNeed, buildOrganisation, nextCvr } from "../../test-support/factories.js";
import { anonymous, createTestApp, signIn, type Client, type TestApp } from "../../test-support/harness.js";
import { readZipEntry } from "../../test-support/zip.js";

let test: TestApp;
let agent: Client;
let owner: Client;
let lifterClient: Client;
let rivalClient: Client;
let outsider: Client;
let processId: string;
const cvr = { municipality: nextCvr(), lifter: nextCvr(), rival: nextCvr() };
const SECRET_FILE = "loeftelet-prisberegning.pdf";

const draftUrl = (model: string) => `/api/processes/${processId}/agreement.docx?model=${model}`;

async function documentXml(client: Pick<Client, "request">, model = "udbudsfri_opi"): Promise<string> {
  const response = await client.request({ method: "GET", url: draftUrl(model) });
  expect(response.statusCode).toBe(200);
  const xml = readZipEntry(response.rawPayload, "word/document.xml");
  expect(xml).not.toBeNull();
  return xml!.toString("utf8");
}

beforeAll(async () => {
  test = await createTestApp();
  agent = await signIn(test, "agent");
  const municipality = await buildOrganisation(test.db, {
    kind: "municipality",
    name: "Aarhus Kommune",
    cvr: cvr.municipality,
    municipalityCode: "0751",
  });
  const unit = await buildOrganisation(test.db, {
    kind: "public_unit",
    name: "Hjemmeplejen Syd",
    parentId: municipality,
  });
  const lifter = await buildOrganisation(test.db, {
    name: "LøfteLet ApS",
    cvr: cvr.lifter,
    address: "Industrivej 4, 8200 Aarhus N",
  });
  const rival = await buildOrganisation(test.db, { name: "Konkurrent ApS", cvr: cvr.rival });
  owner = await signIn(test, "member", unit);
  lifterClient = await signIn(test, "member", lifter);
  rivalClient = await signIn(test, "member", rival);
  outsider = await signIn(test, "member", await buildOrganisation(test.db, { name: "Udenfor ApS" }));

  const started = await agent.request({
    method: "POST",
    url: "/api/processes",
    payload: {
      title: "Loftlifte i hjemmeplejen",
      kind: "network",
      description: "Færre tunge løft for medarbejderne.",
      needIds: [await buildNeed(test.db, { ownerOrganisationId: unit, title: "Tunge løft ved forflytning" })],
      participants: [
        { organisationId: lifter, role: "developer" },
        { organisationId: rival, role: "developer" },
      ],
    },
  });
  expect(started.statusCode).toBe(201);
  processId = started.json().id;

  // LøfteLet's price calculation settles the cost item, marked confidential for LøfteLet.
  const boundary = "----samspil-draft-boundary";
  const upload = await lifterClient.request({
    method: "POST",
    url: `/api/processes/${processId}/documents`,
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="confidentialFor"\r\n\r\n${lifter}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${SECRET_FILE}"\r\n` +
        `Content-Type: application/pdf\r\n\r\n%PDF-1.4 fortrolig\r\n--${boundary}--\r\n`,
    ),
  });
  expect(upload.statusCode).toBe(201);
  for (const [item, body] of [
    [
      "roles_costs",
      { status: "settled", note: "LøfteLet stiller to loftlifte til rådighed.", documentId: upload.json().id },
    ],
    ["ip", { status: "settled", note: "Virksomhederne ejer deres egne produkter." }],
    ["confidentiality", { status: "in_progress", note: "" }],
  ] as const) {
    const saved = await owner.request({
      method: "PUT",
      url: `/api/processes/${processId}/agreements/${item}`,
      payload: body,
    });
    expect(saved.statusCode).toBe(200);
  }
});
afterAll(async () => {
  await test.close();
});

describe("GET /api/processes/:id/agreement.docx", () => {
  it("downloads a DOCX draft with the parties, their CVR numbers, the model and the checklist", async () => {
    const response = await agent.request({ method: "GET", url: draftUrl("udbudsfri_opi") });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("wordprocessingml.document");
    expect(response.headers["content-disposition"]).toMatch(
      /^attachment; filename="udkast-til-aftale-udbudsfri-opi\.docx"/,
    );
    const xml = readZipEntry(response.rawPayload, "word/document.xml")!.toString("utf8");
    for (const text of [
      "Hjemmeplejen Syd (under Aarhus Kommune)",
      cvr.municipality,
      "LøfteLet ApS",
      cvr.lifter,
      "Industrivej 4, 8200 Aarhus N",
      "Konkurrent ApS",
      cvr.rival,
      "Udbudsfrit OPI-samarbejde",
      "UDKAST",
      "juridiske rådgivere",
      "LøfteLet stiller to loftlifte til rådighed.",
      "Virksomhederne ejer deres egne produkter.",
      "Tunge løft ved forflytning",
      "Ophør",
    ]) {
      expect(xml).toContain(text);
    }
    // An item still being settled is flagged for the lawyers.
    expect(xml).toContain("Punktet «Fortrolighed» er ikke afklaret endnu");
    // Every page's header says it is a draft.
    expect(readZipEntry(response.rawPayload, "word/header1.xml")!.toString("utf8")).toContain("UDKAST");
  });

  it("names the chosen model", async () => {
    expect(await documentXml(agent, "mini_trial")).toContain("Mini-afprøvning");
    expect(await documentXml(owner, "innovation_partnership")).toContain("udbudslovens §§ 73–80");
  });

  it("names a confidential attachment to its company and the need owner, never to another company", async () => {
    expect(await documentXml(lifterClient)).toContain(SECRET_FILE);
    expect(await documentXml(owner)).toContain(SECRET_FILE);
    const rivalCopy = await documentXml(rivalClient);
    expect(rivalCopy).toContain("LøfteLet stiller to loftlifte til rådighed.");
    expect(rivalCopy).not.toContain(SECRET_FILE);
    expect(rivalCopy).not.toContain("prisberegning");
  });

  it("refuses an unknown model with a 400 naming «model»", async () => {
    const response = await agent.request({ method: "GET", url: draftUrl("handshake") });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().fields)).toEqual(["model"]);
    const missing = await agent.request({ method: "GET", url: `/api/processes/${processId}/agreement.docx` });
    expect(missing.statusCode).toBe(400);
    expect(Object.keys(missing.json().fields)).toEqual(["model"]);
  });

  it("hides the process from outsiders and refuses anonymous callers", async () => {
    expect((await outsider.request({ method: "GET", url: draftUrl("mini_trial") })).statusCode).toBe(404);
    expect((await anonymous(test.app).request({ method: "GET", url: draftUrl("mini_trial") })).statusCode).toBe(401);
  });
});
