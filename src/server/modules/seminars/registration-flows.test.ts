import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../../config.js";
import type { Clock } from "../../platform/clock.js";
import { runJobInSlot } from "../../platform/jobs.js";
import type { ModuleDeps } from "../../platform/module.js";
import { buildOrganisation } from "../../test-support/factories.js";
import {
  anonymous,
  createTestApp,
  createUser,
  login,
  signIn,
  type Client,
  type TestApp,
} from "../../test-support/harness.js";
import { createMailer } from "../mail/mail.service.js";
import { createNotifier } from "../notifications/notifications.service.js";
import { seminarsModule } from "./seminars.module.js";

/** The seminar flows around the personal link and the jobs, on a clock the test moves (never sleeps). */
let now = new Date();
const clock: Clock = { now: () => now };
const HOUR = 3_600_000;
const hours = (n: number) => new Date(now.getTime() + n * HOUR).toISOString();
const advance = (n: number) => {
  now = new Date(now.getTime() + n * HOUR);
};

let test: TestApp;
let agent: Client;

async function publishedSeminar(title: string, publicPlaces: number, startsIn = 96): Promise<string> {
  const side = (capacity: number) => ({ capacity, reserved: 0 });
  const created = await agent.request({
    method: "POST",
    url: "/api/seminars",
    payload: {
      title,
      placeAddress: "Rådhuset",
      startsAt: hours(startsIn),
      endsAt: hours(startsIn + 3),
      registrationOpensAt: hours(-1),
      registrationClosesAt: hours(startsIn - 1),
      capacities: { public: side(publicPlaces), company: side(5), knowledge: side(5), other: side(5) },
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json<{ id: string }>().id;
  await agent.request({ method: "POST", url: `/api/seminars/${id}/status`, payload: { status: "published" } });
  return id;
}

const register = (id: string, email: string, side = "public") =>
  anonymous(test.app).request({
    method: "POST",
    url: `/api/seminars/${id}/registrations`,
    payload: { name: email, email, side },
  });
const onLink = (token: string, action: "confirm" | "accept" | "cancel") =>
  anonymous(test.app).request({ method: "POST", url: `/api/seminar-registrations/${token}/${action}` });

const mailsTo = (email: string) =>
  test.db
    .selectFrom("outbox")
    .select(["subject", "body_text"])
    .where("recipient", "=", email)
    .orderBy("created_at")
    .execute();

/** The personal link in the latest mail to `email` whose subject starts so. */
async function linkIn(email: string, subjectStart: string): Promise<string> {
  const mail = (await mailsTo(email)).filter((row) => row.subject.startsWith(subjectStart)).at(-1);
  expect(mail, `a mail «${subjectStart}…» to ${email}`).toBeDefined();
  return /\/seminarer\/tilmelding\/([A-Za-z0-9_-]+)/.exec(mail!.body_text)![1];
}

async function statusOf(id: string, email: string): Promise<string | undefined> {
  const items = (await agent.request({ method: "GET", url: `/api/seminars/${id}/registrations` })).json<{
    items: { email: string; status: string }[];
  }>().items;
  return items.find((item) => item.email === email)?.status;
}

function deps(): ModuleDeps {
  const config = { ...readConfig({ NODE_ENV: "test", DEMO_DATA: "false" }), publicUrl: "http://samspil.test" };
  const mailer = createMailer({ smtpUrl: "", from: config.mailFrom });
  return {
    db: test.db,
    config,
    mailer,
    notifier: createNotifier(mailer, config.publicUrl),
    clock,
    engine: test.database.kind,
  };
}
const job = (name: string) => seminarsModule.jobs!.find((item) => item.name === name)!;

beforeAll(async () => {
  test = await createTestApp({ clock });
  agent = await signIn(test, "agent");
});
afterAll(async () => {
  await test.close();
});

describe("the confirmation link", () => {
  it("confirms once; a second use is 409; after the seminar it is 410; an unknown link 404", async () => {
    const id = await publishedSeminar("Bekræftelse", 5, 24);
    expect((await register(id, "conf@test.example")).statusCode).toBe(201);
    const token = await linkIn("conf@test.example", "Bekræft din tilmelding");
    const shown = await anonymous(test.app).request({ method: "GET", url: `/api/seminar-registrations/${token}` });
    expect(shown.json()).toMatchObject({ confirmed: false, status: "registered" });

    const first = await onLink(token, "confirm");
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ confirmed: true });
    const again = await onLink(token, "confirm");
    expect(again.statusCode).toBe(409);
    expect(again.json().fields).toEqual({ token: "Tilmeldingen er allerede bekræftet; linket kan ikke bruges igen" });

    expect((await register(id, "late@test.example")).statusCode).toBe(201);
    const late = await linkIn("late@test.example", "Bekræft din tilmelding");
    advance(28);
    const expired = await onLink(late, "confirm");
    expect(expired.statusCode).toBe(410);
    expect(expired.json()).toMatchObject({ error: "link_expired", fields: { token: expect.any(String) } });
    expect((await onLink("u".repeat(40), "confirm")).statusCode).toBe(404);
  });
});

describe("the wait list and the claim window", () => {
  it("an offer accepted within the window gives the place", async () => {
    const id = await publishedSeminar("Inden for fristen", 1);
    await register(id, "holder1@test.example");
    expect((await register(id, "waiting1@test.example")).json()).toMatchObject({
      status: "waitlisted",
      waitlistPosition: 1,
    });
    await onLink(await linkIn("holder1@test.example", "Bekræft"), "cancel");
    const offer = await linkIn("waiting1@test.example", "Der er en plads til dig");
    advance(23);
    const accepted = await onLink(offer, "accept");
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: "registered", offerExpiresAt: null });
    expect((await mailsTo("waiting1@test.example")).at(-1)?.subject).toBe("Du er tilmeldt: Inden for fristen");
  });

  it("the list's places left follow every change, as the seminar's own page counts them", async () => {
    const id = await publishedSeminar("Pladser i listen", 2);
    type Places = { side: string; left: number }[];
    const placesInList = async () =>
      (await anonymous(test.app).request({ method: "GET", url: "/api/seminars" }))
        .json<{ items: { id: string; places: Places }[] }>()
        .items.find((item) => item.id === id)!.places;
    const placesOnPage = async () =>
      (await anonymous(test.app).request({ method: "GET", url: `/api/seminars/${id}` })).json<{ places: Places }>()
        .places;
    const publicLeft = async () => {
      const [list, page] = [await placesInList(), await placesOnPage()];
      expect(list).toEqual(page);
      return list.find((entry) => entry.side === "public")!.left;
    };
    expect(await publicLeft()).toBe(2);
    await register(id, "count1@test.example");
    await register(id, "count2@test.example");
    await register(id, "count3@test.example");
    expect(await publicLeft()).toBe(0);
    await register(id, "count4@test.example", "company");
    expect((await placesInList()).find((entry) => entry.side === "company")!.left).toBe(4);
    await onLink(await linkIn("count1@test.example", "Bekræft"), "cancel");
    expect(await statusOf(id, "count3@test.example")).toBe("offered");
    expect(await publicLeft()).toBe(0);
    await onLink(await linkIn("count2@test.example", "Bekræft"), "cancel");
    expect(await publicLeft()).toBe(1);
    await onLink(await linkIn("count3@test.example", "Der er en plads til dig"), "accept");
    expect(await publicLeft()).toBe(1);
  });

  it("an offer accepted after the window is 410, and the place goes to the next", async () => {
    const id = await publishedSeminar("Efter fristen", 1);
    await register(id, "holder2@test.example");
    await register(id, "waiting2a@test.example");
    await register(id, "waiting2b@test.example");
    await onLink(await linkIn("holder2@test.example", "Bekræft"), "cancel");
    const offer = await linkIn("waiting2a@test.example", "Der er en plads til dig");
    advance(24);
    const refused = await onLink(offer, "accept");
    expect(refused.statusCode).toBe(410);
    expect(refused.json().fields).toHaveProperty("offerExpiresAt");
    expect(await statusOf(id, "waiting2a@test.example")).toBe("cancelled");
    expect(await statusOf(id, "waiting2b@test.example")).toBe("offered");
  });

  it("the claim-expiry job moves a lapsed offer on, once across two instances", async () => {
    const id = await publishedSeminar("Udløbne tilbud", 1);
    await register(id, "holder3@test.example");
    await register(id, "waiting3a@test.example");
    await register(id, "waiting3b@test.example");
    await onLink(await linkIn("holder3@test.example", "Bekræft"), "cancel");
    advance(23);
    await runJobInSlot(job("seminar-claim-expiry"), deps(), now, "instance-a");
    expect(await statusOf(id, "waiting3a@test.example")).toBe("offered");

    advance(1);
    const outcomes = await Promise.all([
      runJobInSlot(job("seminar-claim-expiry"), deps(), now, "instance-a"),
      runJobInSlot(job("seminar-claim-expiry"), deps(), now, "instance-b"),
    ]);
    expect(outcomes.filter((outcome) => outcome.ran)).toHaveLength(1);
    expect(await statusOf(id, "waiting3a@test.example")).toBe("cancelled");
    expect(await statusOf(id, "waiting3b@test.example")).toBe("offered");
    expect((await mailsTo("waiting3b@test.example")).map((mail) => mail.subject)).toContain(
      "Der er en plads til dig: Udløbne tilbud",
    );
  });
});

describe("the reminder job", () => {
  it("reminds each registered person once, not the wait list, whichever instance runs", async () => {
    const id = await publishedSeminar("Påmindelser", 1, 48);
    await register(id, "remind@test.example");
    await register(id, "remind-wait@test.example");
    advance(23);
    await runJobInSlot(job("seminar-reminders"), deps(), now, "instance-a");
    expect((await mailsTo("remind@test.example")).filter((mail) => mail.subject.startsWith("Påmindelse"))).toHaveLength(
      0,
    );

    advance(2);
    await Promise.all([
      runJobInSlot(job("seminar-reminders"), deps(), now, "instance-a"),
      runJobInSlot(job("seminar-reminders"), deps(), now, "instance-b"),
    ]);
    advance(1);
    await runJobInSlot(job("seminar-reminders"), deps(), now, "instance-b");
    const reminders = (await mailsTo("remind@test.example")).filter((mail) => mail.subject.startsWith("Påmindelse"));
    expect(reminders.map((mail) => mail.subject)).toEqual(["Påmindelse: Påmindelser"]);
    expect((await mailsTo("remind-wait@test.example")).some((mail) => mail.subject.startsWith("Påmindelse"))).toBe(
      false,
    );
  });
});

describe("the export of registrations", () => {
  const DANISH = [
    "Navn",
    "E-mail",
    "Organisation",
    "Side",
    "Status",
    "Venteliste nr.",
    "Bekræftet",
    "Vil stå på deltagerlisten",
    "Walk-in",
    "Mødt kl.",
    "Tilmeldt",
  ];

  it("CSV and XLSX have the same columns, a row per registration, formulas neutralised", async () => {
    const id = await publishedSeminar("Eksport", 1);
    await register(id, "eks1@test.example");
    await anonymous(test.app).request({
      method: "POST",
      url: `/api/seminars/${id}/registrations`,
      payload: { name: "=HYPERLINK(1)", email: "eks2@test.example", side: "public", organisationName: "Vitalis" },
    });
    const csv = await agent.request({ method: "GET", url: `/api/seminars/${id}/registrations/export?format=csv` });
    expect(csv.headers["content-type"]).toContain("text/csv");
    const lines = csv.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(DANISH.map((cell) => `"${cell}"`).join(";"));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(
      /^"'=HYPERLINK\(1\)";"eks2@test.example";"Vitalis";"Offentlig";"Venteliste";"1";"Nej";"Nej";"Nej";"";/,
    );

    const english = await agent.request({
      method: "GET",
      url: `/api/seminars/${id}/registrations/export?format=xlsx`,
      headers: { "accept-language": "en" },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(english.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe("Registrations");
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      "Name",
      "E-mail",
      "Organisation",
      "Side",
      "Status",
      "Wait-list no.",
      "Confirmed",
      "Listed publicly",
      "Walk-in",
      "Checked in",
      "Registered",
    ]);
    expect(sheet.rowCount).toBe(3);
  });
});

describe("«Mine data»", () => {
  it("a member's registrations are in their export; erasure keeps the place's count but not the person", async () => {
    const organisationId = await buildOrganisation(test.db, { kind: "municipality", name: "Vejle Kommune" });
    const user = await createUser(test.db, { role: "member", organisationId, email: "mine@test.example" });
    const member = await login(test.app, user.email);
    const id = await publishedSeminar("Mine data", 5);
    const registered = await member.request({ method: "POST", url: `/api/seminars/${id}/registrations`, payload: {} });
    expect(registered.json()).toMatchObject({ status: "registered" });
    const token = await linkIn(user.email, "Bekræft din tilmelding");

    const exported = (await member.request({ method: "GET", url: "/api/me/export" })).json<{
      seminarRegistrations: unknown[];
    }>();
    expect(exported.seminarRegistrations).toEqual([
      expect.objectContaining({
        seminarTitle: "Mine data",
        email: user.email,
        side: "public",
        organisationName: "Vejle Kommune",
        status: "registered",
      }),
    ]);

    const admin = await signIn(test, "admin");
    expect((await admin.request({ method: "DELETE", url: `/api/users/${user.id}` })).statusCode).toBe(200);
    const rows = (await agent.request({ method: "GET", url: `/api/seminars/${id}/registrations` })).json<{
      items: { name: string; email: string; side: string; status: string }[];
    }>().items;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ email: "", side: "public", status: "registered" });
    expect(rows[0].name).not.toContain("Test member");
    expect(
      (await anonymous(test.app).request({ method: "GET", url: `/api/seminar-registrations/${token}` })).statusCode,
    ).toBe(404);
  });
});
