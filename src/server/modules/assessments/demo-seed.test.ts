import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemoAssessments } from "../../seed/demo-assessments.js";
import { buildOrganisation } from "../../test-support/factories.js";
import { createTestApp, signIn, type Client, type TestApp } from "../../test-support/harness.js";

let test: TestApp;
let agent: Client;
let unitId: string;

beforeAll(async () => {
  test = await createTestApp();
  agent = await signIn(test, "agent");
  const aarhus = await buildOrganisation(test.db, {
    kind: "municipality",
    name: "Aarhus Kommune",
    municipalityCode: "0751",
  });
  const odense = await buildOrganisation(test.db, {
    kind: "municipality",
    name: "Odense Kommune",
    municipalityCode: "0461",
  });
  unitId = await buildOrganisation(test.db, {
    kind: "public_unit",
    name: "Hjemmeplejen Aarhus Syd",
    parentId: aarhus,
    careAreas: ["home_care"],
  });
  const odenseUnit = await buildOrganisation(test.db, {
    kind: "public_unit",
    name: "Hjemmeplejen Odense Nord",
    parentId: odense,
    municipalityCode: "0461",
  });
  const ids = new Map([
    ["Hjemmeplejen Aarhus Syd", unitId],
    ["Hjemmeplejen Odense Nord", odenseUnit],
  ]);
  await loadDemoAssessments(test.db, { ids, agentId: null });
  await loadDemoAssessments(test.db, { ids, agentId: null });
});
afterAll(async () => {
  await test.close();
});

describe("the demo assessments", () => {
  it("load once: a closed assessment of Hjemmeplejen Aarhus Syd, 3 respondents per group, compared", async () => {
    const list = (await agent.request({ method: "GET", url: `/api/assessments?organisationId=${unitId}` })).json();
    expect(
      list.items.map((item: { title: string; status: string; submitted: number }) => [
        item.title,
        item.status,
        item.submitted,
      ]),
    ).toEqual([
      ["Innovationsvurdering 2026", "closed", 12],
      ["Innovationsvurdering 2025", "closed", 5],
    ]);
    const results = (
      await agent.request({ method: "GET", url: `/api/assessments/${list.items[0].id}/results` })
    ).json();
    expect(
      results.groups.map((group: { responses: number; withheld: boolean }) => [group.responses, group.withheld]),
    ).toEqual([
      [3, false],
      [3, false],
      [3, false],
      [3, false],
    ]);
    const technology = results.dimensions.find((item: { dimension: string }) => item.dimension === "technology");
    expect(technology.overall).toBe(77.1);
    expect(results.anonymity.withheldGroups).toEqual([]);
    expect(results.comparison.previous.title).toBe("Innovationsvurdering 2025");
    expect(results.comparison.programme.assessments).toBe(2);
    expect(results.gaps.length).toBeGreaterThan(0);
    expect(results.freeTexts.length).toBeGreaterThan(0);
    const implementation = results.dimensions.find(
      (item: { dimension: string }) => item.dimension === "implementation",
    );
    expect(implementation.groups.staff.score).toBeLessThan(implementation.groups.management.score);
  });
});
