import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../../config.js";
import type { Clock } from "../../platform/clock.js";
import { runJobInSlot } from "../../platform/jobs.js";
import type { ModuleDeps } from "../../platform/module.js";
import { createMailer } from "../mail/mail.service.js";
import { createNotifier } from "../notifications/notifications.service.js";
import {
  anonymous,
  createTestApp,
  createUser,
  login,
  signIn,
  type Client,
  type TestApp,
} from "../../test-support/harness.js";
import { buildOrganisation } from "../../test-support/factories.js";
import { seminarsModule } from "./seminars.module.js";

/** The clock the app reads: tests move it instead of waiting. */
let now = new Date();
const clock: Clock = { now: () => now };
const HOUR = 3_600_000;
const hours = (n: number) => new Date(now.getTime() + n * HOUR).toISOString();

let test: TestApp;
let agent: Client;
let admin: Client;

const side = (capacity: number) => ({ capacity, reserved: 0 });

async function publishedSeminar(title: string): Promise<string> {
  const created = await agent.request({
    method: "POST",
    url: "/api/seminars",
    payload: {
      title,
      placeAddress: "Rådhuset",
      startsAt: hours(48),
      endsAt: hours(51),
      registrationOpensAt: hours(-24),
      registrationClosesAt: hours(47),
      capacities: { public: side(10), company: side(10), knowledge: side(5), other: side(5) },
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json<{ id: string }>().id;
  await agent.request({ method: "POST", url: `/api/seminars/${id}/status`, payload: { status: "published" } });
  return id;
}

const register = (id: string, payload: Record<string, unknown>) =>
  anonymous(test.app).request({ method: "POST", url: `/api/seminars/${id}/registrations`, payload });

const QUESTIONS = {
  questions: [
    {
      type: "single",
      da: "Hvilket spor vil du følge?",
      en: "Which track?",
      required: true,
      options: [{ da: "Teknologi" }, { da: "Organisation" }],
    },
    { type: "text", da: "Allergier eller andet, vi skal vide", required: false },
  ],
};

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

async function mailsTo(email: string) {
  return test.db
    .selectFrom("outbox")
    .select(["subject", "body_text"])
    .where("recipient", "=", email)
    .orderBy("created_at")
    .execute();
}

async function surveyToken(email: string, subjectStart: string): Promise<string> {
  const mail = (await mailsTo(email)).find((row) => row.subject.startsWith(subjectStart));
  expect(mail, `a mail «${subjectStart}…» to ${email}`).toBeDefined();
  return /\/seminarer\/evaluering\/([A-Za-z0-9_-]+)/.exec(mail!.body_text)![1];
}

beforeAll(async () => {
  test = await createTestApp({ clock });
  agent = await signIn(test, "agent");
  admin = await signIn(test, "admin");
});
afterAll(async () => {
  await test.close();
});

describe("registration questions", () => {
  let id: string;

  it("staff set them; the public form shows them in the reader's language", async () => {
    id = await publishedSeminar("Demens og teknologi");
    const none = await anonymous(test.app).request({ method: "GET", url: `/api/seminars/${id}/questions` });
    expect(none.json()).toMatchObject({ form: null, questions: [] });
    const saved = await agent.request({ method: "PUT", url: `/api/seminars/${id}/questions`, payload: QUESTIONS });
    expect(saved.statusCode).toBe(200);
    const english = await anonymous(test.app).request({
      method: "GET",
      url: `/api/seminars/${id}/questions`,
      headers: { "accept-language": "en" },
    });
    const form = english.json<{
      form: { sections: { questions: { key: string; text: string; required: boolean }[] }[] };
    }>().form;
    expect(form.sections[0].questions.map((question) => [question.key, question.text, question.required])).toEqual([
      ["q_1", "Which track?", true],
      ["q_2", "Allergier eller andet, vi skal vide", false],
    ]);
    const bad = await agent.request({
      method: "PUT",
      url: `/api/seminars/${id}/questions`,
      payload: { questions: [{ type: "single", da: "Kun én", options: [{ da: "A" }] }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toHaveProperty(["questions.0.options"]);
  });

  it("a registration's answers are checked (400 naming the field, nothing written) and stored", async () => {
    const missing = await register(id, {
      name: "Anne",
      email: "anne.q@test.example",
      side: "public",
      answers: { q_2: "Nødder" },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields).toEqual({ "answers.q_1": "Skal udfyldes" });
    const wrong = await register(id, {
      name: "Anne",
      email: "anne.q@test.example",
      side: "public",
      answers: { q_1: "o_7" },
    });
    expect(wrong.statusCode).toBe(400);
    expect(Object.keys(wrong.json().fields)).toEqual(["answers.q_1"]);
    const list = await agent.request({ method: "GET", url: `/api/seminars/${id}/registrations` });
    expect(list.json<{ items: unknown[] }>().items).toHaveLength(0);

    const ok = await register(id, {
      name: "Anne",
      email: "anne.q@test.example",
      side: "public",
      answers: { q_1: "o_2", q_2: " Nødder " },
    });
    expect(ok.statusCode).toBe(201);
  });

  it("the export has a column per question with the answers as text", async () => {
    await register(id, { name: "Bo", email: "bo.q@test.example", side: "company", answers: { q_1: "o_1" } });
    const csv = await agent.request({ method: "GET", url: `/api/seminars/${id}/registrations/export?format=csv` });
    const lines = csv.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toContain('"Hvilket spor vil du følge?";"Allergier eller andet, vi skal vide"');
    expect(lines.find((line) => line.startsWith('"Anne"'))).toMatch(/"Organisation";"Nødder"$/);
    expect(lines.find((line) => line.startsWith('"Bo"'))).toMatch(/"Teknologi";""$/);

    const xlsx = await agent.request({ method: "GET", url: `/api/seminars/${id}/registrations/export?format=xlsx` });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(-2)).toEqual(["Hvilket spor vil du følge?", "Allergier eller andet, vi skal vide"]);
    const anne = sheet.getRows(2, sheet.rowCount - 1)!.find((row) => row.getCell(1).value === "Anne")!;
    expect([anne.getCell(header.length - 1).value, anne.getCell(header.length).value]).toEqual([
      "Organisation",
      "Nødder",
    ]);
  });

  it("«Mine data» holds the answers; erasure deletes them", async () => {
    const organisationId = await buildOrganisation(test.db, { kind: "company" });
    const user = await createUser(test.db, { role: "member", organisationId, email: "cille.q@test.example" });
    const cille = await login(test.app, user.email);
    expect(
      (await register(id, { name: "Cille", email: user.email, side: "other", answers: { q_1: "o_1", q_2: "Gluten" } }))
        .statusCode,
    ).toBe(201);
    const exported = (await cille.request({ method: "GET", url: "/api/me/export" })).json<{
      seminarRegistrations: { seminarTitle: string; answers: Record<string, unknown> }[];
    }>();
    expect(exported.seminarRegistrations).toEqual([
      expect.objectContaining({ seminarTitle: "Demens og teknologi", answers: { q_1: "o_1", q_2: "Gluten" } }),
    ]);
    expect((await admin.request({ method: "DELETE", url: `/api/users/${user.id}` })).statusCode).toBe(200);
    const csv = await agent.request({ method: "GET", url: `/api/seminars/${id}/registrations/export?format=csv` });
    expect(csv.body).not.toContain("Gluten");
    expect(csv.body).not.toContain(user.email);
  });
});

describe("evaluation and follow-up", () => {
  let id: string;
  const attendees = ["eva1@test.example", "eva2@test.example"];

  it("an attendee checked in gets one evaluation mail when the seminar is held, on any instances", async () => {
    id = await publishedSeminar("Rengøring og hygiejne");
    for (const email of [...attendees, "noshow@test.example"]) {
      expect((await register(id, { name: email, email, side: "public" })).statusCode).toBe(201);
    }
    const rows = (await agent.request({ method: "GET", url: `/api/seminars/${id}/registrations` })).json<{
      items: { id: string; email: string }[];
    }>().items;
    for (const row of rows.filter((item) => attendees.includes(item.email))) {
      await agent.request({
        method: "POST",
        url: `/api/seminars/${id}/registrations/${row.id}/attendance`,
        payload: { present: true },
      });
    }
    // Not held yet, and not the day after: nothing.
    now = new Date(now.getTime() + 52 * HOUR);
    await runJobInSlot(job("seminar-evaluations"), deps(), now, "instance-a");
    expect(await mailsTo(attendees[0])).toHaveLength(1);

    await agent.request({ method: "POST", url: `/api/seminars/${id}/status`, payload: { status: "held" } });
    const later = new Date(now.getTime() + HOUR);
    const outcomes = await Promise.all([
      runJobInSlot(job("seminar-evaluations"), deps(), later, "instance-a"),
      runJobInSlot(job("seminar-evaluations"), deps(), later, "instance-b"),
    ]);
    expect(outcomes.filter((outcome) => outcome.ran)).toEqual([{ ran: true, result: 2 }]);
    // A later period finds everyone asked.
    await runJobInSlot(job("seminar-evaluations"), deps(), new Date(later.getTime() + HOUR), "instance-b");
    for (const email of attendees) {
      expect((await mailsTo(email)).map((mail) => mail.subject)).toEqual([
        "Bekræft din tilmelding: Rengøring og hygiejne",
        "Hvordan var «Rengøring og hygiejne»?",
      ]);
    }
    expect(await mailsTo("noshow@test.example")).toHaveLength(1);
  });

  it("the link is answered once, anonymously; the report shows the figures", async () => {
    const token = await surveyToken(attendees[0], "Hvordan var");
    const shown = await anonymous(test.app).request({ method: "GET", url: `/api/seminar-surveys/${token}` });
    expect(shown.json()).toMatchObject({
      kind: "evaluation",
      isAnswered: false,
      seminar: { title: "Rengøring og hygiejne" },
    });
    const invalid = await anonymous(test.app).request({
      method: "POST",
      url: `/api/seminar-surveys/${token}`,
      payload: { answers: { overall: 9, useful: "yes" } },
    });
    expect(invalid.statusCode).toBe(400);
    expect(Object.keys(invalid.json().fields)).toEqual(["answers.overall"]);
    const answer = { answers: { overall: 4, useful: "yes", improve: "Mere tid til spørgsmål" } };
    const first = await anonymous(test.app).request({
      method: "POST",
      url: `/api/seminar-surveys/${token}`,
      payload: answer,
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ isAnswered: true });
    const second = await anonymous(test.app).request({
      method: "POST",
      url: `/api/seminar-surveys/${token}`,
      payload: answer,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().fields.token).toContain("allerede svaret");
    const other = await surveyToken(attendees[1], "Hvordan var");
    await anonymous(test.app).request({
      method: "POST",
      url: `/api/seminar-surveys/${other}`,
      payload: { answers: { overall: 5, useful: "partly" } },
    });

    const results = await agent.request({ method: "GET", url: `/api/seminars/${id}/survey-results` });
    expect(results.json()).toMatchObject({
      evaluation: {
        sent: 2,
        responses: 2,
        overallMean: 4.5,
        useful: { yes: 1, partly: 1, no: 0 },
        improvements: ["Mere tid til spørgsmål"],
      },
      followUp: { sent: 0, responses: 0 },
    });
    const stored = await test.db
      .selectFrom("seminar_survey_responses")
      .selectAll()
      .where("seminar_id", "=", id)
      .execute();
    expect(Object.keys(stored[0])).not.toContain("registration_id");
  });

  it("six months on, a follow-up question with b2match's labels; cooperation counts for the programme", async () => {
    const runFollowUps = (at: Date, instance: string) => runJobInSlot(job("seminar-follow-ups"), deps(), at, instance);
    now = new Date(now.getTime() + 150 * 24 * HOUR);
    await runFollowUps(now, "instance-a");
    expect((await mailsTo(attendees[0])).some((mail) => mail.subject.startsWith("Hvad kom der ud af"))).toBe(false);

    now = new Date(now.getTime() + 40 * 24 * HOUR);
    await Promise.all([runFollowUps(now, "instance-a"), runFollowUps(now, "instance-b")]);
    const token = await surveyToken(attendees[0], "Hvad kom der ud af");
    expect((await mailsTo(attendees[0])).filter((mail) => mail.subject.startsWith("Hvad kom der ud af"))).toHaveLength(
      1,
    );
    const shown = (await anonymous(test.app).request({ method: "GET", url: `/api/seminar-surveys/${token}` })).json<{
      form: { sections: { questions: { options?: { label: string }[] }[] }[] };
    }>();
    expect(shown.form.sections[0].questions[0].options?.map((option) => option.label)).toEqual([
      "Ingen yderligere kontakt",
      "Fik ny viden",
      "Værdifuld kontakt",
      "Forhandling i gang",
      "Samarbejde aftalt",
    ]);
    const answered = await anonymous(test.app).request({
      method: "POST",
      url: `/api/seminar-surveys/${token}`,
      payload: { answers: { outcome: "cooperation_agreed", organisation: "Vitalis ApS" } },
    });
    expect(answered.statusCode).toBe(201);
    const results = (await agent.request({ method: "GET", url: `/api/seminars/${id}/survey-results` })).json();
    expect(results.followUp).toMatchObject({
      sent: 2,
      responses: 1,
      counts: { cooperation_agreed: 1, no_further_contact: 0 },
      organisations: ["Vitalis ApS"],
    });

    const measure = seminarsModule.measures!.find((item) => item.code === "seminar_follow_up_cooperation")!;
    const day = now.toISOString().slice(0, 10);
    const evidence = await measure.evidence(test.db, { from: day, to: day });
    expect(evidence).toEqual([
      expect.objectContaining({
        label: "Rengøring og hygiejne",
        href: `/seminarer/${id}`,
        detail: "Samarbejde aftalt med Vitalis ApS",
      }),
    ]);
    expect(await measure.evidence(test.db, { from: "2020-01-01", to: "2020-12-31" })).toEqual([]);
  });

  it("an unknown link is 404; a member cannot read the results", async () => {
    const unknown = await anonymous(test.app).request({ method: "GET", url: `/api/seminar-surveys/${"x".repeat(40)}` });
    expect(unknown.statusCode).toBe(404);
    const member = await signIn(test, "member", await buildOrganisation(test.db, { kind: "company" }));
    expect((await member.request({ method: "GET", url: `/api/seminars/${id}/survey-results` })).statusCode).toBe(403);
  });
});
