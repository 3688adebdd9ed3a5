import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDefaultIndicators } from "../../../domain/programme/indicators.js";
import type { IndicatorEvidence, ProgrammeDashboard, ProgrammeOwnPart } from "../../../domain/programme/views.js";
import { anonymous, createTestApp, signIn, type Client, type TestApp } from "../../test-support/harness.js";
import { createProgrammeWorld, type ProgrammeWorld } from "../../test-support/worlds/programme.js";
import { expectFiguresMatchRows } from "../../test-support/programme-figures.js";
import { defaultIndicatorSpecs } from "./default-indicators.js";
import { presentIndicator } from "./programme.service.js";

let test: TestApp;
let world: ProgrammeWorld;
let admin: Client;
let agent: Client;
let unitMember: Client;
let smeMember: Client;

const defaults = buildDefaultIndicators(
  { startsOn: "2026-01-01", endsOn: "2028-12-31" },
  { smes: 25 },
  defaultIndicatorSpecs(),
);
const settings = (patch: Record<string, unknown> = {}) => ({
  name: "OPI Test 2026–2028",
  startsOn: "2026-01-01",
  endsOn: "2028-12-31",
  themes: ["fra 2 til 1"],
  publicSummary: false,
  indicators: defaults,
  ...patch,
});
const put = (body: Record<string, unknown>) =>
  admin.request({ method: "PUT", url: "/api/programme/settings", payload: body });

beforeAll(async () => {
  test = await createTestApp();
  world = await createProgrammeWorld(test.db);
  admin = await signIn(test, "admin");
  agent = await signIn(test, "agent");
  unitMember = await signIn(test, "member", world.unitId);
  smeMember = await signIn(test, "member", world.smeIds[0]);
});
afterAll(async () => {
  await test.close();
});

async function dashboard(client: Client = agent): Promise<ProgrammeDashboard> {
  const response = await client.request({ method: "GET", url: "/api/programme/dashboard" });
  expect(response.statusCode).toBe(200);
  return response.json<ProgrammeDashboard>();
}
const indicator = (board: ProgrammeDashboard, code: string) => board.indicators.find((item) => item.code === code);

describe("GET /api/programme/dashboard", () => {
  it("computes each pilot figure from the processes past the partnership gate", async () => {
    const board = await dashboard();
    expect(indicator(board, "pilot_municipalities")).toMatchObject({ target: 5, actual: 2, evidenceCount: 2 });
    expect(indicator(board, "pilot_regional_institutions")).toMatchObject({ target: 1, actual: 1 });
    expect(indicator(board, "pilot_state_institutions")).toMatchObject({ target: 1, actual: 0 });
    // Two SMEs: not the large company, nor the company waiting before the partnership gate.
    expect(indicator(board, "pilot_smes")).toMatchObject({ target: 25, actual: 2, progress: 2 / 25 });
    expect(indicator(board, "pilot_smes")?.definition).toContain("partnerskabsgaten");
  });

  it("counts needs, processes by kind and tests from the work", async () => {
    const board = await dashboard();
    expect(indicator(board, "needs_recorded")?.actual).toBe(4);
    expect(indicator(board, "processes_started_individual")?.actual).toBe(3);
    expect(indicator(board, "processes_started_network")?.actual).toBe(1);
    expect(indicator(board, "tests_completed")?.actual).toBe(1);
    expect(indicator(board, "processes_implemented")?.actual).toBe(0);
    expect(indicator(board, "assessments_done")?.actual).toBe(0);
  });

  it("counts the seminars, outreach and knowledge modules' measures: a number, with evidence", async () => {
    const board = await dashboard();
    for (const code of ["seminars_held", "institutions_visited", "cases_published", "adoptions"]) {
      const item = indicator(board, code);
      expect(item?.actual, code).toEqual(expect.any(Number));
      expect(item?.notMeasuredReason, code).toBeNull();
      expect(item?.evidenceCount, code).toBe(item?.actual);
    }
  });

  it("counts by SQL exactly each measure's evidence rows; funnel and collaboration as row by row", async () => {
    // The test world has units of a municipality, a large company, a stopped process and a network process.
    const checked = await expectFiguresMatchRows(test.db, { from: "2026-01-01", to: "2028-12-31" }, "2026-12-07");
    expect(checked).toContain("pilot_smes");
  });

  it("shows a measure no module provides as «not measured yet» with the reason, never as 0", () => {
    const card = defaults.find((item) => item.measure === "seminars_held");
    expect(card).toBeDefined();
    const period = { from: "2026-01-01", to: "2028-12-31" };
    const shown = presentIndicator(card as (typeof defaults)[number], null, period, "2026-12-07", "da");
    expect(shown.actual).toBeNull();
    expect(shown.progress).toBeNull();
    expect(shown.milestones).toEqual([]);
    expect(shown.notMeasuredReason).toContain("Ikke målt endnu");
    expect(shown.notMeasuredReason).toContain("seminars");
    const measured = presentIndicator(card as (typeof defaults)[number], [], period, "2026-12-07", "da");
    expect(measured.actual).toBe(0);
    expect(measured.notMeasuredReason).toBeNull();
  });

  it("has the funnel with conversions and the stopped process with its reason", async () => {
    const board = await dashboard();
    expect(board.funnel.stages.map((stage) => [stage.stage, stage.count])).toEqual([
      ["need", 4],
      ["matched", 4],
      ["in_process", 4],
      ["tested", 1],
      ["implemented", 0],
      ["spread", 0],
    ]);
    expect(board.funnel.stopped).toEqual([
      expect.objectContaining({ title: "Hospitalsforløb", phase: "test", reason: "test stop — Lært" }),
    ]);
  });

  it("computes the collaboration statistics beside the national figures with their source", async () => {
    const board = await dashboard();
    const { stats, national, source } = board.collaboration;
    expect(stats.processes).toBe(4);
    expect(stats.withPrivateCompanies).toEqual({ count: 4, of: 4, share: 1 });
    expect(stats.withKnowledgeInstitutions.count).toBe(1);
    // Viborg with Aarhus as test site: two municipalities.
    expect(stats.withinSameSector.count).toBe(1);
    expect(stats.acrossSectors.count).toBe(0);
    expect(national.withPrivateCompanies).toMatchObject({ value: 0.3 });
    expect(national.withPrivateCompanies?.edition).toContain("2013-2014");
    expect(source.url.join(" ")).toContain("co-pi.dk");
  });

  it("shows milestones as met, missed or upcoming from the evidence dates", async () => {
    const cards = defaults.map((card) =>
      card.code === "pilot_smes"
        ? {
            ...card,
            milestones: [
              { on: "2026-04-30", target: 1 },
              { on: "2026-06-30", target: 2 },
              { on: "2028-12-31", target: 25 },
            ],
          }
        : card,
    );
    expect((await put(settings({ indicators: cards }))).statusCode).toBe(200);
    const sme = indicator(await dashboard(), "pilot_smes");
    expect(sme?.milestones.map((milestone) => [milestone.on, milestone.status, milestone.actual])).toEqual([
      ["2026-04-30", "met", 1],
      ["2026-06-30", "missed", 1],
      ["2028-12-31", "upcoming", 2],
    ]);
    expect(sme?.series.find((point) => point.on === "2026-03-31")?.actual).toBe(1);
    expect((await put(settings())).statusCode).toBe(200);
  });

  it("narrows to a report period inside the programme's", async () => {
    const response = await agent.request({
      method: "GET",
      url: "/api/programme/dashboard?from=2026-01-01&to=2026-06-30",
    });
    const board = response.json<ProgrammeDashboard>();
    expect(board.period).toEqual({ from: "2026-01-01", to: "2026-06-30" });
    expect(indicator(board, "pilot_smes")?.actual).toBe(1);
    expect(indicator(board, "processes_started_individual")?.actual).toBe(2);
    const backwards = await agent.request({
      method: "GET",
      url: "/api/programme/dashboard?from=2026-06-30&to=2026-01-01",
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json<{ fields: Record<string, string> }>().fields).toHaveProperty("to");
  });

  it("keeps a report period inside the programme's: a wider range is cut to it, no range is all of it", async () => {
    const wide = await agent.request({ method: "GET", url: "/api/programme/dashboard?from=2020-01-01&to=2030-12-31" });
    expect(wide.json<ProgrammeDashboard>().period).toEqual({ from: "2026-01-01", to: "2028-12-31" });
    expect((await dashboard()).period).toEqual({ from: "2026-01-01", to: "2028-12-31" });
  });
});

describe("GET /api/programme/indicators/:code/evidence", () => {
  it("lists the SMEs with links to their organisation pages and the process they are in", async () => {
    const response = await admin.request({ method: "GET", url: "/api/programme/indicators/pilot_smes/evidence" });
    expect(response.statusCode).toBe(200);
    const { rows, indicator: card } = response.json<IndicatorEvidence>();
    expect(card.actual).toBe(2);
    expect(rows).toEqual([
      {
        id: world.smeIds[0],
        label: "LøfteLet ApS",
        href: `/organisationer/${world.smeIds[0]}`,
        at: "2026-03-15",
        detail: "Loftlifte",
      },
      {
        id: world.smeIds[1],
        label: "SkærmNær ApS",
        href: `/organisationer/${world.smeIds[1]}`,
        at: "2026-09-01",
        detail: "Skærmbesøg",
      },
    ]);
  });

  it("counts a municipality once, through its unit, with a link to the municipality", async () => {
    const response = await admin.request({
      method: "GET",
      url: "/api/programme/indicators/pilot_municipalities/evidence",
    });
    const { rows } = response.json<IndicatorEvidence>();
    expect(rows.map((row) => [row.label, row.at])).toEqual([
      ["Aarhus Kommune", "2026-03-15"],
      ["Viborg Kommune", "2026-09-01"],
    ]);
  });

  it("answers 404 for an unknown indicator", async () => {
    const response = await admin.request({ method: "GET", url: "/api/programme/indicators/nothing_here/evidence" });
    expect(response.statusCode).toBe(404);
  });
});

describe("exports", () => {
  it("writes one sheet per indicator with its evidence rows, after a summary", async () => {
    const response = await agent.request({ method: "GET", url: "/api/programme/export.xlsx" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toContain(".xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["Oversigt", ...defaults.map((card) => card.code)]);
    const smes = book.getWorksheet("pilot_smes");
    expect(smes?.rowCount).toBe(3);
    expect(smes?.getRow(2).getCell(2).value).toBe("LøfteLet ApS");
    expect(String(smes?.getRow(2).getCell(5).value)).toMatch(/^http:\/\/.+\/organisationer\//);
    const seminars = book.getWorksheet("Oversigt")?.getColumn(1).values.indexOf("seminars_held") ?? -1;
    expect(book.getWorksheet("Oversigt")?.getRow(seminars).getCell(5).value).toEqual(expect.any(Number));
  });

  it("writes every evidence row to CSV", async () => {
    const response = await agent.request({ method: "GET", url: "/api/programme/export.csv" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/csv");
    expect(response.body).toContain('"pilot_smes";"SMV\'er i pilotprojekter";');
    expect(response.body.split("\r\n").filter((line) => line.startsWith('"pilot_smes"'))).toHaveLength(2);
  });
});

describe("PUT /api/programme/settings: bad input names the field", () => {
  const card = defaults[0];
  it.each<[string, unknown[], string]>([
    ["a target below zero", [{ ...card, target: -1 }], "indicators.0.target"],
    [
      "a milestone outside the period",
      [{ ...card, milestones: [{ on: "2030-01-01", target: 1 }] }],
      "indicators.0.milestones.0.on",
    ],
    ["an unknown measure", [{ ...card, measure: "coffee_cups" }], "indicators.0.measure"],
  ])("%s → 400 naming %s", async (_, indicators, field) => {
    const response = await put(settings({ indicators }));
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json<{ fields: Record<string, string> }>().fields)).toEqual([field]);
  });

  it("saves name, themes and a changed target, audited, and the dashboard follows", async () => {
    const cards = defaults.map((item) => (item.code === "pilot_smes" ? { ...item, target: 20 } : item));
    const response = await put(
      settings({ name: "OPI Velfærd", themes: ["fra 2 til 1", "digitale besøg"], indicators: cards }),
    );
    expect(response.statusCode).toBe(200);
    expect(response.json<{ themes: string[] }>().themes).toEqual(["fra 2 til 1", "digitale besøg"]);
    expect(indicator(await dashboard(), "pilot_smes")?.target).toBe(20);
    const audit = await test.db.selectFrom("audit_log").selectAll().where("entity", "=", "programme").execute();
    expect(audit.length).toBeGreaterThan(0);
    await put(settings());
  });
});

describe("members and the public", () => {
  it("shows a member only the rows of their own organisation", async () => {
    const response = await unitMember.request({ method: "GET", url: "/api/programme/mine" });
    expect(response.statusCode).toBe(200);
    const part = response.json<ProgrammeOwnPart>();
    const municipalities = part.indicators.find((item) => item.code === "pilot_municipalities");
    expect(municipalities?.rows.map((row) => row.label)).toEqual(["Aarhus Kommune"]);
    expect(part.indicators.find((item) => item.code === "pilot_smes")).toBeUndefined();
  });

  it("never shows a company another company's name", async () => {
    const response = await smeMember.request({ method: "GET", url: "/api/programme/mine" });
    expect(response.body).toContain("LøfteLet ApS");
    expect(response.body).not.toContain("SkærmNær");
    expect(response.body).not.toContain("Storfirma");
  });

  it("keeps the public summary off until the programme manager switches it on; then aggregates only", async () => {
    expect((await anonymous(test.app).request({ method: "GET", url: "/api/public/programme" })).statusCode).toBe(404);
    await put(settings({ publicSummary: true }));
    const response = await anonymous(test.app).request({ method: "GET", url: "/api/public/programme" });
    expect(response.statusCode).toBe(200);
    expect(response.json<{ indicators: { code: string; actual: number | null }[] }>().indicators).toContainEqual(
      expect.objectContaining({ code: "pilot_smes", actual: 2 }),
    );
    for (const name of ["LøfteLet", "SkærmNær", "Storfirma", "Aarhus", "Loftlifte"]) {
      expect(response.body).not.toContain(name);
    }
    await put(settings());
  });
});

describe("Innovationsbarometer tags on a process", () => {
  it("are set by those who steer the process, refused with the field named, and feed the statistics", async () => {
    const { id } = await test.db
      .selectFrom("processes")
      .select("id")
      .where("title", "=", "Venter")
      .executeTakeFirstOrThrow();
    const url = `/api/processes/${id}/innovation-tags`;
    const tags = {
      innovationType: "process",
      novelty: "copied",
      initiator: "company",
      valueTypes: ["quality"],
      evaluation: "internal",
    };
    const bad = await agent.request({ method: "PUT", url, payload: { ...tags, novelty: "brand_new" } });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json<{ fields: Record<string, string> }>().fields)).toEqual(["novelty"]);
    expect((await smeMember.request({ method: "PUT", url, payload: tags })).statusCode).toBe(404);
    expect((await agent.request({ method: "PUT", url, payload: tags })).statusCode).toBe(200);
    expect((await unitMember.request({ method: "GET", url })).json()).toEqual({ processId: id, tags });
    const { stats } = (await dashboard()).collaboration;
    expect(stats.noveltyCopied).toEqual({ count: 1, of: 3, share: 1 / 3 });
    expect(stats.companyInitiated).toEqual({ count: 1, of: 1, share: 1 });
    expect(stats.evaluated).toEqual({ count: 1, of: 1, share: 1 });
  });
});
