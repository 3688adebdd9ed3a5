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

describe("demo history over the year", () => {
  const DAY = 86_400_000;
  it("spreads needs, processes and gates over the last year, each story in its order", async () => {
    const now = Date.now();
    const needs = await test.db.selectFrom("needs").select(["created_at", "updated_at"]).execute();
    const ages = needs.map((row) => (now - row.created_at.getTime()) / DAY);
    expect(Math.max(...ages)).toBeGreaterThan(300);
    expect(Math.max(...ages)).toBeLessThan(366);
    expect(Math.min(...ages)).toBeLessThan(30);
    // Not one date: at least eight different months among the needs.
    expect(new Set(needs.map((row) => row.created_at.toISOString().slice(0, 7))).size).toBeGreaterThanOrEqual(8);

    for (const table of ["needs", "processes", "outreach_contacts"] as const) {
      const rows = await test.db.selectFrom(table).select(["created_at", "updated_at"]).execute();
      for (const row of rows) {
        expect(row.created_at.getTime()).toBeLessThanOrEqual(row.updated_at.getTime());
      }
    }

    const processes = await test.db.selectFrom("processes").select(["id", "title", "created_at"]).execute();
    const gates = await test.db.selectFrom("process_gates").select(["process_id", "decided_at"]).execute();
    for (const process of processes) {
      const own = gates.filter((gate) => gate.process_id === process.id);
      expect(own.length, process.title).toBeGreaterThan(0);
      expect(Math.min(...own.map((gate) => gate.decided_at.getTime())), process.title).toBeGreaterThan(
        process.created_at.getTime(),
      );
    }
    const lifting = processes.find((row) => row.title === "Fra 2 til 1: loftlifte i hjemmeplejen");
    expect((now - (lifting?.created_at.getTime() ?? now)) / DAY).toBeGreaterThan(200);
  });

  it("keeps every entity's log in time order, the need recorded before it was matched and its process", async () => {
    const rows = await test.db
      .selectFrom("audit_log")
      .select(["id", "at", "entity", "entity_id"])
      .orderBy("id")
      .execute();
    const last = new Map<string, number>();
    for (const row of rows) {
      const key = `${row.entity}:${row.entity_id}`;
      expect(row.at.getTime(), key).toBeGreaterThanOrEqual(last.get(key) ?? 0);
      last.set(key, row.at.getTime());
    }
    const needs = await test.db.selectFrom("needs").select(["id", "created_at"]).execute();
    for (const need of needs) {
      for (const row of rows.filter((entry) => entry.entity === "need" && entry.entity_id === need.id)) {
        expect(row.at.getTime()).toBeGreaterThanOrEqual(need.created_at.getTime());
      }
    }
    const processStarts = rows.filter((row) => row.entity === "process");
    expect(new Set(processStarts.map((row) => row.at.toISOString().slice(0, 10))).size).toBeGreaterThan(10);
  });
});
