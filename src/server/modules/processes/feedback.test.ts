import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildNeed, buildOrganisation } from "../../test-support/factories.js";
import { anonymous, createTestApp, signIn, type Client, type TestApp } from "../../test-support/harness.js";

let test: TestApp;
let owner: Client;
let processId: string;
let planId: string;
let citizenToken: string;

beforeAll(async () => {
  test = await createTestApp();
  const agent = await signIn(test, "agent");
  const unit = await buildOrganisation(test.db, {
    kind: "public_unit",
    name: "Plejecenter Lyngen",
    parentId: await buildOrganisation(test.db, {
      kind: "municipality",
      name: "Køge Kommune",
      municipalityCode: "0259",
    }),
  });
  owner = await signIn(test, "member", unit);
  const needId = await buildNeed(test.db, { ownerOrganisationId: unit });
  processId = (
    await agent.request({
      method: "POST",
      url: "/api/processes",
      payload: { title: "Servicerobot", kind: "individual", needIds: [needId] },
    })
  ).json().id;
  planId = (
    await owner.request({
      method: "POST",
      url: `/api/processes/${processId}/test-plans`,
      payload: {
        what: "Servicerobot på afdeling B",
        hypothesis: "Personalet sparer 30 min pr. vagt",
        siteOrganisationId: unit,
        startsOn: "2027-01-01",
        endsOn: "2027-02-28",
      },
    })
  ).json().id;
});
afterAll(async () => {
  await test.close();
});

const answer = (token: string, body: Record<string, unknown>) =>
  anonymous(test.app).request({ method: "POST", url: `/api/feedback/${token}`, payload: body });

describe("living-lab feedback through a consented link", () => {
  it("creates a link per group and shows the public form with the consent text, without login", async () => {
    const created = await owner.request({
      method: "POST",
      url: `/api/processes/${processId}/test-plans/${planId}/feedback-links`,
      payload: { audience: "citizen" },
    });
    expect(created.statusCode).toBe(201);
    citizenToken = created.json().token;
    expect(created.json().link).toBe(`http://samspil.test/feedback/${citizenToken}`);
    const form = await anonymous(test.app).request({ method: "GET", url: `/api/feedback/${citizenToken}` });
    expect(form.statusCode).toBe(200);
    expect(form.json()).toMatchObject({
      audience: "citizen",
      test: { what: "Servicerobot på afdeling B", site: "Plejecenter Lyngen" },
    });
    expect(form.json().consentText).toContain("samtykke");
    const keys = form
      .json()
      .form.sections.flatMap((section: { questions: { key: string }[] }) =>
        section.questions.map((question) => question.key),
      );
    expect(keys).toContain("better_everyday");
    expect(keys).not.toContain("saves_time");
  });

  it("refuses an answer without consent, missing a required answer, or off the scale, naming the field", async () => {
    const noConsent = await answer(citizenToken, {
      submissionId: randomUUID(),
      consent: false,
      anonymous: true,
      answers: {},
    });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().fields.consent).toBe("Du skal give samtykke for at kunne svare");
    const missing = await answer(citizenToken, {
      submissionId: randomUUID(),
      consent: true,
      anonymous: true,
      answers: { easy_to_use: 4 },
    });
    expect(missing.statusCode).toBe(400);
    expect(Object.keys(missing.json().fields)).toEqual(
      expect.arrayContaining(["answers.feels_safe", "answers.continue"]),
    );
    const outside = await answer(citizenToken, {
      submissionId: randomUUID(),
      consent: true,
      anonymous: true,
      answers: { easy_to_use: 9, feels_safe: 4, better_everyday: 4, continue: "yes" },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().fields).toHaveProperty("answers.easy_to_use");
  });

  it("stores an anonymous answer with its consent once, however often it is sent", async () => {
    const body = {
      submissionId: randomUUID(),
      consent: true,
      anonymous: true,
      answers: {
        easy_to_use: 5,
        feels_safe: 4,
        better_everyday: 5,
        continue: "yes",
        worked_well: "Robotten hentede kaffe",
      },
    };
    const first = await answer(citizenToken, body);
    expect(first.statusCode).toBe(201);
    const again = await answer(citizenToken, body);
    expect(again.statusCode).toBe(200);
    expect(again.json().reference).toBe(first.json().reference);
    const rows = await test.db
      .selectFrom("feedback_responses")
      .select(["consent_text", "respondent_name", "anonymous"])
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ anonymous: true, respondent_name: null });
    expect(rows[0].consent_text).toContain("samtykke");
  });

  it("summarises the feedback for the evaluation gate, to participants only", async () => {
    await answer(citizenToken, {
      submissionId: randomUUID(),
      consent: true,
      anonymous: false,
      name: "Ib",
      answers: { easy_to_use: 3, feels_safe: 3, better_everyday: 2, continue: "maybe" },
    });
    const summary = await owner.request({
      method: "GET",
      url: `/api/processes/${processId}/test-plans/${planId}/feedback`,
    });
    expect(summary.statusCode).toBe(200);
    expect(summary.json().summary).toMatchObject({ responses: 2, anonymous: 1, byAudience: { citizen: 2 } });
    expect(
      summary.json().summary.scales.find((scale: { questionKey: string }) => scale.questionKey === "easy_to_use")
        .overall,
    ).toBe(75);
    expect(summary.body).not.toContain("Ib");
    const outsider = await signIn(test, "member", await buildOrganisation(test.db, { name: "Udenfor ApS" }));
    expect(
      (await outsider.request({ method: "GET", url: `/api/processes/${processId}/test-plans/${planId}/feedback` }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await outsider.request({
          method: "POST",
          url: `/api/processes/${processId}/test-plans/${planId}/feedback-links`,
          payload: { audience: "staff" },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await anonymous(test.app).request({
          method: "GET",
          url: `/api/processes/${processId}/test-plans/${planId}/feedback`,
        })
      ).statusCode,
    ).toBe(401);
  });

  it("answers 404 for an unknown link and 410 for an expired one", async () => {
    expect(
      (await anonymous(test.app).request({ method: "GET", url: `/api/feedback/${"x".repeat(43)}` })).statusCode,
    ).toBe(404);
    await test.db
      .updateTable("feedback_links")
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    const expired = await anonymous(test.app).request({ method: "GET", url: `/api/feedback/${citizenToken}` });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error).toBe("link_expired");
  });
});
