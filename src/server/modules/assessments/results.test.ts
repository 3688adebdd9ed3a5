import ExcelJS from "exceljs";
import da from "../../../web/features/assessments/i18n/da.json" with { type: "json" };
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganisation } from "../../test-support/factories.js";
import { anonymous, type Client } from "../../test-support/harness.js";
import {
  answerAll,
  createAssessmentWorld,
  inviteRespondent,
  startAssessment,
  type AssessmentWorld,
} from "../../test-support/worlds/assessments.js";

let world: AssessmentWorld;
let assessmentId: string;
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;
const threeTimes = <T>(item: T): T[] => [item, item, item];

async function closedAssessment(organisationId: string, answers: [string, number][], ageMs: number): Promise<string> {
  const created = await world.agent.request({
    method: "POST",
    url: "/api/assessments",
    payload: { organisationId, templateId: world.templateId, title: "Tidligere vurdering" },
  });
  const id = created.json().id;
  for (const [audience, scale] of answers) {
    await answerAll(world, (await inviteRespondent(world, id, audience)).token, scale);
  }
  await world.agent.request({ method: "POST", url: `/api/assessments/${id}/close` });
  await world.test.db
    .updateTable("assessments")
    .set({ opened_at: new Date(Date.now() - ageMs) })
    .where("id", "=", id)
    .execute();
  return id;
}

beforeAll(async () => {
  world = await createAssessmentWorld();
  await closedAssessment(
    world.unitId,
    [...threeTimes<[string, number]>(["management", 3]), ...threeTimes<[string, number]>(["staff", 3])],
    YEAR_MS,
  );
  const elsewhere = await buildOrganisation(world.test.db, {
    kind: "public_unit",
    name: "Plejecenter Nord",
    parentId: world.municipalityId,
  });
  await closedAssessment(elsewhere, threeTimes<[string, number]>(["management", 5]), YEAR_MS / 2);
  assessmentId = await startAssessment(world);
  // Three managers and three staff are shown; the one citizen and the two partners are too few to show
  // (anonymity), and together three, so neither can be worked out from the overall and the shown groups.
  await answerAll(
    world,
    (await inviteRespondent(world, assessmentId, "management")).token,
    5,
    "Ledelsen ønsker mere data",
  );
  await answerAll(world, (await inviteRespondent(world, assessmentId, "management")).token, 5);
  await answerAll(world, (await inviteRespondent(world, assessmentId, "management")).token, 5);
  await answerAll(world, (await inviteRespondent(world, assessmentId, "staff")).token, 1, "Wifi falder ud i kælderen");
  await answerAll(world, (await inviteRespondent(world, assessmentId, "staff")).token, 1);
  await answerAll(world, (await inviteRespondent(world, assessmentId, "staff")).token, 1);
  await answerAll(
    world,
    (await inviteRespondent(world, assessmentId, "citizens")).token,
    3,
    "Borgeren på tredje sal savner lys",
  );
  await answerAll(
    world,
    (await inviteRespondent(world, assessmentId, "partners")).token,
    3,
    "Partneren vil ikke citeres",
  );
  await answerAll(world, (await inviteRespondent(world, assessmentId, "partners")).token, 3);
  const draft = await inviteRespondent(world, assessmentId, "partners");
  await anonymous(world.test.app).request({
    method: "PUT",
    url: `/api/respond/${draft.token}/answers`,
    payload: { answers: { tech_fit: 5 } },
  });
});
afterAll(async () => {
  await world.test.close();
});

const get = (client: Pick<Client, "request">, path: string) =>
  client.request({ method: "GET", url: `/api/assessments/${assessmentId}${path}` });

describe("results", () => {
  it("scores each dimension per group and overall from submitted responses; radar, disagreement, gaps", async () => {
    const response = await get(world.agent, "/results");
    expect(response.statusCode).toBe(200);
    const results = response.json();
    expect(results.responses).toBe(9);
    const technology = results.dimensions.find((item: { dimension: string }) => item.dimension === "technology");
    expect(technology).toMatchObject({
      label: "Teknologi",
      overall: 50,
      groupsScored: 4,
      groups: {
        management: { score: 100, withheld: false },
        staff: { score: 0, respondents: 3, withheld: false },
        citizens: { score: null, withheld: true, respondents: 1 },
        partners: { score: null, withheld: true, respondents: 2 },
      },
    });
    // tech_fit: one citizen and two partners, three withheld together: management and staff shown.
    // tech_reliable (management, staff, citizens): the one citizen alone would be 3 × overall − the others,
    // so the smallest shown group (management) is withheld for that question as well.
    const question = (key: string) =>
      technology.questions.find((item: { key: string }) => item.key === key) as {
        groups: Record<string, number | null>;
        overall: number | null;
      };
    expect(question("tech_fit")).toMatchObject({
      overall: 50,
      groups: { management: 100, staff: 0, citizens: null, partners: null },
    });
    expect(question("tech_reliable")).toMatchObject({
      overall: 50,
      groups: { management: null, staff: 0, citizens: null },
    });
    expect(results.radar.axes).toHaveLength(8);
    expect(results.radar.series.map((series: { key: string }) => series.key)).toEqual([
      "overall",
      "management",
      "staff",
    ]);
    expect(results.disagreement[0]).toMatchObject({
      spread: 100,
      highest: { group: "management" },
      lowest: { group: "staff" },
    });
    expect(results.gaps[0]).toMatchObject({ rank: 1, reasons: ["disagreement"], needId: null });
  });

  it("withholds a group with under 3 answers, for every reader, and says so; the overall counts it", async () => {
    for (const client of [world.agent, world.unitMember, world.parentMember]) {
      const results = (await get(client, "/results")).json();
      expect(results.anonymity).toEqual({
        minimum: 3,
        withheldGroups: [
          { key: "citizens", label: "Borgere og pårørende", responses: 1, reason: "too_few" },
          { key: "partners", label: "Samarbejdspartnere", responses: 2, reason: "too_few" },
        ],
      });
      expect(results.groups.map((group: { key: string; withheld: boolean }) => [group.key, group.withheld])).toEqual([
        ["management", false],
        ["staff", false],
        ["citizens", true],
        ["partners", true],
      ]);
      for (const dimension of results.dimensions as {
        groups: Record<string, { score: number | null }>;
        questions: { groups: Record<string, number | null> }[];
      }[]) {
        for (const group of ["citizens", "partners"]) {
          expect(dimension.groups[group]?.score ?? null).toBeNull();
          expect(dimension.questions.every((question) => (question.groups[group] ?? null) === null)).toBe(true);
        }
      }
      expect(JSON.stringify(results.choices)).not.toContain('"citizens"');
      expect(JSON.stringify(results.choices)).not.toContain('"partners"');
    }
    const { freeTexts } = (await get(world.agent, "/results")).json();
    expect(JSON.stringify(freeTexts)).not.toContain("tredje sal");
    expect(JSON.stringify(freeTexts)).not.toContain("citeres");
  });

  it("compares with the institution's previous assessment and with the programme average", async () => {
    const { comparison, radar } = (await get(world.agent, "/results")).json();
    const technology = (deltas: { dimension: string }[]) => deltas.find((item) => item.dimension === "technology");
    expect(comparison.previous).toMatchObject({ title: "Tidligere vurdering", closedAt: expect.any(String) });
    expect(technology(comparison.previous.deltas)).toMatchObject({
      overall: 0,
      groups: { management: 50, staff: -50, citizens: null },
    });
    expect(comparison.programme.assessments).toBe(2);
    expect(technology(comparison.programme.deltas)).toMatchObject({ overall: -25 });
    expect(radar.comparison.map((series: { key: string }) => series.key)).toEqual(["previous", "programme"]);
  });

  it("shows free texts by dimension to agents and the assessed institution, not its parent municipality", async () => {
    for (const client of [world.agent, world.unitMember]) {
      const { freeTexts } = (await get(client, "/results")).json();
      const technology = freeTexts.find((group: { dimension: string }) => group.dimension === "technology");
      expect(
        technology.items.map((item: { text: string; groupLabel: string }) => [item.groupLabel, item.text]),
      ).toEqual([
        ["Ledelse", "Ledelsen ønsker mere data"],
        ["Medarbejdere", "Wifi falder ud i kælderen"],
      ]);
    }
    const parent = await get(world.parentMember, "/results");
    expect(parent.statusCode).toBe(200);
    expect(parent.json()).toMatchObject({ freeTexts: null, canViewAnswers: false });
    expect(parent.body).not.toContain("kælderen");
  });

  it("is never shown to another organisation or a company, nor without a session", async () => {
    for (const client of [world.otherMember, world.companyMember]) {
      for (const path of ["/results", "/export.xlsx", "/report"]) {
        expect((await get(client, path)).statusCode, path).toBe(404);
      }
    }
    for (const path of ["/results", "/export.xlsx", "/report"]) {
      expect((await get(anonymous(world.test.app), path)).statusCode, path).toBe(401);
    }
  });
});

describe("turning a gap into a need", () => {
  const url = () => `/api/assessments/${assessmentId}/gaps/technology/need`;

  it("creates one need of the assessed institution citing the evidence; asking again returns it", async () => {
    const created = await world.agent.request({ method: "POST", url: url() });
    expect(created.statusCode).toBe(201);
    const need = created.json();
    expect(need).toMatchObject({
      ownerOrganisationId: world.unitId,
      careArea: "home_care",
      dimension: "technology",
      source: "assessment",
      status: "new",
      title: "Teknologi: uenighed mellem grupperne (360°-vurdering)",
    });
    expect(need.description).toContain("Teknologi fik 50 af 100 samlet.");
    expect(need.description).toContain("Største uenighed: Ledelse 100 mod Medarbejdere 0 (100 point).");
    expect(need.description).not.toContain("kælderen");
    const again = await world.agent.request({ method: "POST", url: url(), payload: { title: "Andet" } });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(need.id);
    const links = await world.test.db
      .selectFrom("assessment_needs")
      .selectAll()
      .where("assessment_id", "=", assessmentId)
      .execute();
    expect(links).toHaveLength(1);
    const audit = await world.test.db
      .selectFrom("audit_log")
      .select(["entity", "action"])
      .where("entity_id", "in", [need.id, assessmentId])
      .orderBy("id")
      .execute();
    expect(audit).toEqual(
      expect.arrayContaining([
        { entity: "need", action: "create" },
        { entity: "assessment", action: "gap_to_need" },
      ]),
    );
    const results = (await get(world.agent, "/results")).json();
    expect(results.gaps.find((gap: { dimension: string }) => gap.dimension === "technology").needId).toBe(need.id);
    expect((await world.unitMember.request({ method: "GET", url: `/api/needs/${need.id}` })).statusCode).toBe(200);
  });

  it("takes a care area, title and priority, and refuses bad ones by name", async () => {
    const made = await world.admin.request({
      method: "POST",
      url: `/api/assessments/${assessmentId}/gaps/organisation/need`,
      payload: { careArea: "dementia", title: "Tid til udvikling", priority: "high" },
    });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({
      careArea: "dementia",
      title: "Tid til udvikling",
      priority: "high",
      dimension: "organisation",
    });
    expect(
      (
        await world.agent.request({
          method: "POST",
          url: `/api/assessments/${assessmentId}/gaps/strategy/need`,
          payload: { careArea: "space" },
        })
      ).json().fields,
    ).toHaveProperty("careArea");
    expect(
      (await world.agent.request({ method: "POST", url: `/api/assessments/${assessmentId}/gaps/weather/need` })).json()
        .fields,
    ).toHaveProperty("dimension");
  });

  it("refuses a dimension without answers with a clear 409", async () => {
    const empty = await startAssessment(world, "Tom");
    const response = await world.agent.request({ method: "POST", url: `/api/assessments/${empty}/gaps/strategy/need` });
    expect(response.statusCode).toBe(409);
    expect(response.json().fields.dimension).toBe("Der er ingen svar i denne dimension at bygge et behov på");
  });

  it("is the agents' action: the institution may not, others see nothing", async () => {
    for (const client of [world.unitMember, world.parentMember]) {
      expect(
        (await client.request({ method: "POST", url: `/api/assessments/${assessmentId}/gaps/strategy/need` }))
          .statusCode,
      ).toBe(403);
    }
    for (const client of [world.otherMember, world.companyMember]) {
      expect(
        (await client.request({ method: "POST", url: `/api/assessments/${assessmentId}/gaps/strategy/need` }))
          .statusCode,
      ).toBe(404);
    }
    expect(
      (
        await anonymous(world.test.app).request({
          method: "POST",
          url: `/api/assessments/${assessmentId}/gaps/strategy/need`,
        })
      ).statusCode,
    ).toBe(401);
  });
});

describe("export and report", () => {
  it("exports the raw answers pseudonymised as XLSX to agents and the institution, not its parent", async () => {
    const response = await get(world.unitMember, "/export.xlsx");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers["content-disposition"]).toBe('attachment; filename="360-innovationsvurdering-2026.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Svar");
    expect(sheet?.rowCount).toBe(10);
    const header = sheet?.getRow(1).values as unknown[];
    const techColumn = header.indexOf("tech_fit");
    expect(sheet?.getRow(3).getCell(1).value).toBe("R01");
    expect(sheet?.getRow(3).getCell(2).value).toBe("Ledelse");
    expect(sheet?.getRow(3).getCell(techColumn).value).toBe(5);
    // The managers' score on tech_reliable is withheld to protect the one citizen: so are their raw answers to it.
    expect(sheet?.getRow(3).getCell(header.indexOf("tech_reliable")).value).toBeNull();
    expect(sheet?.getRow(6).getCell(2).value).toBe("Medarbejdere");
    expect(sheet?.getRow(6).getCell(header.indexOf("tech_reliable")).value).toBe(1);
    expect(workbook.getWorksheet("Spørgsmål")?.rowCount).toBe(44);
    const values = JSON.stringify(sheet?.getSheetValues());
    expect(values).not.toContain("Respondent");
    expect(values).not.toContain("@");
    expect(values).not.toContain("tredje sal");
    expect(values).not.toContain('Borgere og pårørende"');
    expect(values).not.toContain('Samarbejdspartnere"');
    expect(values).not.toContain("citeres");
    expect(sheet?.getRow(9).getCell(1).value).toBe(
      "3 besvarelser fra Borgere og pårørende, Samarbejdspartnere vises ikke: for få svar til at vise " +
        "(anonymitet, under 3 i gruppen eller skjult for at beskytte en mindre gruppe). De tæller med i " +
        "de samlede scorer.",
    );
    expect(sheet?.getRow(10).getCell(1).value).toBe(
      "Tomme felter: svar på en skala, som ikke vises, fordi for få fra gruppen svarede på " +
        "spørgsmålet eller i dimensionen (anonymitet).",
    );
    const scores = workbook.getWorksheet("Scorer");
    const scoreHeader = scores?.getRow(1).values as unknown[];
    expect(scores?.getRow(2).values).toEqual([
      undefined,
      "Teknologi",
      50,
      100,
      0,
      "For få svar til at vise (anonymitet)",
      "For få svar til at vise (anonymitet)",
    ]);
    expect(scoreHeader.slice(3)).toEqual(["Ledelse", "Medarbejdere", "Borgere og pårørende", "Samarbejdspartnere"]);
    expect((await get(world.agent, "/export.xlsx")).statusCode).toBe(200);
    expect((await get(world.parentMember, "/export.xlsx")).statusCode).toBe(403);
  });

  it("prints an accessible Danish report without scripts; comments only for those who may read them", async () => {
    const response = await get(world.agent, "/report");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(response.headers["content-security-policy"]).toContain("default-src 'none'");
    expect(response.headers["content-security-policy"]).not.toContain("script-src");
    expect(response.body).toContain('<html lang="da">');
    expect(response.body).toContain(`<caption>${da.results.scoreCaption}</caption>`);
    expect(response.body).toContain("@media print");
    expect(response.body).not.toContain("<script");
    expect(response.body).toContain("Wifi falder ud i kælderen");
    const parent = await get(world.parentMember, "/report");
    expect(parent.statusCode).toBe(200);
    expect(parent.body).not.toContain("kælderen");
    expect((await get(world.unitMember, "/report")).body).toContain("kælderen");
    expect(response.body).toContain("<li>Borgere og pårørende: 1 svar</li><li>Samarbejdspartnere: 2 svar</li>");
    expect(response.body).not.toContain("skjult for at beskytte");
    expect(response.body).not.toContain("tredje sal");
  });

  it("prints the screen's words (its i18n labels), its radar chart and dates as the screen writes them", async () => {
    const report = (await get(world.agent, "/report")).body;
    if (process.env.REPORT_OUT) {
      (await import("node:fs")).writeFileSync(process.env.REPORT_OUT, report);
    }
    for (const heading of [
      da.overview.rateHeading,
      da.results.profileHeading,
      da.results.gapsHeading,
      da.results.disagreementHeading,
      da.results.comparisonHeading,
      da.results.commentsHeading,
    ]) {
      expect(report).toContain(`<h2>${heading}</h2>`);
    }
    expect(report).toContain("<h2>Huller</h2>");
    expect(report).not.toContain("Gab");
    for (const header of [da.results.dimension, da.results.spread, da.results.highest, da.results.lowest]) {
      expect(report).toContain(`<th scope="col">${header}</th>`);
    }
    expect(report).toContain(`<span class="badge">${da.results.reason.disagreement}</span>`);
    // The radar: a picture with the screen's label, a polygon per series in the screen's colours.
    expect(report).toMatch(new RegExp(`<svg [^>]*role="img" aria-label="${da.results.radarLabel}"`));
    expect(report).toContain('stroke="#1a1a1a" stroke-width="3"');
    expect(report).toContain(">Samlet</text>");
    // Dates as on screen: «4. december 2026», never ISO; scores with one decimal at most.
    expect(report).toMatch(/Åben siden \d{1,2}\. [a-zæøå]+ \d{4}/);
    expect(report).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(report.replace(/<svg.*<\/svg>/s, "")).not.toMatch(/\d+,\d{2,}/);
  });

  it("writes the report and the workbook in English when the reader asks for it", async () => {
    const english = { "accept-language": "en-GB,en;q=0.9" };
    const report = await world.agent.request({
      method: "GET",
      url: `/api/assessments/${assessmentId}/report`,
      headers: english,
    });
    expect(report.body).toContain('<html lang="en">');
    const caption = "Score per dimension (0–100) – the same figures as in the chart";
    expect(report.body).toContain(`<caption>${caption}</caption>`);
    expect(report.body).toContain("<li>Citizens and relatives: 1 answer</li><li>Partners: 2 answers</li>");
    expect(report.body).toContain(">Technology<");
    expect(report.body).not.toContain("Svarprocent");
    const cookie = await world.agent.request({
      method: "GET",
      url: `/api/assessments/${assessmentId}/export.xlsx`,
      headers: { cookie: `${world.agent.cookie}; samspil_lang=en` },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(cookie.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Answers", "Questions", "Scores"]);
    expect(workbook.getWorksheet("Answers")?.getRow(3).getCell(2).value).toBe("Management");
  });
});

describe("no withheld group worked out by subtraction", () => {
  it("withholds 3 managers with 1 staff, as 2 × overall − management would be that person; says why", async () => {
    const id = await startAssessment(world, "Tre ledere og én medarbejder");
    for (let index = 0; index < 3; index += 1) {
      await answerAll(world, (await inviteRespondent(world, id, "management")).token, 5, "Ledelsens kommentar");
    }
    await answerAll(world, (await inviteRespondent(world, id, "staff")).token, 1, "Den ene medarbejders kommentar");
    const results = (await world.agent.request({ method: "GET", url: `/api/assessments/${id}/results` })).json();
    expect(results.anonymity.withheldGroups).toEqual([
      { key: "management", label: "Ledelse", responses: 3, reason: "protects_smaller" },
      { key: "staff", label: "Medarbejdere", responses: 1, reason: "too_few" },
    ]);
    for (const dimension of results.dimensions as {
      overall: number | null;
      groups: Record<string, { score: number | null; withheld: boolean }>;
      questions: { overall: number | null; groups: Record<string, number | null> }[];
    }[]) {
      expect(dimension.overall).toBe(50);
      expect(dimension.groups.management).toMatchObject({ score: null, withheld: true });
      expect(dimension.groups.staff).toMatchObject({ score: null, withheld: true });
      for (const question of dimension.questions) {
        expect([question.groups.management ?? null, question.groups.staff ?? null]).toEqual([null, null]);
      }
    }
    expect(results.radar.series.map((series: { key: string }) => series.key)).toEqual(["overall"]);
    expect(JSON.stringify(results)).not.toContain("Ledelsens kommentar");
    expect(JSON.stringify(results)).not.toContain("medarbejders kommentar");

    const report = (await world.agent.request({ method: "GET", url: `/api/assessments/${id}/report` })).body;
    expect(report).toContain("<li>Ledelse: 3 svar – skjult for at beskytte en mindre gruppe</li>");
    expect(report).toContain("<li>Medarbejdere: 1 svar</li>");
    expect(report).not.toContain("Ledelsens kommentar");
    expect(report).not.toContain("medarbejders kommentar");
    expect(report).not.toContain("(n=");

    const english = await world.agent.request({
      method: "GET",
      url: `/api/assessments/${id}/report`,
      headers: { "accept-language": "en" },
    });
    expect(english.body).toContain("<li>Management: 3 answers – hidden to protect a smaller group</li>");

    const workbook = new ExcelJS.Workbook();
    const xlsx = await world.agent.request({ method: "GET", url: `/api/assessments/${id}/export.xlsx` });
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Svar");
    expect(sheet?.rowCount).toBe(3);
    expect(sheet?.getRow(3).getCell(1).value).toBe(
      "4 besvarelser fra Ledelse, Medarbejdere vises ikke: for få svar til at vise (anonymitet, under " +
        "3 i gruppen eller skjult for at beskytte en mindre gruppe). De tæller med i de samlede scorer.",
    );
    expect(workbook.getWorksheet("Scorer")?.getRow(2).values).toEqual([
      undefined,
      "Teknologi",
      50,
      "Skjult for at beskytte en mindre gruppe",
      "For få svar til at vise (anonymitet)",
    ]);
  });

  it("shows no overall with one respondent in all: the overall would be that person's answers", async () => {
    const id = await startAssessment(world, "Én besvarelse");
    await answerAll(world, (await inviteRespondent(world, id, "staff")).token, 4);
    const results = (await world.agent.request({ method: "GET", url: `/api/assessments/${id}/results` })).json();
    expect(results.anonymity.withheldGroups).toEqual([
      { key: "staff", label: "Medarbejdere", responses: 1, reason: "too_few" },
    ]);
    for (const dimension of results.dimensions as {
      overall: number | null;
      questions: { overall: number | null }[];
    }[]) {
      expect(dimension.overall).toBeNull();
      expect(dimension.questions.every((question) => question.overall === null)).toBe(true);
    }
    expect(results.radar.series.flatMap((series: { values: (number | null)[] }) => series.values)).not.toContain(75);
    const report = (await world.agent.request({ method: "GET", url: `/api/assessments/${id}/report` })).body;
    expect(report.slice(0, report.indexOf(`<h2>${da.results.gapsHeading}`))).not.toMatch(/class="number">75</);
    const workbook = new ExcelJS.Workbook();
    const xlsx = await world.agent.request({ method: "GET", url: `/api/assessments/${id}/export.xlsx` });
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const scores = workbook.getWorksheet("Scorer");
    expect(
      scores
        ?.getColumn(2)
        .values.slice(2)
        .every((value) => value === null || value === undefined),
    ).toBe(true);
  });
});
