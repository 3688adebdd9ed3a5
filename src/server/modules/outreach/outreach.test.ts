import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OutreachContact } from "../../../domain/outreach/views.js";
import { createMailer } from "../mail/mail.service.js";
import { createNotifier } from "../notifications/notifications.service.js";
import { createSettableClock } from "../../test-support/clock.js";
import { buildOrganisation } from "../../test-support/factories.js";
import { createTestApp, signIn, type Client, type TestApp } from "../../test-support/harness.js";
import { outreachModule } from "./outreach.module.js";
import { sendFollowUpReminders } from "./outreach.service.js";

// Noon in Copenhagen on 8 December 2026: «today» is 2026-12-08 whatever the machine's time zone.
const clock = createSettableClock(new Date("2026-12-08T11:00:00Z"));
let test: TestApp;
let agent: Client;
let otherAgent: Client;
let manager: Client;
let municipality: string;
let unit: string;
let company: string;

const log = (client: Client, body: Record<string, unknown>) =>
  client.request({ method: "POST", url: "/api/outreach", payload: body });

beforeAll(async () => {
  test = await createTestApp({ clock });
  agent = await signIn(test, "agent");
  otherAgent = await signIn(test, "agent");
  manager = await signIn(test, "admin");
  municipality = await buildOrganisation(test.db, {
    kind: "municipality",
    name: "Vejle Kommune",
    municipalityCode: "0630",
  });
  unit = await buildOrganisation(test.db, { kind: "public_unit", name: "Hjemmeplejen Vest", parentId: municipality });
  company = await buildOrganisation(test.db, { name: "Sensorik ApS" });
});
afterAll(async () => {
  await test.close();
});

describe("logging contacts", () => {
  it("logs a visit with several organisations and answers it with names and the follow-up", async () => {
    const response = await log(agent, {
      occurredOn: "2026-12-08",
      kind: "visit",
      organisationIds: [unit, company, unit],
      participants: "Lene (leder), Jonas",
      notes: "Drøftede natlig uro",
      followUpOn: "2026-12-09",
    });
    expect(response.statusCode).toBe(201);
    const contact = response.json<OutreachContact>();
    expect(contact.organisations.map((organisation) => organisation.name)).toEqual([
      "Hjemmeplejen Vest",
      "Sensorik ApS",
    ]);
    expect(contact).toMatchObject({ followUpOn: "2026-12-09", followUpDue: false, followUpDone: false });
  });

  it.each([
    {
      name: "a visit dated in the future beyond its follow-up",
      body: { occurredOn: "2027-01-10", followUpOn: "2026-12-20" },
      fields: ["occurredOn", "followUpOn"],
    },
    { name: "a visit dated tomorrow", body: { occurredOn: "2026-12-09" }, fields: ["occurredOn"] },
    {
      name: "a follow-up before the contact",
      body: { occurredOn: "2026-12-01", followUpOn: "2026-11-30" },
      fields: ["followUpOn"],
    },
    { name: "no organisation", body: { occurredOn: "2026-12-01", organisationIds: [] }, fields: ["organisationIds"] },
    {
      name: "an organisation that is not in the registry",
      body: { occurredOn: "2026-12-01", organisationIds: ["00000000-0000-4000-8000-000000000000"] },
      fields: ["organisationIds"],
    },
    { name: "an unknown kind", body: { occurredOn: "2026-12-01", kind: "lunch" }, fields: ["kind"] },
    { name: "a date that is no date", body: { occurredOn: "8/12/2026" }, fields: ["occurredOn"] },
  ])("refuses $name with 400 naming the field", async ({ body, fields }) => {
    const response = await log(agent, { kind: "visit", organisationIds: [unit], ...body });
    expect(response.statusCode).toBe(400);
    const answer = response.json<{ fields: Record<string, string> }>();
    expect(Object.keys(answer.fields).sort()).toEqual([...fields].sort());
    expect(Object.values(answer.fields).every((message) => message.length > 0)).toBe(true);
  });

  it("writes the message in the reader's language", async () => {
    const response = await agent.request({
      method: "POST",
      url: "/api/outreach",
      headers: { "accept-language": "en" },
      payload: { occurredOn: "2026-12-01", kind: "call", organisationIds: [unit], followUpOn: "2026-11-01" },
    });
    expect(response.json<{ fields: Record<string, string> }>().fields.followUpOn).toBe(
      "The follow-up cannot be before the contact",
    );
  });
});

describe("lists and follow-ups", () => {
  let contactId: string;

  beforeAll(async () => {
    const response = await log(otherAgent, {
      occurredOn: "2026-11-20",
      kind: "meeting",
      organisationIds: [municipality],
      followUpOn: "2026-12-08",
    });
    contactId = response.json<OutreachContact>().id;
  });

  it("lists an organisation's contacts and an agent's own", async () => {
    const ofUnit = await manager.request({ method: "GET", url: `/api/outreach?organisationId=${unit}` });
    expect(ofUnit.json<{ items: OutreachContact[] }>().items).toHaveLength(1);
    const mine = await otherAgent.request({ method: "GET", url: "/api/outreach?mine=true" });
    expect(mine.json<{ items: OutreachContact[] }>().items.map((item) => item.id)).toEqual([contactId]);
  });

  it("shows a follow-up as due from its date, and not once it is done", async () => {
    const due = await otherAgent.request({ method: "GET", url: "/api/outreach?mine=true&due=true" });
    expect(due.json<{ items: OutreachContact[] }>().items.map((item) => item.followUpDue)).toEqual([true]);
    const done = await otherAgent.request({
      method: "PATCH",
      url: `/api/outreach/${contactId}`,
      payload: { followUpDone: true },
    });
    expect(done.json<OutreachContact>()).toMatchObject({ followUpDone: true, followUpDue: false });
    const after = await otherAgent.request({ method: "GET", url: "/api/outreach?mine=true&due=true" });
    expect(after.json<{ items: OutreachContact[] }>().items).toEqual([]);
  });

  it("lets only the agent who logged a contact (or the programme manager) change it", async () => {
    const refused = await agent.request({
      method: "PATCH",
      url: `/api/outreach/${contactId}`,
      payload: { notes: "x" },
    });
    expect(refused.statusCode).toBe(403);
    const allowed = await manager.request({
      method: "PATCH",
      url: `/api/outreach/${contactId}`,
      payload: { notes: "Aftalt nyt møde" },
    });
    expect(allowed.json<OutreachContact>().notes).toBe("Aftalt nyt møde");
  });

  it("refuses a change that moves the follow-up before the contact", async () => {
    const response = await otherAgent.request({
      method: "PATCH",
      url: `/api/outreach/${contactId}`,
      payload: { followUpOn: "2026-11-01" },
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json<{ fields: Record<string, string> }>().fields)).toEqual(["followUpOn"]);
  });
});

describe("follow-up reminders", () => {
  it("reminds the agent once when the follow-up comes due, however often the job runs", async () => {
    const reminded = await signIn(test, "agent");
    const notifier = createNotifier(createMailer({ from: "test@samspil.test" }), "http://samspil.test");
    await log(reminded, {
      occurredOn: "2026-12-08",
      kind: "call",
      organisationIds: [company],
      followUpOn: "2026-12-10",
    });

    const unread = async () =>
      (await reminded.request({ method: "GET", url: "/api/notifications" }))
        .json<{ items: { kind: string }[] }>()
        .items.filter((item) => item.kind === "outreach_follow_up").length;

    await sendFollowUpReminders(test.db, notifier, clock);
    expect(await unread()).toBe(0);

    const later = createSettableClock(new Date("2026-12-10T07:00:00Z"));
    await Promise.all([
      sendFollowUpReminders(test.db, notifier, later),
      sendFollowUpReminders(test.db, notifier, later),
    ]);
    await sendFollowUpReminders(test.db, notifier, later);
    expect(await unread()).toBe(1);
  });
});

describe("institutions visited", () => {
  it("counts each public organisation with a visit in the period once, and no company, meeting or call", async () => {
    const measure = outreachModule.measures?.find((item) => item.code === "institutions_visited");
    const rows = await measure?.evidence(test.db, { from: "2026-01-01", to: "2026-12-31" });
    expect(rows?.map((row) => [row.label, row.href, row.at])).toEqual([
      ["Hjemmeplejen Vest", `/organisationer/${unit}`, "2026-12-08"],
    ]);
    const outside = await measure?.evidence(test.db, { from: "2025-01-01", to: "2025-12-31" });
    expect(outside).toEqual([]);
  });
});
