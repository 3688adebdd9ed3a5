import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDefaultAssessmentTemplate } from "../seed/assessment-template.js";
import { buildNeed, buildOrganisation } from "../test-support/factories.js";
import { anonymous, createTestApp, signIn, type Client, type TestApp } from "../test-support/harness.js";
import { logOptions } from "./log-options.js";

/**
 * Issue 15, point 5: personal links (a respondent's, a citizen's feedback link, a user invitation) are in
 * the recipient's mail only. The outbox page and every log line show them masked, searched by pattern:
 * whatever feature makes a link, a token-shaped string never shows.
 */
const TOKEN_SHAPE = /[A-Za-z0-9_-]{40,}/;

let test: TestApp;
let admin: Client;
const logLines: string[] = [];
const tokens: { kind: string; token: string }[] = [];

beforeAll(async () => {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  test = await createTestApp({ logger: { ...logOptions("debug"), stream } });
  admin = await signIn(test, "admin");
  const agent = await signIn(test, "agent");
  const municipality = await buildOrganisation(test.db, { kind: "municipality", name: "Køge Kommune" });
  const unit = await buildOrganisation(test.db, {
    kind: "public_unit",
    name: "Plejecenter Lyngen",
    parentId: municipality,
  });
  const owner = await signIn(test, "member", unit);

  const templateId = await loadDefaultAssessmentTemplate(test.db);
  const assessment = await agent.request({
    method: "POST",
    url: "/api/assessments",
    payload: { organisationId: unit, templateId, title: "Innovationsvurdering" },
  });
  const respondent = await agent.request({
    method: "POST",
    url: `/api/assessments/${assessment.json().id}/respondents`,
    payload: { audience: "staff", name: "Inger Hansen", email: "inger@example.dk" },
  });
  expect(respondent.statusCode, respondent.body).toBe(201);
  tokens.push({ kind: "respondent", token: respondent.json().token });

  const needId = await buildNeed(test.db, { ownerOrganisationId: unit });
  const process = await agent.request({
    method: "POST",
    url: "/api/processes",
    payload: { title: "Servicerobot", kind: "individual", needIds: [needId] },
  });
  const plan = await owner.request({
    method: "POST",
    url: `/api/processes/${process.json().id}/test-plans`,
    payload: {
      what: "Robot",
      hypothesis: "Sparer tid",
      siteOrganisationId: unit,
      startsOn: "2027-01-01",
      endsOn: "2027-02-01",
    },
  });
  const feedback = await owner.request({
    method: "POST",
    url: `/api/processes/${process.json().id}/test-plans/${plan.json().id}/feedback-links`,
    payload: { audience: "citizen" },
  });
  expect(feedback.statusCode, feedback.body).toBe(201);
  tokens.push({ kind: "feedback", token: feedback.json().token });

  const invited = await admin.request({
    method: "POST",
    url: "/api/users",
    payload: { email: "ny.agent@example.dk", name: "Ny Agent", role: "agent" },
  });
  expect(invited.statusCode, invited.body).toBe(201);
  const invitationMail = await test.db
    .selectFrom("outbox")
    .select("body_text")
    .where("recipient", "=", "ny.agent@example.dk")
    .executeTakeFirstOrThrow();
  const invitationToken = /\/invitation\/([A-Za-z0-9_-]+)/.exec(invitationMail.body_text)?.[1];
  expect(invitationToken).toBeDefined();
  tokens.push({ kind: "invitation", token: invitationToken as string });

  // The links are used, and mistyped, so their paths reach the request log.
  const visitor = anonymous(test.app);
  for (const url of [
    `/api/respond/${tokens[0].token}`,
    `/api/feedback/${tokens[1].token}`,
    `/api/invitations/${tokens[2].token}`,
    `/api/respond/${tokens[0].token}x`,
    `/api/feedback/${tokens[1].token.slice(1)}?language=da`,
  ]) {
    await visitor.request({ method: "GET", url });
  }
});
afterAll(async () => {
  await test.close();
});

describe("personal links are in the recipient's mail only", () => {
  it("keeps each link in its mail", async () => {
    const mails = await test.db.selectFrom("outbox").select("body_text").execute();
    for (const { kind, token } of tokens) {
      expect(
        mails.some((mail) => mail.body_text.includes(token)),
        kind,
      ).toBe(kind === "feedback" ? false : true);
    }
  });

  it("masks every token in the outbox view", async () => {
    const response = await admin.request({ method: "GET", url: "/api/outbox" });
    expect(response.statusCode).toBe(200);
    const mails = response.json<{ items: { subject: string; text: string }[] }>().items;
    expect(mails.length).toBeGreaterThanOrEqual(2);
    for (const mail of mails) {
      expect(`${mail.subject}\n${mail.text}`).not.toMatch(TOKEN_SHAPE);
    }
    expect(mails.some((mail) => mail.text.includes("/svar/•••"))).toBe(true);
    expect(mails.some((mail) => mail.text.includes("/invitation/•••"))).toBe(true);
  });

  it("writes no token to any log line, while the requests are logged", () => {
    expect(logLines.some((line) => line.includes('"url":"/api/respond/•••"'))).toBe(true);
    expect(logLines.some((line) => line.includes('"url":"/api/feedback/•••?language=da"'))).toBe(true);
    for (const line of logLines) {
      expect(line).not.toMatch(TOKEN_SHAPE);
    }
  });
});
