import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildNeed, buildOrganisation } from "../../test-support/factories.js";
import { createTestApp, signIn, type Client, type TestApp } from "../../test-support/harness.js";

let test: TestApp;
let agent: Client;
let admin: Client;
let danishOwner: Client;
let englishDeveloper: Client;
let processId: string;

const emailOf = async (client: Client) =>
  (await client.request({ method: "GET", url: "/api/me" })).json<{ email: string }>().email;

const notesOf = async (client: Client) =>
  (await client.request({ method: "GET", url: "/api/notifications" })).json<{
    items: { kind: string; title: string; body: string }[];
  }>().items;

const mailsTo = (email: string) =>
  test.db.selectFrom("outbox").select(["subject", "body_text"]).where("recipient", "=", email).execute();

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  test = await createTestApp();
  agent = await signIn(test, "agent");
  admin = await signIn(test, "admin");
  const unit = await buildOrganisation(test.db, {
    kind: "municipality",
    name: "Vejle Kommune",
    municipalityCode: "0630",
  });
  const company = await buildOrganisation(test.db, { name: "Robotics Ltd ApS" });
  danishOwner = await signIn(test, "member", unit);
  englishDeveloper = await signIn(test, "member", company);
  const saved = await englishDeveloper.request({ method: "PUT", url: "/api/me/language", payload: { language: "en" } });
  expect(saved.statusCode).toBe(200);
  const started = await agent.request({
    method: "POST",
    url: "/api/processes",
    payload: {
      title: "Spiserobotter",
      kind: "individual",
      needIds: [await buildNeed(test.db, { ownerOrganisationId: unit })],
      participants: [{ organisationId: company, role: "developer" }],
    },
  });
  expect(started.statusCode).toBe(201);
  processId = started.json<{ id: string }>().id;
});
afterAll(async () => {
  await test.close();
});

describe("notifications are written in the recipient's language", () => {
  it("a gate decision reaches English and Danish readers each in its language, in the app and by e-mail", async () => {
    // The decider reads English; each recipient still gets their own language.
    const decided = await agent.request({
      method: "POST",
      url: `/api/processes/${processId}/gates`,
      payload: { phase: "needs_assessment", decision: "adjust", rationale: "Flere brugere skal med" },
      headers: { "accept-language": "en" },
    });
    expect(decided.statusCode).toBe(200);

    const [english] = await notesOf(englishDeveloper);
    expect(english).toMatchObject({ kind: "gate_decision", title: "Adjust: Spiserobotter" });
    expect(english.body).toBe(
      "Decision at the gate after the phase «Needs assessment»: Adjust. Flere brugere skal med",
    );
    const [danish] = await notesOf(danishOwner);
    expect(danish).toMatchObject({ kind: "gate_decision", title: "Justér: Spiserobotter" });
    expect(danish.body).toBe("Beslutning ved gaten efter fasen «Behovsafklaring»: Justér. Flere brugere skal med");

    const [englishMail] = await mailsTo(await emailOf(englishDeveloper));
    expect(englishMail.subject).toBe("Adjust: Spiserobotter");
    expect(englishMail.body_text).toContain("Decision at the gate after the phase «Needs assessment»");
    expect(englishMail.body_text).toContain(`http://samspil.test/forloeb/${processId}`);
    const [danishMail] = await mailsTo(await emailOf(danishOwner));
    expect(danishMail.subject).toBe("Justér: Spiserobotter");
    expect(danishMail.body_text).toContain("Beslutning ved gaten efter fasen «Behovsafklaring»");
  });

  it("task reminders reach each owner, and a task's whole audience, in each one's language", async () => {
    const due = tomorrow();
    for (const [client, title] of [
      [englishDeveloper, "Deliver the prototype"],
      [danishOwner, "Find testborgere"],
    ] as const) {
      const task = await client.request({
        method: "POST",
        url: `/api/processes/${processId}/tasks`,
        payload: { title, dueOn: due, ownerUserId: client.userId },
      });
      expect(task.statusCode).toBe(201);
    }
    const unowned = await danishOwner.request({
      method: "POST",
      url: `/api/processes/${processId}/tasks`,
      payload: { title: "Book lokale", dueOn: due },
    });
    expect(unowned.statusCode).toBe(201);
    expect((await admin.request({ method: "POST", url: "/api/admin/run-reminders" })).json().reminded).toBe(3);

    const englishTitles = (await notesOf(englishDeveloper))
      .filter((note) => note.kind === "task_due")
      .map((note) => note.title);
    expect(englishTitles.sort()).toEqual([`Due ${due}: Book lokale`, `Due ${due}: Deliver the prototype`]);
    const danishTitles = (await notesOf(danishOwner))
      .filter((note) => note.kind === "task_due")
      .map((note) => note.title);
    expect(danishTitles.sort()).toEqual([`Frist ${due}: Book lokale`, `Frist ${due}: Find testborgere`]);

    const englishMail = (await mailsTo(await emailOf(englishDeveloper))).find(
      (mail) => mail.subject === `Due ${due}: Deliver the prototype`,
    );
    expect(englishMail?.body_text).toContain(
      `The task «Deliver the prototype» in the process «Spiserobotter» is due ${due}.`,
    );
    const danishMail = (await mailsTo(await emailOf(danishOwner))).find(
      (mail) => mail.subject === `Frist ${due}: Find testborgere`,
    );
    expect(danishMail?.body_text).toContain(`Opgaven «Find testborgere» i forløbet «Spiserobotter» har frist ${due}.`);
  });

  it("follows a changed choice: after switching back to Danish the next notification is Danish", async () => {
    await englishDeveloper.request({ method: "PUT", url: "/api/me/language", payload: { language: "da" } });
    await agent.request({
      method: "POST",
      url: `/api/processes/${processId}/gates`,
      payload: { phase: "needs_assessment", decision: "go", rationale: "Behovet er klart" },
    });
    expect((await notesOf(englishDeveloper))[0].title).toBe("Go: Spiserobotter");
    expect((await notesOf(englishDeveloper))[0].body).toContain("fasen «Behovsafklaring»");
  });
});

describe("invitations to people without a saved language", () => {
  it("invites a new user in the language of the inviting request, which becomes the user's language", async () => {
    const invite = (email: string, language: "da" | "en") =>
      admin.request({
        method: "POST",
        url: "/api/users",
        payload: { email, name: "Ny Person", role: "agent" },
        headers: { cookie: `${admin.cookie}; samspil_lang=${language}` },
      });
    expect((await invite("english.invitee@example.dk", "en")).statusCode).toBe(201);
    expect((await invite("dansk.invitee@example.dk", "da")).statusCode).toBe(201);
    const [english] = await mailsTo("english.invitee@example.dk");
    expect(english.subject).toBe("Invitation to Samspil");
    expect(english.body_text).toMatch(/^Dear Ny Person\n/);
    const [danish] = await mailsTo("dansk.invitee@example.dk");
    expect(danish.subject).toBe("Invitation til Samspil");
    const languages = await test.db
      .selectFrom("users")
      .select(["email", "language"])
      .where("email", "in", ["english.invitee@example.dk", "dansk.invitee@example.dk"])
      .orderBy("email")
      .execute();
    expect(languages).toEqual([
      { email: "dansk.invitee@example.dk", language: "da" },
      { email: "english.invitee@example.dk", language: "en" },
    ]);
  });
});
