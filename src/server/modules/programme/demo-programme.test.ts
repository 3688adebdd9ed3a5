import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IndicatorEvidence, ProgrammeDashboard } from "../../../domain/programme/views.js";
import { loadDemoData } from "../../seed/demo.js";
import { DEMO_PASSWORD } from "../../seed/demo-content.js";
import { createTestApp, login, type Client, type TestApp } from "../../test-support/harness.js";
import { expectFiguresMatchRows } from "../../test-support/programme-figures.js";
import { providedMeasures } from "./programme.measures.js";

let test: TestApp;
let manager: Client;

beforeAll(async () => {
  test = await createTestApp();
  expect(await loadDemoData(test.db)).toBe(true);
  manager = await login(test.app, "programleder@samspil.example", DEMO_PASSWORD);
});
afterAll(async () => {
  await test.close();
});

describe("the demo programme's dashboard", () => {
  it("tells a true story: a little short of the seed's targets, with a milestone missed", async () => {
    const board = (
      await manager.request({ method: "GET", url: "/api/programme/dashboard" })
    ).json<ProgrammeDashboard>();
    const figure = (code: string) => board.indicators.find((item) => item.code === code);
    expect([figure("pilot_municipalities")?.actual, figure("pilot_municipalities")?.target]).toEqual([4, 5]);
    expect([figure("pilot_regional_institutions")?.actual, figure("pilot_regional_institutions")?.target]).toEqual([
      1, 1,
    ]);
    expect([figure("pilot_state_institutions")?.actual, figure("pilot_state_institutions")?.target]).toEqual([0, 1]);
    expect([figure("pilot_smes")?.actual, figure("pilot_smes")?.target]).toEqual([22, 25]);
    expect(figure("pilot_municipalities")?.milestones[0]).toMatchObject({ on: "2026-09-30", status: "missed" });
    expect(figure("pilot_smes")?.milestones[0]).toMatchObject({ on: "2026-06-30", status: "met" });
    expect(board.funnel.stopped.map((item) => item.title)).toEqual(["Vaske-tørre-toiletter på plejehjem"]);
    expect(board.collaboration.stats.withPrivateCompanies.count).toBeGreaterThan(0);
  });

  it("opens «SMEs in pilot projects» to its 22 companies", async () => {
    const response = await manager.request({ method: "GET", url: "/api/programme/indicators/pilot_smes/evidence" });
    const { rows } = response.json<IndicatorEvidence>();
    expect(rows).toHaveLength(22);
    expect(rows.map((row) => row.label)).toContain("SkærmNær ApS");
    expect(rows.map((row) => row.label)).not.toContain("LøfteLet ApS");
  });
});

describe("the dashboard's figure-only path on the demo data", () => {
  it("counts, by day, exactly the evidence rows of every measure; funnel and collaboration as row by row", async () => {
    const board = (
      await manager.request({ method: "GET", url: "/api/programme/dashboard" })
    ).json<ProgrammeDashboard>();
    const period = { from: board.programme.startsOn, to: board.today };
    const checked = await expectFiguresMatchRows(test.db, period, board.today);
    expect(checked).toEqual([...providedMeasures().keys()]);
    expect(checked.length).toBeGreaterThanOrEqual(14);
  });

  it("gives each indicator the figure its evidence opens to", async () => {
    const board = (
      await manager.request({ method: "GET", url: "/api/programme/dashboard" })
    ).json<ProgrammeDashboard>();
    for (const item of board.indicators.filter((indicator) => indicator.actual !== null)) {
      const response = await manager.request({ method: "GET", url: `/api/programme/indicators/${item.code}/evidence` });
      const evidence = response.json<IndicatorEvidence>();
      expect([item.code, item.actual, item.evidenceCount]).toEqual([
        item.code,
        evidence.rows.length,
        evidence.rows.length,
      ]);
      expect(evidence.indicator.milestones).toEqual(item.milestones);
      expect(evidence.indicator.series).toEqual(item.series);
    }
  });
});
