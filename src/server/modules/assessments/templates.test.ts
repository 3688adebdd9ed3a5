import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMSPIL_360 } from "../../../domain/assessment/index.js";
import { loadDefaultAssessmentTemplate } from "../../seed/assessment-template.js";
import { anonymous } from "../../test-support/harness.js";
import { createAssessmentWorld, startAssessment, type AssessmentWorld } from "../../test-support/worlds/assessments.js";

let world: AssessmentWorld;

beforeAll(async () => {
  world = await createAssessmentWorld();
});
afterAll(async () => {
  await world.test.close();
});

const smallDefinition = (title = "Kort tjek") => ({
  ...structuredClone(SAMSPIL_360),
  title: { da: title, en: "Short check" },
  sections: [structuredClone(SAMSPIL_360.sections[0])],
});

describe("the default template", () => {
  it("is seeded once as «Samspil 360», published version 1", async () => {
    expect(await loadDefaultAssessmentTemplate(world.test.db)).toBe(world.templateId);
    const list = await world.agent.request({ method: "GET", url: "/api/assessment-templates" });
    expect(list.statusCode).toBe(200);
    const seeded = list.json().items.filter((item: { key: string }) => item.key === "samspil-360");
    expect(seeded).toEqual([
      expect.objectContaining({
        id: world.templateId,
        version: 1,
        status: "published",
        questionCount: 43,
        title: SAMSPIL_360.title,
      }),
    ]);
    const detail = await world.agent.request({ method: "GET", url: `/api/assessment-templates/${world.templateId}` });
    expect(detail.json().definition.sections).toHaveLength(8);
  });

  it("is read by agents and the programme manager only", async () => {
    for (const client of [world.unitMember, world.companyMember]) {
      expect((await client.request({ method: "GET", url: "/api/assessment-templates" })).statusCode).toBe(403);
      expect(
        (await client.request({ method: "GET", url: `/api/assessment-templates/${world.templateId}` })).statusCode,
      ).toBe(403);
    }
    expect(
      (await anonymous(world.test.app).request({ method: "GET", url: "/api/assessment-templates" })).statusCode,
    ).toBe(401);
    expect(
      (await world.admin.request({ method: "GET", url: `/api/assessment-templates/${world.templateId}` })).statusCode,
    ).toBe(200);
    expect(
      (
        await world.agent.request({
          method: "GET",
          url: "/api/assessment-templates/00000000-0000-4000-8000-000000000000",
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe("editing templates", () => {
  let draftId: string;

  it("lets only the programme manager create one, as a draft version 1", async () => {
    const payload = { key: "kort-tjek", definition: smallDefinition() };
    for (const client of [world.agent, world.unitMember, world.companyMember]) {
      expect((await client.request({ method: "POST", url: "/api/assessment-templates", payload })).statusCode).toBe(
        403,
      );
    }
    expect(
      (await anonymous(world.test.app).request({ method: "POST", url: "/api/assessment-templates", payload }))
        .statusCode,
    ).toBe(401);
    const created = await world.admin.request({ method: "POST", url: "/api/assessment-templates", payload });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ key: "kort-tjek", version: 1, status: "draft", isInUse: false });
    draftId = created.json().id;
    const again = await world.admin.request({ method: "POST", url: "/api/assessment-templates", payload });
    expect(again.statusCode).toBe(409);
    expect(again.json().fields.key).toBe("Der findes allerede en skabelon med denne nøgle");
  });

  it("names the field of a bad definition", async () => {
    const definition = smallDefinition();
    definition.sections[0].questions[0].audiences = ["management", "robots"];
    const response = await world.admin.request({
      method: "POST",
      url: "/api/assessment-templates",
      payload: { key: "daarlig", definition },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields["definition.sections.0.questions.0.audiences.1"]).toBe(
      "Gruppen er ikke en af skemaets grupper",
    );
  });

  it("changes a draft in place, and a published version only through a new version", async () => {
    const edited = await world.admin.request({
      method: "PUT",
      url: `/api/assessment-templates/${draftId}`,
      payload: { definition: smallDefinition("Kort tjek, rettet") },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ id: draftId, version: 1, title: { da: "Kort tjek, rettet" } });
    expect(
      (
        await world.agent.request({
          method: "PUT",
          url: `/api/assessment-templates/${draftId}`,
          payload: { definition: smallDefinition() },
        })
      ).statusCode,
    ).toBe(403);

    const published = await world.admin.request({
      method: "POST",
      url: `/api/assessment-templates/${draftId}/publish`,
    });
    expect(published.json()).toMatchObject({ status: "published" });
    expect(
      (await world.agent.request({ method: "POST", url: `/api/assessment-templates/${draftId}/publish` })).statusCode,
    ).toBe(403);

    const next = await world.admin.request({
      method: "PUT",
      url: `/api/assessment-templates/${draftId}`,
      payload: { definition: smallDefinition("Kort tjek 2") },
    });
    expect(next.statusCode).toBe(201);
    expect(next.json()).toMatchObject({ key: "kort-tjek", version: 2, status: "draft", title: { da: "Kort tjek 2" } });
    const v1 = await world.agent.request({ method: "GET", url: `/api/assessment-templates/${draftId}` });
    expect(v1.json()).toMatchObject({ version: 1, status: "published", title: { da: "Kort tjek, rettet" } });

    await world.admin.request({ method: "POST", url: `/api/assessment-templates/${next.json().id}/publish` });
    expect(
      (await world.agent.request({ method: "GET", url: `/api/assessment-templates/${draftId}` })).json().status,
    ).toBe("retired");
    const audit = await world.test.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity", "=", "questionnaire_template")
      .where("entity_id", "=", draftId)
      .orderBy("id")
      .execute();
    expect(audit.map((row) => row.action)).toEqual(["create", "update_draft", "publish"]);
  });

  it("refuses to start an assessment on a draft", async () => {
    const draft = await world.admin.request({
      method: "POST",
      url: "/api/assessment-templates",
      payload: { key: "kladde", definition: smallDefinition() },
    });
    const response = await world.agent.request({
      method: "POST",
      url: "/api/assessments",
      payload: { organisationId: world.unitId, templateId: draft.json().id, title: "Test" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields.templateId).toBe(
      "Skabelonen er ikke udgivet; udgiv den, før en vurdering kan bruge den",
    );
  });
});

describe("deleting a template version", () => {
  it("refuses a version in use with a clear 409, and keeps it", async () => {
    await startAssessment(world);
    const response = await world.admin.request({
      method: "DELETE",
      url: `/api/assessment-templates/${world.templateId}`,
      headers: { "accept-language": "en" },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      error: "conflict",
      fields: { id: "The template version is used by an assessment and cannot be deleted" },
    });
    expect(
      (await world.agent.request({ method: "GET", url: `/api/assessment-templates/${world.templateId}` })).json(),
    ).toMatchObject({ isInUse: true, assessmentCount: 1 });
  });

  it("refuses a published version nobody uses, and deletes an unused draft (admin only)", async () => {
    const created = await world.admin.request({
      method: "POST",
      url: "/api/assessment-templates",
      payload: { key: "slettes", definition: smallDefinition() },
    });
    const id = created.json().id;
    expect((await world.agent.request({ method: "DELETE", url: `/api/assessment-templates/${id}` })).statusCode).toBe(
      403,
    );
    expect(
      (await world.unitMember.request({ method: "DELETE", url: `/api/assessment-templates/${id}` })).statusCode,
    ).toBe(403);
    expect(
      (await anonymous(world.test.app).request({ method: "DELETE", url: `/api/assessment-templates/${id}` }))
        .statusCode,
    ).toBe(401);
    expect((await world.admin.request({ method: "DELETE", url: `/api/assessment-templates/${id}` })).statusCode).toBe(
      204,
    );
    expect((await world.agent.request({ method: "GET", url: `/api/assessment-templates/${id}` })).statusCode).toBe(404);

    const other = await world.admin.request({
      method: "POST",
      url: "/api/assessment-templates",
      payload: { key: "udgivet", definition: smallDefinition() },
    });
    await world.admin.request({ method: "POST", url: `/api/assessment-templates/${other.json().id}/publish` });
    const refused = await world.admin.request({
      method: "DELETE",
      url: `/api/assessment-templates/${other.json().id}`,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().fields.status).toBe("Kun en kladde kan slettes");
  });
});
