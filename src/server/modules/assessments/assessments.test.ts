import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "../../platform/tokens.js";
import { buildOrganisation } from "../../test-support/factories.js";
import { anonymous } from "../../test-support/harness.js";
import {
  createAssessmentWorld,
  inviteRespondent,
  startAssessment,
  type AssessmentWorld,
} from "../../test-support/worlds/assessments.js";

let world: AssessmentWorld;
let assessmentId: string;

beforeAll(async () => {
  world = await createAssessmentWorld();
  assessmentId = await startAssessment(world);
});
afterAll(async () => {
  await world.test.close();
});

describe("starting an assessment", () => {
  const payload = () => ({ organisationId: world.unitId, templateId: world.templateId, title: "Vurdering" });

  it("is for agents and the programme manager; the assessed institution and companies may not", async () => {
    expect(
      (await world.admin.request({ method: "POST", url: "/api/assessments", payload: payload() })).statusCode,
    ).toBe(201);
    for (const client of [world.unitMember, world.parentMember, world.companyMember]) {
      expect((await client.request({ method: "POST", url: "/api/assessments", payload: payload() })).statusCode).toBe(
        403,
      );
    }
    expect(
      (await anonymous(world.test.app).request({ method: "POST", url: "/api/assessments", payload: payload() }))
        .statusCode,
    ).toBe(401);
  });

  it.each([
    [
      "a company",
      async () => ({ organisationId: await buildOrganisation(world.test.db, { name: "Ikke Offentlig ApS" }) }),
      "organisationId",
      "Vurderingen skal gælde en offentlig organisation eller enhed",
    ],
    [
      "an unknown template",
      async () => ({ templateId: "00000000-0000-4000-8000-000000000000" }),
      "templateId",
      "Skabelonen er ikke udgivet; udgiv den, før en vurdering kan bruge den",
    ],
    ["an empty title", async () => ({ title: "  " }), "title", "Skal udfyldes"],
    ["an extra field", async () => ({ status: "closed" }), "status", "Feltet findes ikke og må ikke sendes: status"],
  ])("refuses %s, naming the field", async (_name, override, field, message) => {
    const response = await world.agent.request({
      method: "POST",
      url: "/api/assessments",
      payload: { ...payload(), ...(await override()) },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[field]).toBe(message);
  });
});

describe("seeing assessments", () => {
  it("lists all for agents, the institution's own for its members and parent, none for others", async () => {
    const ids = async (client: AssessmentWorld["agent"]) =>
      (await client.request({ method: "GET", url: "/api/assessments" }))
        .json()
        .items.map((item: { id: string }) => item.id);
    expect(await ids(world.agent)).toContain(assessmentId);
    expect(await ids(world.unitMember)).toContain(assessmentId);
    expect(await ids(world.parentMember)).toContain(assessmentId);
    expect(await ids(world.otherMember)).toEqual([]);
    expect(await ids(world.companyMember)).toEqual([]);
    expect((await anonymous(world.test.app).request({ method: "GET", url: "/api/assessments" })).statusCode).toBe(401);
    const capped = await world.agent.request({
      method: "GET",
      url: `/api/assessments?pageSize=100000&organisationId=${world.unitId}&status=open`,
    });
    expect(capped.json()).toMatchObject({ pageSize: 100 });
  });

  it("shows one assessment with the response rate per group to those who may see it, a 404 to others", async () => {
    await inviteRespondent(world, assessmentId, "staff");
    const detail = await world.unitMember.request({ method: "GET", url: `/api/assessments/${assessmentId}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({
      organisationName: "Hjemmeplejen Syd",
      template: { key: "samspil-360", version: 1, title: "Samspil 360 – innovationsvurdering" },
      canManage: false,
      canViewAnswers: true,
    });
    expect(detail.json().responseRate.groups.find((group: { audience: string }) => group.audience === "staff")).toEqual(
      { audience: "staff", label: "Medarbejdere", invited: 1, started: 0, submitted: 0, rate: 0 },
    );
    expect(
      (await world.parentMember.request({ method: "GET", url: `/api/assessments/${assessmentId}` })).json()
        .canViewAnswers,
    ).toBe(false);
    for (const client of [world.otherMember, world.companyMember]) {
      expect((await client.request({ method: "GET", url: `/api/assessments/${assessmentId}` })).statusCode).toBe(404);
    }
    expect(
      (await anonymous(world.test.app).request({ method: "GET", url: `/api/assessments/${assessmentId}` })).statusCode,
    ).toBe(401);
  });
});

describe("inviting respondents", () => {
  it("gives a personal link shown once, e-mails it, and stores only its hash", async () => {
    const response = await world.agent.request({
      method: "POST",
      url: `/api/assessments/${assessmentId}/respondents`,
      payload: { audience: "citizens", name: "Inger Hansen", email: "Inger@example.dk", language: "en" },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.link).toBe(`http://samspil.test/svar/${body.token}`);
    expect(body).toMatchObject({
      emailed: true,
      respondent: {
        audience: "citizens",
        name: "Inger Hansen",
        email: "inger@example.dk",
        language: "en",
        status: "invited",
      },
    });
    expect(body.respondent).not.toHaveProperty("token");
    const stored = await world.test.db
      .selectFrom("assessment_respondents")
      .select("token_hash")
      .where("id", "=", body.respondent.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).toBe(hashToken(body.token));
    const mail = await world.test.db
      .selectFrom("outbox")
      .selectAll()
      .where("recipient", "=", "inger@example.dk")
      .executeTakeFirstOrThrow();
    expect(mail.subject).toBe("Your views: Innovationsvurdering 2026");
    expect(mail.body_text).toContain(body.link);
    const listed = await world.agent.request({ method: "GET", url: `/api/assessments/${assessmentId}/respondents` });
    expect(JSON.stringify(listed.json())).not.toContain(body.token);
  });

  it("writes to a respondent with no chosen language in the inviting request's language, else Danish", async () => {
    const invite = (email: string, headers: Record<string, string>) =>
      world.agent.request({
        method: "POST",
        url: `/api/assessments/${assessmentId}/respondents`,
        payload: { audience: "staff", name: "Sam", email },
        headers,
      });
    const english = await invite("sam.en@example.dk", { "accept-language": "en-GB,en;q=0.9" });
    expect(english.json().respondent.language).toBe("en");
    const danish = await invite("sam.da@example.dk", {});
    expect(danish.json().respondent.language).toBe("da");
    const subjects = await world.test.db
      .selectFrom("outbox")
      .select(["recipient", "subject"])
      .where("recipient", "in", ["sam.en@example.dk", "sam.da@example.dk"])
      .orderBy("recipient")
      .execute();
    expect(subjects).toEqual([
      { recipient: "sam.da@example.dk", subject: "Din mening: Innovationsvurdering 2026" },
      { recipient: "sam.en@example.dk", subject: "Your views: Innovationsvurdering 2026" },
    ]);
  });

  it("is for agents and admin only", async () => {
    const payload = { audience: "staff", name: "Bo" };
    expect(
      (await world.admin.request({ method: "POST", url: `/api/assessments/${assessmentId}/respondents`, payload }))
        .statusCode,
    ).toBe(201);
    expect(
      (await world.unitMember.request({ method: "POST", url: `/api/assessments/${assessmentId}/respondents`, payload }))
        .statusCode,
    ).toBe(403);
    expect(
      (await world.unitMember.request({ method: "GET", url: `/api/assessments/${assessmentId}/respondents` }))
        .statusCode,
    ).toBe(403);
    for (const client of [world.otherMember, world.companyMember]) {
      expect(
        (await client.request({ method: "POST", url: `/api/assessments/${assessmentId}/respondents`, payload }))
          .statusCode,
      ).toBe(404);
      expect(
        (await client.request({ method: "GET", url: `/api/assessments/${assessmentId}/respondents` })).statusCode,
      ).toBe(404);
    }
    expect(
      (
        await anonymous(world.test.app).request({
          method: "POST",
          url: `/api/assessments/${assessmentId}/respondents`,
          payload,
        })
      ).statusCode,
    ).toBe(401);
  });

  it.each([
    [{ audience: "robots", name: "R2" }, "audience"],
    [{ audience: "staff", name: "" }, "name"],
    [{ audience: "staff", name: "Bo", email: "ikke-en-mail" }, "email"],
    [{ audience: "staff", name: "Bo", language: "de" }, "language"],
    [{ audience: "staff", name: "Bo", expiresInDays: 0 }, "expiresInDays"],
  ])("refuses %j naming %s", async (payload, field) => {
    const response = await world.agent.request({
      method: "POST",
      url: `/api/assessments/${assessmentId}/respondents`,
      payload,
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().fields)).toContain(field);
  });

  it("renews a lost link: the old one stops working, the new one works", async () => {
    const first = await inviteRespondent(world, assessmentId, "partners", { email: "partner@example.dk" });
    const renewed = await world.agent.request({
      method: "POST",
      url: `/api/assessments/${assessmentId}/respondents/${first.id}/link`,
      payload: { expiresInDays: 5 },
    });
    expect(renewed.statusCode).toBe(200);
    expect(renewed.json().token).not.toBe(first.token);
    expect(
      (await anonymous(world.test.app).request({ method: "GET", url: `/api/respond/${first.token}` })).statusCode,
    ).toBe(404);
    expect(
      (await anonymous(world.test.app).request({ method: "GET", url: `/api/respond/${renewed.json().token}` }))
        .statusCode,
    ).toBe(200);
    const byMember = await world.unitMember.request({
      method: "POST",
      url: `/api/assessments/${assessmentId}/respondents/${first.id}/link`,
    });
    expect(byMember.statusCode, byMember.body).toBe(403);
    expect(
      (
        await world.companyMember.request({
          method: "POST",
          url: `/api/assessments/${assessmentId}/respondents/${first.id}/link`,
        })
      ).statusCode,
    ).toBe(404);
    const strangerId = "00000000-0000-4000-8000-000000000000";
    expect(
      (
        await world.agent.request({
          method: "POST",
          url: `/api/assessments/${assessmentId}/respondents/${strangerId}/link`,
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe("closing", () => {
  it("is for agents and admin, once; a closed assessment takes no more respondents", async () => {
    const id = await startAssessment(world, "Lukkes");
    expect((await world.unitMember.request({ method: "POST", url: `/api/assessments/${id}/close` })).statusCode).toBe(
      403,
    );
    expect(
      (await world.companyMember.request({ method: "POST", url: `/api/assessments/${id}/close` })).statusCode,
    ).toBe(404);
    expect(
      (await anonymous(world.test.app).request({ method: "POST", url: `/api/assessments/${id}/close` })).statusCode,
    ).toBe(401);
    const closed = await world.agent.request({ method: "POST", url: `/api/assessments/${id}/close` });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: "closed", closedAt: expect.any(String) });
    const again = await world.agent.request({ method: "POST", url: `/api/assessments/${id}/close` });
    expect(again.statusCode).toBe(409);
    expect(again.json().fields.status).toBe("Vurderingen er lukket og kan ikke længere besvares");
    expect(
      (
        await world.agent.request({
          method: "POST",
          url: `/api/assessments/${id}/respondents`,
          payload: { audience: "staff", name: "Sent" },
        })
      ).statusCode,
    ).toBe(409);
    const audit = await world.test.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity", "=", "assessment")
      .where("entity_id", "=", id)
      .orderBy("id")
      .execute();
    expect(audit.map((row) => row.action)).toEqual(["create", "close"]);
  });
});
