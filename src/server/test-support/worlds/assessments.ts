import { expect } from "vitest";
import { buildOrganisation } from "../factories.js";
import { createTestApp, signIn, type Client, type TestApp } from "../harness.js";
import { loadDefaultAssessmentTemplate } from "../../seed/assessment-template.js";

/** The cast of the assessment tests: who may do what, around one assessed home-care unit. */
export interface AssessmentWorld {
  test: TestApp;
  templateId: string;
  admin: Client;
  agent: Client;
  municipalityId: string;
  unitId: string;
  /** A member of the assessed unit. */
  unitMember: Client;
  /** A member of the unit's parent municipality. */
  parentMember: Client;
  /** A member of another municipality. */
  otherMember: Client;
  /** A member of a company. */
  companyMember: Client;
}

export async function createAssessmentWorld(): Promise<AssessmentWorld> {
  const test = await createTestApp();
  const templateId = (await loadDefaultAssessmentTemplate(test.db)) as string;
  const municipalityId = await buildOrganisation(test.db, {
    kind: "municipality",
    name: "Aarhus Kommune",
    municipalityCode: "0751",
  });
  const unitId = await buildOrganisation(test.db, {
    kind: "public_unit",
    name: "Hjemmeplejen Syd",
    parentId: municipalityId,
    careAreas: ["home_care"],
  });
  const other = await buildOrganisation(test.db, {
    kind: "municipality",
    name: "Odense Kommune",
    municipalityCode: "0461",
  });
  const company = await buildOrganisation(test.db, { name: "Løft ApS" });
  return {
    test,
    templateId,
    admin: await signIn(test, "admin"),
    agent: await signIn(test, "agent"),
    municipalityId,
    unitId,
    unitMember: await signIn(test, "member", unitId),
    parentMember: await signIn(test, "member", municipalityId),
    otherMember: await signIn(test, "member", other),
    companyMember: await signIn(test, "member", company),
  };
}

export async function startAssessment(world: AssessmentWorld, title = "Innovationsvurdering 2026"): Promise<string> {
  const response = await world.agent.request({
    method: "POST",
    url: "/api/assessments",
    payload: { organisationId: world.unitId, templateId: world.templateId, title },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

export async function inviteRespondent(
  world: AssessmentWorld,
  assessmentId: string,
  audience: string,
  extra: Record<string, unknown> = {},
): Promise<{ token: string; id: string; link: string }> {
  const response = await world.agent.request({
    method: "POST",
    url: `/api/assessments/${assessmentId}/respondents`,
    payload: { audience, name: `Respondent ${audience}`, ...extra },
  });
  expect(response.statusCode, response.body).toBe(201);
  const body = response.json<{ token: string; link: string; respondent: { id: string } }>();
  return { token: body.token, id: body.respondent.id, link: body.link };
}

/** Answers every question of the respondent's form: scale questions with `scale`, texts with `text`. */
export async function answerAll(
  world: AssessmentWorld,
  token: string,
  scale: number | "dont_know",
  text?: string,
): Promise<void> {
  const form = (await world.test.app.inject({ method: "GET", url: `/api/respond/${token}` })).json<{
    form: { sections: { questions: { key: string; type: string }[] }[] };
  }>().form;
  const answers: Record<string, unknown> = {};
  for (const question of form.sections.flatMap((section) => section.questions)) {
    if (question.type === "scale") {
      answers[question.key] = scale;
    } else if (question.type === "text" && text) {
      answers[question.key] = text;
    }
  }
  const saved = await world.test.app.inject({
    method: "PUT",
    url: `/api/respond/${token}/answers`,
    payload: { answers },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const submitted = await world.test.app.inject({ method: "POST", url: `/api/respond/${token}/submit` });
  expect(submitted.statusCode, submitted.body).toBe(200);
}
