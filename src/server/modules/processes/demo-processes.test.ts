import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemoData } from "../../seed/demo.js";
import { DEMO_PASSWORD } from "../../seed/demo-content.js";
import { createTestApp, login, type TestApp } from "../../test-support/harness.js";

let test: TestApp;

beforeAll(async () => {
  test = await createTestApp();
  expect(await loadDemoData(test.db)).toBe(true);
});
afterAll(async () => {
  await test.close();
});

describe("demo processes", () => {
  it("carry the history a real run leaves: the start and every gate decision, newest first", async () => {
    const agent = await login(test.app, "agent@samspil.example", DEMO_PASSWORD);
    const board = (await agent.request({ method: "GET", url: "/api/processes" })).json();
    const toilets = board.items.find((item: { title: string }) => item.title === "Vaske-tørre-toiletter på plejehjem");
    const detail = (await agent.request({ method: "GET", url: `/api/processes/${toilets.id}` })).json();
    const actions = detail.activity.map((entry: { action: string }) => entry.action);
    expect(actions).toEqual(["gate:stop", "gate:go", "gate:go", "gate:go", "gate:go", "gate:go", "start"]);
    expect(detail.activity[0].detail).toMatchObject({
      status: "stopped",
      phase: "evaluation",
      lessons: "Afklar brugergruppen og mål tidsforbruget før investering.",
    });
    expect(detail.activity[1].detail).toMatchObject({ phase: "evaluation", status: "active" });
    expect(detail.activity.every((entry: { actor: string | null }) => entry.actor !== null)).toBe(true);
  });
});
