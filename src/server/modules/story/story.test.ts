import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrganisationStory } from "../../../domain/organisation-story-views.js";
import { buildNeed } from "../../test-support/factories.js";
import type { Client } from "../../test-support/harness.js";
import {
  createBusinessCaseWorld,
  createSecretCase,
  type BusinessCaseWorld,
} from "../../test-support/worlds/business-cases.js";

let cast: BusinessCaseWorld;
let unitNeedId: string;
let municipalityNeedId: string;
let callId: string;
let processId: string;
const CASE_TITLE = "Fortrolig loftlift-case";

async function created(client: Client, url: string, payload: object): Promise<string> {
  const response = await client.request({ method: "POST", url, payload });
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json<{ id: string }>().id;
}

async function story(client: Client, organisationId: string): Promise<OrganisationStory> {
  const response = await client.request({ method: "GET", url: `/api/organisations/${organisationId}/story` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<OrganisationStory>();
}

const titles = (section: { items: { title: string }[] } | null) => section?.items.map((item) => item.title) ?? null;

beforeAll(async () => {
  cast = await createBusinessCaseWorld();
  const { db } = cast.test;
  unitNeedId = await buildNeed(db, {
    ownerOrganisationId: cast.publicOrganisationId,
    title: "Tunge forflytninger om natten",
    status: "qualified",
  });
  municipalityNeedId = await buildNeed(db, { ownerOrganisationId: cast.municipalityId, title: "Færre nøgler" });
  await createSecretCase(cast, CASE_TITLE);
  callId = await created(cast.agent, `/api/needs/${unitNeedId}/calls`, {
    title: "Opslag: loftlifte til natten",
    deadline: new Date(Date.now() + 14 * 86_400_000).toISOString(),
  });
  for (const [client, text] of [
    [cast.companyMember, "LøfteLets løsning med skinner"],
    [cast.competitor, "Konkurrentens hemmelige løsning"],
  ] as const) {
    const response = await client.request({
      method: "POST",
      url: `/api/calls/${callId}/offers`,
      payload: { solutionText: text, priceIndication: "100.000 kr." },
    });
    expect(response.statusCode, response.body).toBeLessThan(300);
  }
  processId = await created(cast.agent, "/api/processes", {
    title: "Loftlifte i Syd",
    kind: "individual",
    needIds: [unitNeedId],
    participants: [
      { organisationId: cast.publicOrganisationId, role: "need_owner" },
      { organisationId: cast.companyOrganisationId, role: "developer" },
    ],
  });
  const seminar = await db
    .insertInto("seminars")
    .values({
      title: "Velfærdsteknologi i praksis",
      starts_at: new Date("2026-10-01T08:00:00Z"),
      ends_at: new Date("2026-10-01T12:00:00Z"),
      registration_opens_at: new Date("2026-09-01T08:00:00Z"),
      registration_closes_at: new Date("2026-09-30T08:00:00Z"),
      capacities: JSON.stringify({ public: { capacity: 20, reserved: 0 } }),
      status: "held",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("seminar_registrations")
    .values([
      {
        seminar_id: seminar.id,
        name: "Anna",
        email: "anna@aarhus.example",
        side: "public",
        organisation_id: cast.publicOrganisationId,
        status: "attended",
        consent_to_list: false,
      },
      {
        seminar_id: seminar.id,
        name: "Lars",
        email: "lars@loeftelet.example",
        side: "company",
        organisation_id: cast.companyOrganisationId,
        status: "attended",
        consent_to_list: true,
      },
    ])
    .execute();
});
afterAll(async () => {
  await cast.test.close();
});

describe("the organisation page's story", () => {
  it("tells an agent a municipality's whole story: its and its units' needs, processes, cases, offers…", async () => {
    const told = await story(cast.agent, cast.municipalityId);
    expect(titles(told.needs)?.sort()).toEqual(["Færre nøgler", "Tunge forflytninger om natten"]);
    expect(told.needs?.items.find((item) => item.id === unitNeedId)).toMatchObject({
      href: `/behov/${unitNeedId}`,
      // Starting the process moved the need on.
      status: "in_process",
      detail: "Hjemmeplejen Aarhus Syd",
    });
    expect(told.assessments).toEqual({ items: [], total: 0, isPartial: false });
    expect(told.processes.items).toEqual([
      expect.objectContaining({ id: processId, href: `/forloeb/${processId}`, status: "active" }),
    ]);
    expect(titles(told.businessCases)).toEqual([CASE_TITLE]);
    expect(told.offers.items.map((item) => item.detail).sort()).toEqual(["Konkurrent Løft A/S", "LøfteLet ApS"]);
    expect(told.seminars.items).toEqual([
      expect.objectContaining({ title: "Velfærdsteknologi i praksis", status: "held", count: 1 }),
    ]);
    expect(told.fittingNeeds).toBeNull();
    expect(told.fittingCalls).toBeNull();
  });

  it("tells a municipality's own member everything about it", async () => {
    const told = await story(cast.municipalityMember, cast.municipalityId);
    expect(told.needs?.total).toBe(2);
    expect(told.needs?.isPartial).toBe(false);
    expect(told.offers.total).toBe(2);
    expect(titles(told.businessCases)).toEqual([CASE_TITLE]);
  });

  it("tells another municipality's member only what they may see: no needs, no offers, no cases", async () => {
    const told = await story(cast.otherPublic, cast.municipalityId);
    expect(told.needs).toEqual({ items: [], total: 0, isPartial: true });
    expect(told.offers.items).toEqual([]);
    expect(told.businessCases.items).toEqual([]);
    expect(told.processes.items).toEqual([]);
    // Nobody from the unit agreed to the public participant list.
    expect(told.seminars.items).toEqual([]);
  });

  it("shows a company its own offer on the municipality's page, never the competitor's", async () => {
    const response = await cast.companyMember.request({
      method: "GET",
      url: `/api/organisations/${cast.municipalityId}/story`,
    });
    const told = response.json<OrganisationStory>();
    expect(told.offers.items.map((item) => item.detail)).toEqual(["LøfteLet ApS"]);
    expect(told.needs?.items).toEqual([]);
    expect(response.body).not.toContain("Konkurrent");
  });

  it("tells a company its own story with the calls that fit it, and the agent the fitting needs too", async () => {
    const own = await story(cast.companyMember, cast.companyOrganisationId);
    expect(own.needs).toBeNull();
    expect(own.assessments).toBeNull();
    expect(own.offers.items).toEqual([
      expect.objectContaining({ title: "Opslag: loftlifte til natten", detail: "Hjemmeplejen Aarhus Syd" }),
    ]);
    expect(titles(own.businessCases)).toEqual([CASE_TITLE]);
    expect(titles(own.processes)).toEqual(["Loftlifte i Syd"]);
    expect(own.seminars.items).toEqual([expect.objectContaining({ count: 1 })]);
    expect(own.fittingCalls).not.toBeNull();
    expect(own.fittingNeeds).toBeNull();

    const byAgent = await story(cast.agent, cast.companyOrganisationId);
    expect(byAgent.fittingNeeds).not.toBeNull();
    expect(byAgent.fittingCalls).not.toBeNull();
  });

  it("never shows a competitor a company's offers, confidential business cases or fitting calls", async () => {
    const response = await cast.competitor.request({
      method: "GET",
      url: `/api/organisations/${cast.companyOrganisationId}/story`,
    });
    expect(response.statusCode).toBe(200);
    const told = response.json<OrganisationStory>();
    expect(told.offers).toEqual({ items: [], total: 0, isPartial: true });
    expect(told.businessCases).toEqual({ items: [], total: 0, isPartial: true });
    expect(told.processes.items).toEqual([]);
    expect(told.fittingCalls).toBeNull();
    expect(told.fittingNeeds).toBeNull();
    expect(response.body).not.toContain(CASE_TITLE);
    expect(response.body).not.toContain("LøfteLets løsning");
    // Lars agreed to be on the public participant list: the seminar is public knowledge, the head count is not.
    expect(told.seminars.items).toEqual([expect.objectContaining({ title: "Velfærdsteknologi i praksis" })]);
    expect(told.seminars.items[0].count).toBeUndefined();
  });

  it("answers 404 for an organisation that does not exist", async () => {
    const response = await cast.agent.request({
      method: "GET",
      url: "/api/organisations/00000000-0000-4000-8000-000000000000/story",
    });
    expect(response.statusCode).toBe(404);
  });
});
