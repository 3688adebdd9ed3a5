import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HomePage, HomeSectionKey } from "../../../domain/home/views.js";
import { todayIn } from "../../platform/clock.js";
import { createSettableClock } from "../../test-support/clock.js";
import { buildCompetence, buildNeed, buildOrganisation } from "../../test-support/factories.js";
import { createTestApp, signIn, type Client, type TestApp } from "../../test-support/harness.js";

const clock = createSettableClock();
let test: TestApp;
let agent: Client;
let manager: Client;
let unitMember: Client;
let sensorMember: Client;
let bakerMember: Client;
let instituteMember: Client;
let fittingCallId: string;
let otherCallId: string;

const home = async (client: Client) => {
  const response = await client.request({ method: "GET", url: "/api/me/home" });
  expect(response.statusCode).toBe(200);
  return response.json<HomePage>();
};
const sectionOf = (page: HomePage, key: HomeSectionKey) => {
  const found = page.sections.find((section) => section.key === key);
  if (!found) {
    throw new Error(`no section ${key} on the ${page.audience} home page`);
  }
  return found;
};
const publishCall = async (client: Client, needId: string) => {
  const deadline = new Date(Date.now() + 14 * 86_400_000).toISOString();
  const response = await client.request({ method: "POST", url: `/api/needs/${needId}/calls`, payload: { deadline } });
  expect(response.statusCode).toBe(201);
  return response.json<{ id: string }>().id;
};

beforeAll(async () => {
  test = await createTestApp({ clock });
  const sensors = await buildCompetence(test.db, "sensorer-home", "Sensorer");
  const baking = await buildCompetence(test.db, "bageri-home", "Bageri");
  const municipality = await buildOrganisation(test.db, {
    kind: "municipality",
    name: "Horsens Kommune",
    municipalityCode: "0615",
  });
  const unit = await buildOrganisation(test.db, {
    kind: "public_unit",
    name: "Plejecenter Sund",
    parentId: municipality,
  });
  const sensorCompany = await buildOrganisation(test.db, {
    name: "Sensorik ApS",
    competenceIds: [sensors],
    careAreas: ["dementia"],
  });
  const baker = await buildOrganisation(test.db, { name: "Bageriet ApS", competenceIds: [baking] });
  const institute = await buildOrganisation(test.db, { kind: "knowledge_institution", name: "Sundhedsinstituttet" });
  agent = await signIn(test, "agent");
  manager = await signIn(test, "admin");
  unitMember = await signIn(test, "member", unit);
  sensorMember = await signIn(test, "member", sensorCompany);
  bakerMember = await signIn(test, "member", baker);
  instituteMember = await signIn(test, "member", institute);
  const fittingNeed = await buildNeed(test.db, {
    ownerOrganisationId: unit,
    title: "Natlig uro på demensafsnittet",
    description: "Vi søger sensorer, der varsler, når en beboer står op om natten.",
    careArea: "dementia",
    competenceIds: [sensors],
  });
  const otherNeed = await buildNeed(test.db, {
    ownerOrganisationId: unit,
    title: "Madlevering til indlagte patienter",
    description: "Varm mad leveret til afdelingerne.",
    careArea: "hospital",
  });
  fittingCallId = await publishCall(unitMember, fittingNeed);
  otherCallId = await publishCall(unitMember, otherNeed);
});
afterAll(async () => {
  await test.close();
});

describe("the agent's home page", () => {
  it("shows a follow-up logged today for tomorrow only from tomorrow", async () => {
    const today = todayIn(clock);
    const tomorrow = new Date(`${today}T12:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    const logged = await agent.request({
      method: "POST",
      url: "/api/outreach",
      payload: {
        occurredOn: today,
        kind: "visit",
        organisationIds: [(await home(unitMember)).organisation?.id],
        followUpOn: tomorrow.toISOString().slice(0, 10),
        notes: "Send oplæg om sensorer",
      },
    });
    expect(logged.statusCode).toBe(201);

    const before = await home(agent);
    expect(before.audience).toBe("agent");
    expect(sectionOf(before, "followUpsDue").items).toEqual([]);

    clock.advanceDays(1);
    const after = sectionOf(await home(agent), "followUpsDue");
    expect(after.items.map((item) => [item.title, item.detail])).toEqual([
      ["Plejecenter Sund", "Send oplæg om sensorer"],
    ]);
    expect(after.items[0]?.href).toMatch(/^\/kontaktlog\/[0-9a-f-]{36}$/);
    // Another agent's follow-ups are theirs.
    expect(sectionOf(await home(await signIn(test, "agent")), "followUpsDue").items).toEqual([]);
  });

  it("lists needs waiting for a partner", async () => {
    const page = await home(agent);
    expect(sectionOf(page, "needsWithoutPartners").items.map((item) => item.title)).toContain(
      "Natlig uro på demensafsnittet",
    );
  });

  it("puts a milestone due this week under gates and a task under tasks; a seminar coming below", async () => {
    const before = await home(agent);
    expect(sectionOf(before, "gatesDue").items).toEqual([]);
    expect(sectionOf(before, "tasksDue").items).toEqual([]);
    const unit = (await home(unitMember)).organisation?.id ?? "";
    const company = (await home(sensorMember)).organisation?.id ?? "";
    const needId = await buildNeed(test.db, {
      ownerOrganisationId: unit,
      title: "Sensorer om natten",
      description: "Varsling når en beboer står op.",
      careArea: "dementia",
    });
    const started = await agent.request({
      method: "POST",
      url: "/api/processes",
      payload: {
        title: "Natlige sensorer",
        kind: "individual",
        needIds: [needId],
        participants: [
          { organisationId: unit, role: "need_owner" },
          { organisationId: company, role: "developer" },
        ],
      },
    });
    expect(started.statusCode, started.body).toBe(201);
    const processId = started.json<{ id: string }>().id;
    const inThreeDays = new Date(`${todayIn(clock)}T12:00:00Z`);
    inThreeDays.setUTCDate(inThreeDays.getUTCDate() + 3);
    const dueOn = inThreeDays.toISOString().slice(0, 10);
    for (const payload of [
      { title: "Gate: partnerskab", kind: "milestone", dueOn },
      { title: "Send aftaleudkast", kind: "task", dueOn },
    ]) {
      const task = await agent.request({ method: "POST", url: `/api/processes/${processId}/tasks`, payload });
      expect(task.statusCode).toBe(201);
    }
    const seminar = await agent.request({
      method: "POST",
      url: "/api/seminars",
      payload: {
        title: "Sensorer i plejen",
        placeAddress: "Rådhuset",
        startsAt: inThreeDays.toISOString(),
        endsAt: new Date(inThreeDays.getTime() + 3 * 3_600_000).toISOString(),
        registrationOpensAt: new Date(clock.now().getTime() - 3_600_000).toISOString(),
        registrationClosesAt: new Date(inThreeDays.getTime() - 3_600_000).toISOString(),
        capacities: Object.fromEntries(
          ["public", "company", "knowledge", "other"].map((side) => [side, { capacity: 10, reserved: 0 }]),
        ),
      },
    });
    expect(seminar.statusCode, seminar.body).toBe(201);
    const seminarId = seminar.json<{ id: string }>().id;
    const draftPage = await home(agent);
    expect(sectionOf(draftPage, "seminarsComing").items).toEqual([]);
    const published = await agent.request({
      method: "POST",
      url: `/api/seminars/${seminarId}/status`,
      payload: { status: "published" },
    });
    expect(published.statusCode).toBe(200);

    const page = await home(agent);
    expect(sectionOf(page, "gatesDue").items.map((item) => [item.title, item.detail, item.date])).toEqual([
      ["Gate: partnerskab", "Natlige sensorer", dueOn],
    ]);
    expect(sectionOf(page, "tasksDue").items.map((item) => item.title)).toEqual(["Send aftaleudkast"]);
    expect(sectionOf(page, "seminarsComing").items.map((item) => [item.title, item.href])).toEqual([
      ["Sensorer i plejen", `/seminarer/${seminarId}`],
    ]);
    // The need owner's members see the same gate on their page.
    expect(sectionOf(await home(unitMember), "gatesDue").items.map((item) => item.title)).toEqual([
      "Gate: partnerskab",
    ]);
  });
});

describe("members' home pages", () => {
  it("gives a public unit its needs, open assessments and processes", async () => {
    const page = await home(unitMember);
    expect(page.audience).toBe("public_member");
    expect(page.organisation?.name).toBe("Plejecenter Sund");
    expect(page.sections.map((section) => section.key)).toEqual([
      "ownNeeds",
      "assessmentsOpen",
      "ownProcesses",
      "gatesDue",
      "tasksDue",
      "seminarsComing",
    ]);
    // Two needs from the set-up, one from the gates test above.
    expect(sectionOf(page, "ownNeeds").total).toBe(3);
  });

  it("gives a company the open calls that fit its profile, not the others (the reverse match)", async () => {
    const page = await home(sensorMember);
    expect(page.audience).toBe("company_member");
    const fitting = sectionOf(page, "fittingCalls");
    expect(fitting.items.map((item) => [item.id, item.detail])).toEqual([[fittingCallId, "Sensorer"]]);
    expect(fitting.items.map((item) => item.id)).not.toContain(otherCallId);
    expect(sectionOf(page, "ownOffers").items).toEqual([]);
  });

  it("gives a company with nothing in common an empty list rather than every call", async () => {
    const page = await home(bakerMember);
    expect(sectionOf(page, "fittingCalls").items).toEqual([]);
  });

  it("shows a company its offers", async () => {
    const offered = await sensorMember.request({
      method: "POST",
      url: `/api/calls/${fittingCallId}/offers`,
      payload: { solutionText: "Sengesensor med app", priceIndication: "40.000 kr." },
    });
    expect(offered.statusCode).toBe(201);
    const offers = sectionOf(await home(sensorMember), "ownOffers");
    expect(offers.items.map((item) => [item.title, item.href, item.status])).toEqual([
      ["Natlig uro på demensafsnittet", `/opslag/${fittingCallId}`, "open"],
    ]);
  });

  it("gives a knowledge institution fitting calls, its offers with where they stand, and its processes", async () => {
    const page = await home(instituteMember);
    expect(page.audience).toBe("knowledge_member");
    expect(page.sections.map((section) => section.key)).toEqual(["fittingCalls", "ownOffers", "ownProcesses"]);
    expect(sectionOf(page, "ownOffers").items).toEqual([]);
    const offered = await instituteMember.request({
      method: "POST",
      url: `/api/calls/${otherCallId}/offers`,
      payload: { solutionText: "Forsøgsdesign og evaluering", priceIndication: "efter aftale" },
    });
    expect(offered.statusCode).toBe(201);
    const open = sectionOf(await home(instituteMember), "ownOffers");
    expect(open.items.map((item) => [item.title, item.href, item.status])).toEqual([
      ["Madlevering til indlagte patienter", `/opslag/${otherCallId}`, "open"],
    ]);
    // The company's home lists only the company's own offer, never the institute's.
    const companyOffers = sectionOf(await home(sensorMember), "ownOffers");
    expect(companyOffers.items.map((item) => item.title)).toEqual(["Natlig uro på demensafsnittet"]);
  });

  it("lists the process a member's organisation is in, for the unit and the company, not for others", async () => {
    // «Natlige sensorer» was started above with the unit as need owner and the sensor company as developer.
    for (const client of [unitMember, sensorMember]) {
      const processes = sectionOf(await home(client), "ownProcesses");
      expect(processes.items.map((item) => item.title)).toEqual(["Natlige sensorer"]);
      expect(processes.items[0]?.detail).toContain("Sensorik ApS");
    }
    expect(sectionOf(await home(instituteMember), "ownProcesses").items).toEqual([]);
    expect(sectionOf(await home(bakerMember), "ownProcesses").items).toEqual([]);
  });

  it("shows a public unit's members the seminars coming", async () => {
    expect(sectionOf(await home(unitMember), "seminarsComing").items.map((item) => item.title)).toEqual([
      "Sensorer i plejen",
    ]);
  });
});

describe("the programme manager's home page", () => {
  it("is a short summary with links", async () => {
    const page = await home(manager);
    expect(page.audience).toBe("manager");
    expect(page.sections).toEqual([]);
    // Counted, not read: the figure is every active process (the summaries stop at 500).
    const active = await test.db
      .selectFrom("processes")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("status", "=", "active")
      .executeTakeFirstOrThrow();
    expect(Number(active.n)).toBeGreaterThan(0);
    expect(Object.fromEntries(page.figures.map((figure) => [figure.key, figure.value]))).toMatchObject({
      needsWithoutPartners: 2,
      activeProcesses: Number(active.n),
      openCalls: 2,
      followUpsDue: 1,
    });
    // Far below the default limit of the embedded database.
    expect(page.embeddedSize).toBeNull();
  });
});

describe("the embedded database's size notice", () => {
  const sizeClock = createSettableClock();
  let small: TestApp;
  let smallManager: Client;
  let smallAgent: Client;
  let smallMember: Client;

  beforeAll(async () => {
    small = await createTestApp({ clock: sizeClock, config: { embeddedOrganisationLimit: 3 } });
    const first = await buildOrganisation(small.db, { name: "Størrelse A ApS" });
    await buildOrganisation(small.db, { name: "Størrelse B ApS" });
    await buildOrganisation(small.db, { name: "Størrelse C ApS" });
    smallManager = await signIn(small, "admin");
    smallAgent = await signIn(small, "agent");
    smallMember = await signIn(small, "member", first);
  });
  afterAll(async () => {
    await small.close();
  });

  it("tells the manager on PGlite once the organisations pass the limit, counted at most every 5 minutes", async () => {
    // At the limit (3 organisations) the embedded database still serves well.
    expect((await home(smallManager)).embeddedSize).toBeNull();
    await buildOrganisation(small.db, { name: "Størrelse D ApS" });
    // Counted a moment ago: the fourth organisation is not counted yet.
    expect((await home(smallManager)).embeddedSize).toBeNull();
    sizeClock.set(new Date(sizeClock.now().getTime() + 5 * 60_000));
    const expected = small.database.kind === "pglite" ? { organisations: 4, limit: 3 } : null;
    expect((await home(smallManager)).embeddedSize).toEqual(expected);
  });

  it("is for the programme manager only", async () => {
    expect((await home(smallAgent)).embeddedSize).toBeNull();
    expect((await home(smallMember)).embeddedSize).toBeNull();
  });
});
