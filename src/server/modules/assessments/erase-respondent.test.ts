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

const eraseUrl = (respondentId: string, id = assessmentId) =>
  `/api/assessments/${id}/respondents/${respondentId}/erase`;
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
const auditOf = (respondentId: string) =>
  world.test.db
    .selectFrom("audit_log")
    .select(["action", "actor_id", "after"])
    .where("entity_id", "=", respondentId)
    .where("action", "=", "erase_personal_data")
    .execute();

beforeAll(async () => {
  world = await createAssessmentWorld();
  assessmentId = await startAssessment(world);
});
afterAll(async () => {
  await world.test.close();
});

describe("erasing a respondent's personal data", () => {
  it("removes name, e-mail, link, draft answers, invite mail; logs once without the person; idempotent", async () => {
    const started = await inviteRespondent(world, assessmentId, "staff", {
      name: "Birthe Sørensen",
      email: "birthe@example.dk",
    });
    await anonymous(world.test.app).request({
      method: "PUT",
      url: `/api/respond/${started.token}/answers`,
      payload: { answers: { tech_fit: 2, tech_comment: "Birthe mener noget" } },
    });
    expect(await answerCount(started.id)).toBe(2);

    const response = await world.agent.request({ method: "POST", url: eraseUrl(started.id) });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: started.id, name: null, email: null, erasedAt: expect.any(String) });
    expect(response.body).not.toContain("Birthe");

    const row = await world.test.db
      .selectFrom("assessment_respondents")
      .selectAll()
      .where("id", "=", started.id)
      .executeTakeFirstOrThrow();
    expect([row.name, row.email]).toEqual(["", null]);
    expect(await answerCount(started.id)).toBe(0);
    const mails = await world.test.db
      .selectFrom("outbox")
      .select("id")
      .where("recipient", "=", "birthe@example.dk")
      .execute();
    expect(mails).toEqual([]);
    const link = await anonymous(world.test.app).request({ method: "GET", url: `/api/respond/${started.token}` });
    expect([link.statusCode, link.json().error]).toEqual([404, "link_unknown"]);

    const log = await auditOf(started.id);
    expect(log).toHaveLength(1);
    expect(log[0].actor_id).toBe(world.agent.userId);
    expect(log[0].after).toMatchObject({
      assessmentId,
      audience: "staff",
      submitted: false,
      answersKept: 0,
      draftAnswersDeleted: 2,
      mailsDeleted: 1,
    });
    expect(JSON.stringify(log[0].after)).not.toMatch(/Birthe|birthe@/);

    const again = await world.admin.request({ method: "POST", url: eraseUrl(started.id) });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(response.json());
    expect(await auditOf(started.id)).toHaveLength(1);

    const listed = await world.agent.request({ method: "GET", url: `/api/assessments/${assessmentId}/respondents` });
    expect(listed.body).not.toContain("Birthe");
    expect(listed.body).not.toContain("birthe@example.dk");
  });

  it("keeps a submitted respondent's answers, anonymous: the results count them still", async () => {
    const done = await inviteRespondent(world, assessmentId, "management", {
      name: "Kim Vestergaard",
      email: "kim@example.dk",
    });
    await answerAll(world, done.token, 4);
    const before = (
      await world.agent.request({ method: "GET", url: `/api/assessments/${assessmentId}/results` })
    ).json();
    const kept = await answerCount(done.id);
    expect(kept).toBeGreaterThan(0);

    const response = await world.agent.request({ method: "POST", url: eraseUrl(done.id) });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ name: null, email: null, status: "submitted" });
    expect(await answerCount(done.id)).toBe(kept);
    const after = (
      await world.agent.request({ method: "GET", url: `/api/assessments/${assessmentId}/results` })
    ).json();
    expect(after.responses).toBe(before.responses);
    expect(after.dimensions).toEqual(before.dimensions);
    expect((await auditOf(done.id))[0].after).toMatchObject({
      submitted: true,
      answersKept: kept,
      draftAnswersDeleted: 0,
    });
    const report = await world.agent.request({ method: "GET", url: `/api/assessments/${assessmentId}/export.xlsx` });
    expect(report.statusCode).toBe(200);
  });

  it("gives an erased respondent no new link", async () => {
    const invited = await inviteRespondent(world, assessmentId, "citizens");
    await world.agent.request({ method: "POST", url: eraseUrl(invited.id) });
    const renew = await world.agent.request({
      method: "POST",
      url: `/api/assessments/${assessmentId}/respondents/${invited.id}/link`,
    });
    expect(renew.statusCode).toBe(409);
    expect(renew.json().fields.respondentId).toBe("Respondentens navn, e-mail og link er slettet");
  });

  it("is for agents and the programme manager: the institution is refused, others learn nothing", async () => {
    const target = await inviteRespondent(world, assessmentId, "partners", { name: "Ulla Berg" });
    for (const client of [world.unitMember, world.parentMember]) {
      expect((await client.request({ method: "POST", url: eraseUrl(target.id) })).statusCode).toBe(403);
    }
    for (const client of [world.otherMember, world.companyMember]) {
      expect((await client.request({ method: "POST", url: eraseUrl(target.id) })).statusCode).toBe(404);
    }
    expect((await anonymous(world.test.app).request({ method: "POST", url: eraseUrl(target.id) })).statusCode).toBe(
      401,
    );
    expect(
      (await world.agent.request({ method: "POST", url: eraseUrl("6f1c0c52-4a43-4d55-9d1e-3b0f3b7b6c11") })).statusCode,
    ).toBe(404);
    expect((await world.agent.request({ method: "POST", url: eraseUrl("not-a-uuid") })).statusCode).toBe(400);
    const other = await startAssessment(world, "En anden vurdering");
    expect((await world.agent.request({ method: "POST", url: eraseUrl(target.id, other) })).statusCode).toBe(404);
    const row = await world.test.db
      .selectFrom("assessment_respondents")
      .select(["name", "erased_at"])
      .where("id", "=", target.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ name: "Ulla Berg", erased_at: null });
    expect(await auditOf(target.id)).toEqual([]);
  });
});

describe("the list follows the per-object rule", () => {
  it("lists for each reader exactly the assessments they may open", async () => {
    const all = (await world.agent.request({ method: "GET", url: "/api/assessments?pageSize=100" }))
      .json()
      .items.map((item: { id: string }) => item.id);
    for (const client of [world.unitMember, world.parentMember, world.otherMember, world.companyMember]) {
      const listed = (await client.request({ method: "GET", url: "/api/assessments?pageSize=100" })).json();
      const openable: string[] = [];
      for (const id of all) {
        if ((await client.request({ method: "GET", url: `/api/assessments/${id}` })).statusCode === 200) {
          openable.push(id);
        }
      }
      expect([...listed.items.map((item: { id: string }) => item.id)].sort()).toEqual(openable.sort());
      expect(listed.total).toBe(openable.length);
    }
  });
});
