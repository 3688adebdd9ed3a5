import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous } from "../../test-support/harness.js";
import {
  answerAll,
  createAssessmentWorld,
  inviteRespondent,
  startAssessment,
  type AssessmentWorld,
} from "../../test-support/worlds/assessments.js";

let world: AssessmentWorld;
let assessmentId: string;
let citizen: { token: string; id: string };
let manager: { token: string; id: string };

const respondent = () => anonymous(world.test.app);
const answerCount = async (respondentId: string) =>
  Number(
    (
      await world.test.db
        .selectFrom("assessment_answers")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .where("respondent_id", "=", respondentId)
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  world = await createAssessmentWorld();
  assessmentId = await startAssessment(world);
  citizen = await inviteRespondent(world, assessmentId, "citizens", { language: "en" });
  manager = await inviteRespondent(world, assessmentId, "management");
});
afterAll(async () => {
  await world.test.close();
});

describe("the respondent's form (no login, the link is the key)", () => {
  it("shows only the respondent's own group's questions, in their language, with progress", async () => {
    const response = await respondent().request({ method: "GET", url: `/api/respond/${citizen.token}` });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.assessment).toEqual({ title: "Innovationsvurdering 2026", organisationName: "Hjemmeplejen Syd" });
    expect(body.respondent).toMatchObject({
      name: "Respondent citizens",
      audience: "citizens",
      language: "en",
      submittedAt: null,
    });
    expect(body.form.audience).toEqual({ key: "citizens", label: "Citizens and relatives" });
    const keys = body.form.sections.flatMap((section: { questions: { key: string }[] }) =>
      section.questions.map((question) => question.key),
    );
    expect(keys).toContain("user_heard");
    expect(keys).not.toContain("biz_cases");
    expect(body.form.sections[0].questions[0]).toMatchObject({
      number: 1,
      text: "The technology used day to day fits the tasks and the citizens' needs.",
      required: true,
    });
    expect(body.form.sections[0].questions[0].scale.steps[4]).toEqual({ value: 5, label: "Strongly agree" });
    expect(body.progress).toMatchObject({ total: keys.length, answered: 0, isComplete: false });
    expect(body.answers).toEqual({});
    const danish = await respondent().request({ method: "GET", url: `/api/respond/${citizen.token}?language=da` });
    expect(danish.json().form.sections[0].title).toBe("Teknologi");
  });

  it("answers an unknown link with 404 and an expired one with 410, each with a clear message", async () => {
    const unknown = await respondent().request({ method: "GET", url: `/api/respond/${"x".repeat(43)}` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({
      error: "link_unknown",
      message: "Linket findes ikke. Tjek, at du har hele linket fra din e-mail",
    });
    expect((await respondent().request({ method: "GET", url: "/api/respond/short" })).statusCode).toBe(400);
    const expiring = await inviteRespondent(world, assessmentId, "staff");
    await respondent().request({
      method: "PUT",
      url: `/api/respond/${expiring.token}/answers`,
      payload: { answers: { tech_fit: 4 } },
    });
    await world.test.db
      .updateTable("assessment_respondents")
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where("id", "=", expiring.id)
      .execute();
    for (const request of [
      { method: "GET" as const, url: `/api/respond/${expiring.token}` },
      { method: "PUT" as const, url: `/api/respond/${expiring.token}/answers`, payload: { answers: { tech_fit: 5 } } },
      { method: "POST" as const, url: `/api/respond/${expiring.token}/submit` },
    ]) {
      const response = await respondent().request(request);
      expect(response.statusCode).toBe(410);
      expect(response.json().error).toBe("link_expired");
    }
    expect(await answerCount(expiring.id)).toBe(1);
  });
});

describe("saving answers", () => {
  it("saves partially, replaces, and clears with null; a signed-in user's session changes nothing", async () => {
    const first = await respondent().request({
      method: "PUT",
      url: `/api/respond/${manager.token}/answers`,
      payload: { answers: { tech_fit: 4, tech_reliable: "dont_know", mkt_channels: ["meeting", "demo"] } },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().progress).toMatchObject({ answered: 3 });
    const second = await world.unitMember.request({
      method: "PUT",
      url: `/api/respond/${manager.token}/answers`,
      payload: { answers: { tech_fit: 2, tech_reliable: null, tech_comment: "  Wifi i kælderen  " } },
    });
    expect(second.statusCode).toBe(200);
    expect(second.json().answers).toEqual({
      tech_fit: 2,
      mkt_channels: ["meeting", "demo"],
      tech_comment: "Wifi i kælderen",
    });
    const form = await respondent().request({ method: "GET", url: `/api/respond/${manager.token}` });
    expect(form.json().answers).toEqual(second.json().answers);
  });

  it.each([
    [{ tech_fit: 6 }, "answers.tech_fit", "Svaret skal være et helt tal fra 1 til 5 eller «ved ikke»"],
    [{ tech_fit: 0 }, "answers.tech_fit", "Svaret skal være et helt tal fra 1 til 5 eller «ved ikke»"],
    [{ tech_fit: 3.5 }, "answers.tech_fit", "Svaret skal være et helt tal fra 1 til 5 eller «ved ikke»"],
    [{ mkt_channels: ["meeting", "fax"] }, "answers.mkt_channels", "Svarmuligheden findes ikke: fax"],
    [{ mkt_channels: "meeting" }, "answers.mkt_channels", "Svaret har en forkert form for dette spørgsmål"],
    [{ no_such_question: 3 }, "answers.no_such_question", "Spørgsmålet findes ikke i dit skema"],
    [{ user_heard: 4 }, "answers.user_heard", "Spørgsmålet findes ikke i dit skema"],
    [{ tech_comment: "x".repeat(2001) }, "answers.tech_comment", "Må højst være 2000 tegn"],
  ])("refuses %j naming %s, and loses nothing already saved", async (answers, field, message) => {
    const before = await answerCount(manager.id);
    const response = await respondent().request({
      method: "PUT",
      url: `/api/respond/${manager.token}/answers?language=da`,
      payload: { answers: { strat_goals: 5, ...answers } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual({ [field]: message });
    expect(await answerCount(manager.id)).toBe(before);
  });

  it.each<{ answers: unknown }>([
    { answers: { tech_fit: { nested: 1 } } },
    { answers: { tech_fit: [1, 2] } },
    { answers: { tech_fit: true } },
    { answers: { tech_fit: -0.0001 } },
    { answers: { tech_fit: "\u0000" } },
    { answers: { constructor: 1, toString: 2 } },
    { answers: { ["x".repeat(61)]: 1 } },
    { answers: [] },
    { answers: null },
    { answers: "tech_fit=3" },
  ])("answers %j with a 4xx, never a 5xx", async (payload) => {
    const response = await respondent().request({
      method: "PUT",
      url: `/api/respond/${manager.token}/answers`,
      payload,
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
  });

  it("refuses a body without answers or with extra fields", async () => {
    expect(
      (
        await respondent().request({
          method: "PUT",
          url: `/api/respond/${manager.token}/answers`,
          payload: { tech_fit: 3 },
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await respondent().request({
          method: "PUT",
          url: `/api/respond/${manager.token}/answers`,
          payload: { answers: {}, submittedAt: "now" },
        })
      ).statusCode,
    ).toBe(400);
  });
});

describe("submitting", () => {
  it("names every required question still missing", async () => {
    const response = await respondent().request({ method: "POST", url: `/api/respond/${citizen.token}/submit` });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields["answers.tech_fit"]).toBe("Is required");
    expect(Object.keys(response.json().fields).every((key) => key.startsWith("answers."))).toBe(true);
  });

  it("submits once: a second submit gives the same receipt, no duplicate rows; later changes are refused", async () => {
    const form = (await respondent().request({ method: "GET", url: `/api/respond/${citizen.token}` })).json();
    const answers: Record<string, unknown> = {};
    for (const question of form.form.sections.flatMap(
      (section: { questions: { key: string; type: string }[] }) => section.questions,
    )) {
      answers[question.key] = question.type === "scale" ? "dont_know" : "Skriften er for lille";
    }
    expect(
      (
        await respondent().request({
          method: "PUT",
          url: `/api/respond/${citizen.token}/answers`,
          payload: { answers },
        })
      ).statusCode,
    ).toBe(200);
    const rows = await answerCount(citizen.id);
    const first = await respondent().request({ method: "POST", url: `/api/respond/${citizen.token}/submit` });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      reference: expect.stringMatching(/^SV-[0-9A-F]{8}$/),
      answered: rows,
      total: rows,
    });
    const second = await respondent().request({ method: "POST", url: `/api/respond/${citizen.token}/submit` });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toEqual(first.json());
    expect(await answerCount(citizen.id)).toBe(rows);
    const late = await respondent().request({
      method: "PUT",
      url: `/api/respond/${citizen.token}/answers`,
      payload: { answers: { tech_fit: 1 } },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({
      error: "respondent_submitted",
      message: "The response has already been submitted and cannot be changed",
    });
    const reopened = (await respondent().request({ method: "GET", url: `/api/respond/${citizen.token}` })).json();
    expect(reopened.receipt).toEqual(first.json());
    const audit = await world.test.db
      .selectFrom("audit_log")
      .select(["action", "actor_id"])
      .where("entity_id", "=", citizen.id)
      .orderBy("id")
      .execute();
    expect(audit.map((row) => row.action)).toEqual(["invite", "save_answers", "submit"]);
  });

  it("answers two submits sent at the same moment with one submission", async () => {
    const fresh = await inviteRespondent(world, assessmentId, "partners");
    const form = (await respondent().request({ method: "GET", url: `/api/respond/${fresh.token}` })).json();
    const answers = Object.fromEntries(
      form.form.sections
        .flatMap((section: { questions: { key: string; type: string }[] }) => section.questions)
        .filter((question: { type: string }) => question.type === "scale")
        .map((question: { key: string }) => [question.key, 3]),
    );
    await respondent().request({ method: "PUT", url: `/api/respond/${fresh.token}/answers`, payload: { answers } });
    const [a, b] = await Promise.all(
      [0, 1].map(() => respondent().request({ method: "POST", url: `/api/respond/${fresh.token}/submit` })),
    );
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(a.json()).toEqual(b.json());
    const submits = await world.test.db
      .selectFrom("audit_log")
      .select("id")
      .where("entity_id", "=", fresh.id)
      .where("action", "=", "submit")
      .execute();
    expect(submits).toHaveLength(1);
  });

  it("keeps showing the receipt, without the answers, when a submitted respondent's link has expired", async () => {
    const done = await inviteRespondent(world, assessmentId, "partners");
    await answerAll(world, done.token, 4, "Et svar, der ikke skal vises igen");
    const receipt = (await respondent().request({ method: "POST", url: `/api/respond/${done.token}/submit` })).json();
    await world.test.db
      .updateTable("assessment_respondents")
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where("id", "=", done.id)
      .execute();
    const opened = await respondent().request({ method: "GET", url: `/api/respond/${done.token}` });
    expect(opened.statusCode).toBe(200);
    expect(opened.json().receipt).toEqual(receipt);
    expect(opened.json().answers).toEqual({});
    expect(opened.body).not.toContain("ikke skal vises igen");
    const again = await respondent().request({ method: "POST", url: `/api/respond/${done.token}/submit` });
    expect([again.statusCode, again.json()]).toEqual([200, receipt]);
    const save = await respondent().request({
      method: "PUT",
      url: `/api/respond/${done.token}/answers`,
      payload: { answers: { tech_fit: 1 } },
    });
    expect([save.statusCode, save.json().error]).toEqual([409, "respondent_submitted"]);
  });

  it("refuses answers after the assessment closed, keeping what was saved", async () => {
    const late = await inviteRespondent(world, assessmentId, "staff");
    await respondent().request({
      method: "PUT",
      url: `/api/respond/${late.token}/answers`,
      payload: { answers: { tech_fit: 5 } },
    });
    const other = await startAssessment(world, "Anden vurdering");
    const elsewhere = await inviteRespondent(world, other, "staff");
    await world.agent.request({ method: "POST", url: `/api/assessments/${assessmentId}/close` });
    const response = await respondent().request({
      method: "PUT",
      url: `/api/respond/${late.token}/answers`,
      payload: { answers: { tech_fit: 4 } },
    });
    expect(response.statusCode).toBe(410);
    expect(response.json().error).toBe("assessment_closed");
    expect((await respondent().request({ method: "POST", url: `/api/respond/${late.token}/submit` })).statusCode).toBe(
      410,
    );
    expect((await respondent().request({ method: "GET", url: `/api/respond/${late.token}` })).statusCode).toBe(410);
    expect(await answerCount(late.id)).toBe(1);
    expect(
      (await respondent().request({ method: "GET", url: `/api/respond/${citizen.token}` })).json().receipt,
    ).not.toBeNull();
    expect(
      (await respondent().request({ method: "GET", url: `/api/respond/${elsewhere.token}` })).json().answers,
    ).toEqual({});
  });
});
