import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HomePage } from "../../../domain/home/views.js";
import { buildNeed, buildOrganisation } from "../../test-support/factories.js";
import { anonymous, createTestApp, signIn, type Client, type TestApp } from "../../test-support/harness.js";

// A knowledge institution answers an open call as a company does, and its answer is as confidential.
let test: TestApp;
let agent: Client;
let owner: Client;
let company: Client;
let otherCompany: Client;
let institute: Client;
let otherInstitute: Client;
let instituteId: string;
let callId: string;
let instituteOffer: string;
let companyOffer: string;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

beforeAll(async () => {
  test = await createTestApp();
  agent = await signIn(test, "agent");
  const region = await buildOrganisation(test.db, { kind: "region", name: "Region Syddanmark" });
  owner = await signIn(test, "member", region);
  company = await signIn(test, "member", await buildOrganisation(test.db, { name: "Gamma Sensor ApS" }));
  otherCompany = await signIn(test, "member", await buildOrganisation(test.db, { name: "Delta Velfærd ApS" }));
  instituteId = await buildOrganisation(test.db, { kind: "knowledge_institution", name: "Teknologisk Forsøgscenter" });
  institute = await signIn(test, "member", instituteId);
  otherInstitute = await signIn(
    test,
    "member",
    await buildOrganisation(test.db, { kind: "knowledge_institution", name: "Syddansk Professionshøjskole" }),
  );
  const needId = await buildNeed(test.db, { ownerOrganisationId: region, title: "Evaluering af faldsensorer" });
  const published = await owner.request({
    method: "POST",
    url: `/api/needs/${needId}/calls`,
    payload: { deadline: inDays(10) },
  });
  expect(published.statusCode).toBe(201);
  callId = published.json().id;
});
afterAll(async () => {
  await test.close();
});

describe("a knowledge institution answers an open call", () => {
  it("lets its member answer once (a second answer replaces the first), like a company's", async () => {
    const first = await institute.request({
      method: "POST",
      url: `/api/calls/${callId}/offers`,
      payload: { solutionText: "Forsøgsdesign og effektmåling", priceIndication: "INSTITUT-PRIS-95.000" },
    });
    expect(first.statusCode).toBe(201);
    instituteOffer = first.json().id;
    expect(first.json()).toMatchObject({ companyName: "Teknologisk Forsøgscenter" });
    const changed = await institute.request({
      method: "POST",
      url: `/api/calls/${callId}/offers`,
      payload: { solutionText: "Forsøgsdesign, effektmåling og rapport", priceIndication: "INSTITUT-PRIS-90.000" },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().id).toBe(instituteOffer);
    const byCompany = await company.request({
      method: "POST",
      url: `/api/calls/${callId}/offers`,
      payload: { solutionText: "Gamma: sensorer på gulvet", priceIndication: "VIRKSOMHED-PRIS-40.000" },
    });
    expect(byCompany.statusCode).toBe(201);
    companyOffer = byCompany.json().id;
    const detail = (await institute.request({ method: "GET", url: `/api/calls/${callId}` })).json();
    expect(detail).toMatchObject({ myOfferId: instituteOffer, canManage: false });
    expect(detail).not.toHaveProperty("offerCount");
  });

  it("still refuses the call's owner and agents", async () => {
    for (const client of [owner, agent]) {
      const response = await client.request({
        method: "POST",
        url: `/api/calls/${callId}/offers`,
        payload: { solutionText: "x" },
      });
      expect(response.statusCode).toBe(403);
    }
  });

  it("shows the answer to the call's owner and agents, with the company's, in lists, counts and exports", async () => {
    for (const client of [owner, agent]) {
      const list = (await client.request({ method: "GET", url: `/api/calls/${callId}/offers` })).json();
      expect(list.items.map((item: { id: string }) => item.id).sort()).toEqual([instituteOffer, companyOffer].sort());
      expect((await client.request({ method: "GET", url: `/api/calls/${callId}` })).json().offerCount).toBe(2);
      const csv = (await client.request({ method: "GET", url: `/api/calls/${callId}/offers/export` })).body;
      expect(csv).toContain("Teknologisk Forsøgscenter");
      expect(csv).toContain("INSTITUT-PRIS-90.000");
      expect((await client.request({ method: "GET", url: `/api/offers/${instituteOffer}` })).statusCode).toBe(200);
    }
  });

  it("never shows it to a competing company or another knowledge institution, in lists or by id", async () => {
    for (const client of [company, otherCompany, otherInstitute]) {
      const list = await client.request({ method: "GET", url: `/api/calls/${callId}/offers` });
      expect(list.body).not.toContain("INSTITUT-PRIS");
      expect(list.body).not.toContain(instituteOffer);
      expect((await client.request({ method: "GET", url: `/api/offers/${instituteOffer}` })).statusCode).toBe(404);
      expect(
        (await client.request({ method: "GET", url: `/api/offers/${instituteOffer}/attachments` })).statusCode,
      ).toBe(404);
      expect((await client.request({ method: "GET", url: `/api/calls/${callId}/offers/export` })).statusCode).toBe(403);
      const call = (await client.request({ method: "GET", url: `/api/calls/${callId}` })).body;
      expect(call).not.toContain(instituteOffer);
      expect(call).not.toContain("Teknologisk");
      const dialogue = (await client.request({ method: "GET", url: `/api/calls/${callId}/dialogue` })).body;
      expect(dialogue).not.toContain("Teknologisk");
    }
    expect((await otherInstitute.request({ method: "GET", url: `/api/calls/${callId}/offers` })).json()).toEqual({
      items: [],
      total: 0,
    });
    // …and the institute sees its own answer only, not the company's.
    const own = await institute.request({ method: "GET", url: `/api/calls/${callId}/offers` });
    expect(own.json().items.map((item: { id: string }) => item.id)).toEqual([instituteOffer]);
    expect(own.body).not.toContain("VIRKSOMHED-PRIS");
    expect((await institute.request({ method: "GET", url: `/api/offers/${companyOffer}` })).statusCode).toBe(404);
    expect((await institute.request({ method: "GET", url: `/api/calls/${callId}/offers/export` })).statusCode).toBe(
      403,
    );
    expect(
      (await anonymous(test.app).request({ method: "GET", url: `/api/offers/${instituteOffer}` })).statusCode,
    ).toBe(401);
  });

  it("lets the owner hold the market dialogue with the institute, which an answer to all reaches", async () => {
    const toInstitute = await owner.request({
      method: "POST",
      url: `/api/calls/${callId}/dialogue`,
      payload: { companyId: instituteId, kind: "answer", summary: "Kun til instituttet: rapporten skal på dansk" },
    });
    expect(toInstitute.statusCode).toBe(201);
    const toAll = await owner.request({
      method: "POST",
      url: `/api/calls/${callId}/dialogue`,
      payload: { kind: "answer", summary: "Svar til alle: afprøvningen varer tre måneder" },
    });
    expect(toAll.statusCode).toBe(201);
    const seen = (await institute.request({ method: "GET", url: `/api/calls/${callId}/dialogue` })).body;
    expect(seen).toContain("Kun til instituttet");
    expect(seen).toContain("Svar til alle");
    for (const client of [company, otherInstitute]) {
      const other = (await client.request({ method: "GET", url: `/api/calls/${callId}/dialogue` })).body;
      expect(other).not.toContain("Kun til instituttet");
    }
    // The equal-treatment record names every bidder as a recipient of the answer to all.
    const recipients = await test.db
      .selectFrom("disclosure_recipients as r")
      .innerJoin("disclosures as d", "d.id", "r.disclosure_id")
      .innerJoin("organisations as o", "o.id", "r.organisation_id")
      .select("o.name")
      .where("d.description", "=", "Svar til alle: afprøvningen varer tre måneder")
      .orderBy("o.name")
      .execute();
    expect(recipients.map((row) => row.name)).toEqual(["Gamma Sensor ApS", "Teknologisk Forsøgscenter"]);
  });

  it("tells each bidder on its home page where its answer stands once the call is closed", async () => {
    const closed = await owner.request({
      method: "POST",
      url: `/api/calls/${callId}/close`,
      payload: { chosenOfferId: instituteOffer, reason: "Instituttets evaluering passer til afprøvningen" },
    });
    expect(closed.statusCode).toBe(200);
    const offersOn = async (client: Client) => {
      const page = (await client.request({ method: "GET", url: "/api/me/home" })).json<HomePage>();
      return page.sections.find((section) => section.key === "ownOffers")?.items;
    };
    expect(await offersOn(institute)).toMatchObject([
      { id: instituteOffer, title: "Evaluering af faldsensorer", href: `/opslag/${callId}`, status: "chosen" },
    ]);
    expect(await offersOn(company)).toMatchObject([{ id: companyOffer, status: "not_chosen" }]);
    expect(await offersOn(otherInstitute)).toEqual([]);
  });
});
