import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildNeed, buildOrganisation } from "../../test-support/factories.js";
import { anonymous, createTestApp, signIn, type Client, type TestApp } from "../../test-support/harness.js";

let test: TestApp;
let agent: Client;
let owner: Client;
let companyA: Client;
let companyB: Client;
let otherMunicipality: Client;
let needId: string;
let callId: string;
let offerA: string;
let offerB: string;
let companyAId: string;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

function multipart(filename: string, content: Buffer) {
  const boundary = "----samspil-offer-boundary";
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; ` +
    `filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

beforeAll(async () => {
  test = await createTestApp();
  agent = await signIn(test, "agent");
  const municipality = await buildOrganisation(test.db, {
    kind: "municipality",
    name: "Aarhus Kommune",
    municipalityCode: "0751",
  });
  const unit = await buildOrganisation(test.db, {
    kind: "public_unit",
    name: "Plejehjemmet Solbakken",
    parentId: municipality,
  });
  owner = await signIn(test, "member", unit);
  companyAId = await buildOrganisation(test.db, { name: "Alfa Løft ApS" });
  companyA = await signIn(test, "member", companyAId);
  companyB = await signIn(test, "member", await buildOrganisation(test.db, { name: "Beta Robot ApS" }));
  otherMunicipality = await signIn(
    test,
    "member",
    await buildOrganisation(test.db, { kind: "municipality", name: "Odense Kommune", municipalityCode: "0461" }),
  );
  needId = await buildNeed(test.db, { ownerOrganisationId: unit, title: "Natlig uro hos borgere med demens" });
});
afterAll(async () => {
  await test.close();
});

describe("publishing an open call", () => {
  it("refuses a deadline in the past, naming the field", async () => {
    const response = await owner.request({
      method: "POST",
      url: `/api/needs/${needId}/calls`,
      payload: { deadline: inDays(-1) },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields.deadline).toBe("Fristen skal ligge i fremtiden");
  });

  it("lets the owning institution publish, and shows the call publicly without login", async () => {
    const response = await owner.request({
      method: "POST",
      url: `/api/needs/${needId}/calls`,
      payload: { deadline: inDays(14) },
    });
    expect(response.statusCode).toBe(201);
    callId = response.json().id;
    expect(response.json()).toMatchObject({ title: "Natlig uro hos borgere med demens", isOpenForOffers: true });
    const publicList = await anonymous(test.app).request({ method: "GET", url: "/api/calls" });
    expect(publicList.statusCode).toBe(200);
    expect(publicList.json().items.map((item: { id: string }) => item.id)).toContain(callId);
    const again = await owner.request({
      method: "POST",
      url: `/api/needs/${needId}/calls`,
      payload: { deadline: inDays(20) },
    });
    expect(again.statusCode).toBe(409);
  });

  it("does not let companies or other municipalities publish", async () => {
    expect(
      (await companyA.request({ method: "POST", url: `/api/needs/${needId}/calls`, payload: { deadline: inDays(3) } }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await otherMunicipality.request({
          method: "POST",
          url: `/api/needs/${needId}/calls`,
          payload: { deadline: inDays(3) },
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe("offers are confidential", () => {
  it("lets any company answer, once per company (a second answer replaces the first)", async () => {
    const a = await companyA.request({
      method: "POST",
      url: `/api/calls/${callId}/offers`,
      payload: { solutionText: "Alfa: sensorer i sengen", priceIndication: "120.000 kr." },
    });
    expect(a.statusCode).toBe(201);
    offerA = a.json().id;
    const b = await companyB.request({
      method: "POST",
      url: `/api/calls/${callId}/offers`,
      payload: { solutionText: "Beta: robot, der beroliger", priceIndication: "HEMMELIG-PRIS-B" },
    });
    offerB = b.json().id;
    const changed = await companyA.request({
      method: "POST",
      url: `/api/calls/${callId}/offers`,
      payload: { solutionText: "Alfa: sensorer i sengen og lys", priceIndication: "110.000 kr." },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().id).toBe(offerA);
  });

  it("refuses an empty offer, and offers from institutions or agents", async () => {
    expect(
      (
        await companyA.request({ method: "POST", url: `/api/calls/${callId}/offers`, payload: { solutionText: " " } })
      ).json().fields.solutionText,
    ).toBeDefined();
    expect(
      (await owner.request({ method: "POST", url: `/api/calls/${callId}/offers`, payload: { solutionText: "x" } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await agent.request({ method: "POST", url: `/api/calls/${callId}/offers`, payload: { solutionText: "x" } }))
        .statusCode,
    ).toBe(403);
  });

  it("shows all offers to institution and agents, a company only its own: lists, search, counts, exports", async () => {
    for (const client of [owner, agent]) {
      const list = await client.request({ method: "GET", url: `/api/calls/${callId}/offers` });
      expect(list.json().total).toBe(2);
      expect((await client.request({ method: "GET", url: `/api/calls/${callId}` })).json().offerCount).toBe(2);
      expect((await client.request({ method: "GET", url: `/api/calls/${callId}/offers/export` })).body).toContain(
        "HEMMELIG-PRIS-B",
      );
    }
    const ownList = await companyA.request({ method: "GET", url: `/api/calls/${callId}/offers` });
    expect(ownList.json().items.map((item: { id: string }) => item.id)).toEqual([offerA]);
    expect(ownList.body).not.toContain("HEMMELIG-PRIS-B");
    const searched = await companyA.request({ method: "GET", url: `/api/calls/${callId}/offers?q=robot` });
    expect(searched.json()).toEqual({ items: [], total: 0 });
    const detail = await companyA.request({ method: "GET", url: `/api/calls/${callId}` });
    expect(detail.json()).not.toHaveProperty("offerCount");
    expect(detail.json().myOfferId).toBe(offerA);
    expect((await companyA.request({ method: "GET", url: `/api/calls/${callId}/offers/export` })).statusCode).toBe(403);
    expect((await companyA.request({ method: "GET", url: `/api/offers/${offerB}` })).statusCode).toBe(404);
    expect((await companyA.request({ method: "GET", url: `/api/offers/${offerA}` })).json().priceIndication).toBe(
      "110.000 kr.",
    );
    expect((await otherMunicipality.request({ method: "GET", url: `/api/calls/${callId}/offers` })).json()).toEqual({
      items: [],
      total: 0,
    });
    expect((await otherMunicipality.request({ method: "GET", url: `/api/offers/${offerA}` })).statusCode).toBe(404);
    const publicView = await anonymous(test.app).request({ method: "GET", url: `/api/calls/${callId}` });
    expect(publicView.json()).not.toHaveProperty("offerCount");
    expect((await anonymous(test.app).request({ method: "GET", url: `/api/calls/${callId}/offers` })).statusCode).toBe(
      401,
    );
    expect((await anonymous(test.app).request({ method: "GET", url: `/api/offers/${offerA}` })).statusCode).toBe(401);
  });
});

describe("attachments", () => {
  let attachmentId: string;

  it("accepts a real PDF on the company's own offer and serves it only as a download", async () => {
    const pdf = Buffer.from("%PDF-1.4\n% tilbud\n");
    const upload = await companyA.request({
      method: "POST",
      url: `/api/offers/${offerA}/attachments`,
      ...multipart("../../Tilbud X.pdf", pdf),
    });
    expect(upload.statusCode).toBe(201);
    expect(upload.json().filename).toBe("Tilbud X.pdf");
    attachmentId = upload.json().id;
    const download = await owner.request({ method: "GET", url: `/api/offers/${offerA}/attachments/${attachmentId}` });
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.headers["content-disposition"]).toMatch(/^attachment; filename="Tilbud X.pdf"/);
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    expect(download.rawPayload.equals(pdf)).toBe(true);
  });

  it("refuses a renamed program, HTML, and uploads to another company's offer", async () => {
    const exe = await companyA.request({
      method: "POST",
      url: `/api/offers/${offerA}/attachments`,
      ...multipart("tilbud.pdf", Buffer.from("MZ\u0090\u0000program")),
    });
    expect(exe.statusCode).toBe(415);
    const html = await companyA.request({
      method: "POST",
      url: `/api/offers/${offerA}/attachments`,
      ...multipart("side.html", Buffer.from("<html><script>alert(1)</script></html>")),
    });
    expect(html.statusCode).toBe(415);
    const foreign = await companyA.request({
      method: "POST",
      url: `/api/offers/${offerB}/attachments`,
      ...multipart("a.pdf", Buffer.from("%PDF-1.4")),
    });
    expect(foreign.statusCode).toBe(404);
  });

  it("words every refusal of an attachment in the reader's language, naming the field", async () => {
    const url = `/api/offers/${offerA}/attachments`;
    const exe = multipart("tilbud.pdf", Buffer.from("MZ\u0090\u0000program"));
    const danish = await companyA.request({ method: "POST", url, ...exe });
    expect(danish.json().fields.file).toBe(
      "Kun PDF, Word, Excel, PowerPoint, ODT, PNG, JPEG, TXT eller CSV – og indholdet skal passe til filtypen",
    );
    const english = await companyA.request({
      method: "POST",
      url,
      ...exe,
      headers: { ...exe.headers, "accept-language": "en-GB,en;q=0.8" },
    });
    expect([english.statusCode, english.json().fields.file]).toEqual([
      415,
      "Only PDF, Word, Excel, PowerPoint, ODT, PNG, JPEG, TXT or CSV – and the content must match the file type",
    ]);
    expect(english.json().message).toBe(
      "file: Only PDF, Word, Excel, PowerPoint, ODT, PNG, JPEG, TXT or CSV – and the content must match the file type",
    );

    const big = Buffer.alloc(10 * 1024 * 1024 + 10, 0x41);
    big.write("%PDF-1.4");
    const tooLarge = multipart("stor.pdf", big);
    const largeEnglish = await companyA.request({
      method: "POST",
      url,
      ...tooLarge,
      headers: { ...tooLarge.headers, cookie: `${companyA.cookie}; samspil_lang=en` },
    });
    expect([largeEnglish.statusCode, largeEnglish.json().fields?.file]).toEqual([413, "The file may be at most 10 MB"]);
    const largeDanish = await companyA.request({ method: "POST", url, ...tooLarge });
    expect(largeDanish.json().fields?.file).toBe("Filen må højst fylde 10 MB");

    const json = await companyA.request({
      method: "POST",
      url,
      payload: { file: "x" },
      headers: { "accept-language": "en" },
    });
    expect(json.statusCode).toBe(415);
    const boundary = "----samspil-empty";
    const empty = await companyA.request({
      method: "POST",
      url,
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nhej\r\n--${boundary}--\r\n`,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}`, "accept-language": "en" },
    });
    expect([empty.statusCode, empty.json().fields?.file]).toEqual([400, "Choose a file"]);
  });

  it("answers 413 to a file over 10 MB", async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 10, 0x41);
    big.write("%PDF-1.4");
    const response = await companyA.request({
      method: "POST",
      url: `/api/offers/${offerA}/attachments`,
      ...multipart("stor.pdf", big),
    });
    expect(response.statusCode).toBe(413);
  });

  it("never lets a competitor list or download the attachment", async () => {
    expect((await companyB.request({ method: "GET", url: `/api/offers/${offerA}/attachments` })).statusCode).toBe(404);
    expect(
      (await companyB.request({ method: "GET", url: `/api/offers/${offerA}/attachments/${attachmentId}` })).statusCode,
    ).toBe(404);
    expect(
      (await companyB.request({ method: "GET", url: `/api/offers/${offerB}/attachments/${attachmentId}` })).statusCode,
    ).toBe(404);
  });
});

describe("market dialogue and closing", () => {
  it("logs every contact; a company sees only the entries about itself", async () => {
    const recorded = await owner.request({
      method: "POST",
      url: `/api/calls/${callId}/dialogue`,
      payload: { companyId: companyAId, kind: "meeting", summary: "Dialogmøde med Alfa om sengesensorer" },
    });
    expect(recorded.statusCode).toBe(201);
    expect(
      (
        await companyA.request({
          method: "POST",
          url: `/api/calls/${callId}/dialogue`,
          payload: { kind: "note", summary: "x" },
        })
      ).statusCode,
    ).toBe(403);
    const full = (await owner.request({ method: "GET", url: `/api/calls/${callId}/dialogue` })).json().items;
    expect(full.map((item: { kind: string }) => item.kind)).toEqual(["offer", "offer", "offer", "meeting"]);
    const alfa = (await companyA.request({ method: "GET", url: `/api/calls/${callId}/dialogue` })).json().items;
    expect(alfa.every((item: { companyId: string }) => item.companyId === companyAId)).toBe(true);
    expect(JSON.stringify(alfa)).not.toContain("Beta");
  });

  it("shows the questions and answers to all to every company, never another company's entries", async () => {
    for (const payload of [
      { kind: "question", summary: "Skal sensoren kunne tåle vask?" },
      { kind: "answer", summary: "Svar til alle: ja, ved 60 grader" },
      { kind: "note", summary: "Intern note: Alfa virker stærkest" },
      { companyId: companyAId, kind: "answer", summary: "Kun til Alfa: jeres pris er høj" },
    ]) {
      expect((await owner.request({ method: "POST", url: `/api/calls/${callId}/dialogue`, payload })).statusCode).toBe(
        201,
      );
    }
    const beta = (await companyB.request({ method: "GET", url: `/api/calls/${callId}/dialogue` })).json().items;
    const betaText = JSON.stringify(beta);
    expect(betaText).toContain("Skal sensoren kunne tåle vask?");
    expect(betaText).toContain("Svar til alle: ja, ved 60 grader");
    expect(betaText).not.toContain("Intern note");
    expect(betaText).not.toContain("Kun til Alfa");
    expect(betaText).not.toContain("Alfa");
    const alfa = JSON.stringify(
      (await companyA.request({ method: "GET", url: `/api/calls/${callId}/dialogue` })).json().items,
    );
    expect(alfa).toContain("Svar til alle: ja, ved 60 grader");
    expect(alfa).toContain("Kun til Alfa");
    expect(alfa).not.toContain("Beta");
    // Another company's offer stays hidden: not readable by id, and not named on the call.
    expect((await companyB.request({ method: "GET", url: `/api/offers/${offerA}` })).statusCode).toBe(404);
    const callForBeta = JSON.stringify((await companyB.request({ method: "GET", url: `/api/calls/${callId}` })).json());
    expect(callForBeta).not.toContain(offerA);
    expect(callForBeta).not.toContain("Alfa");
  });

  it("closes the call with the choice and why, after which no offers are accepted", async () => {
    const noReason = await owner.request({
      method: "POST",
      url: `/api/calls/${callId}/close`,
      payload: { chosenOfferId: offerA, reason: "" },
    });
    expect(noReason.statusCode).toBe(400);
    expect(
      (
        await companyA.request({
          method: "POST",
          url: `/api/calls/${callId}/close`,
          payload: { chosenOfferId: offerA, reason: "Vi vinder" },
        })
      ).statusCode,
    ).toBe(403);
    const closed = await owner.request({
      method: "POST",
      url: `/api/calls/${callId}/close`,
      payload: { chosenOfferId: offerA, reason: "Bedst til natlig uro; laveste pris" },
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: "closed", chosenOfferId: offerA });
    const late = await companyB.request({
      method: "POST",
      url: `/api/calls/${callId}/offers`,
      payload: { solutionText: "For sent" },
    });
    expect(late.statusCode).toBe(409);
    const audit = await test.db.selectFrom("audit_log").select("action").where("entity", "=", "open_call").execute();
    expect(audit.map((row) => row.action)).toEqual(["publish", "close"]);
  });

  it("refuses an offer after the deadline", async () => {
    const need = await buildNeed(test.db, {
      ownerOrganisationId: (
        await test.db
          .selectFrom("organisations")
          .select("id")
          .where("name", "=", "Plejehjemmet Solbakken")
          .executeTakeFirstOrThrow()
      ).id,
    });
    const call = (
      await agent.request({ method: "POST", url: `/api/needs/${need}/calls`, payload: { deadline: inDays(1) } })
    ).json();
    await test.db
      .updateTable("open_calls")
      .set({ deadline: new Date(Date.now() - 1000) })
      .where("id", "=", call.id)
      .execute();
    const response = await companyA.request({
      method: "POST",
      url: `/api/calls/${call.id}/offers`,
      payload: { solutionText: "Lige efter fristen" },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().fields.deadline).toBe("Fristen for tilbud er overskredet");
  });
});

describe("the call record", () => {
  it("filters calls by need and shows managers the choice and reason of a closed call", async () => {
    const list = await anonymous(test.app).request({ method: "GET", url: `/api/calls?status=all&needId=${needId}` });
    expect(list.json().items.map((item: { id: string }) => item.id)).toEqual([callId]);
    const managed = (await owner.request({ method: "GET", url: `/api/calls/${callId}` })).json();
    expect(managed).toMatchObject({
      status: "closed",
      chosenOfferId: offerA,
      closingReason: "Bedst til natlig uro; laveste pris",
    });
    const publicView = (await anonymous(test.app).request({ method: "GET", url: `/api/calls/${callId}` })).json();
    expect(publicView).not.toHaveProperty("closingReason");
  });
});
