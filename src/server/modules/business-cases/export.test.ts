import da from "../../../web/features/business-cases/i18n/da.json" with { type: "json" };
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BusinessCaseInputs } from "../../../domain/business-case/inputs.js";
import { computeBusinessCase, type BusinessCaseResults } from "../../../domain/business-case/results.js";
import type { Client } from "../../test-support/harness.js";
import { FormulaEvaluator, type CellSource, type Value } from "./formula-evaluator.js";
import {
  createBusinessCaseWorld,
  createSecretCase,
  createSecretInputs,
  findSecrets,
  SECRET_COMPANY_SIDE,
  type BusinessCaseWorld,
} from "../../test-support/worlds/business-cases.js";
import { CALCULATION_SHEET, HEADER_ROW, NEVER } from "./xlsx-layout.js";
import { INPUTS_SHEET } from "./xlsx-inputs-sheet.js";

let cast: BusinessCaseWorld;

beforeAll(async () => {
  cast = await createBusinessCaseWorld();
});
afterAll(async () => {
  await cast.test.close();
});

async function download(client: Client, id: string): Promise<ExcelJS.Workbook> {
  const response = await client.request({ method: "GET", url: `/api/business-cases/${id}/export.xlsx` });
  expect(response.statusCode).toBe(200);
  expect(response.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect(response.headers["content-disposition"]).toMatch(/^attachment; filename="business-case-[a-z0-9-]+\.xlsx"$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return workbook;
}

async function createCase(inputs: BusinessCaseInputs): Promise<string> {
  const id = await createSecretCase(cast, "Eksport");
  const { horizonYears, discountRate, publicSide, companySide } = inputs;
  const response = await cast.agent.request({
    method: "PATCH",
    url: `/api/business-cases/${id}`,
    payload: { horizonYears, discountRate, publicSide, companySide },
  });
  expect(response.statusCode).toBe(200);
  return id;
}

function readNames(workbook: ExcelJS.Workbook): Map<string, { sheet: string; address: string }> {
  const model = workbook.definedNames.model as { name: string; ranges: string[] }[];
  return new Map(
    model.map(({ name, ranges }) => {
      const [sheet, address] = ranges[0].split("!");
      return [name, { sheet, address: address.replace(/\$/g, "") }];
    }),
  );
}

/** An independent evaluator over the workbook's input cells; `overrides` changes inputs by name. */
function createEvaluator(workbook: ExcelJS.Workbook, overrides: Record<string, number> = {}): FormulaEvaluator {
  const names = readNames(workbook);
  const overridden = new Map(
    Object.entries(overrides).map(([name, value]) => {
      const target = names.get(name);
      return [`${target?.sheet}!${target?.address}`, value];
    }),
  );
  return new FormulaEvaluator((sheet, address): CellSource | undefined => {
    const override = overridden.get(`${sheet}!${address}`);
    if (override !== undefined) {
      return { value: override };
    }
    const cell = workbook.getWorksheet(sheet)?.getCell(address);
    if (!cell) {
      return undefined;
    }
    return cell.formula ? { formula: cell.formula, value: null } : { value: cell.value as Value };
  }, names);
}

interface Grid {
  headers: string[];
  columnOf: (header: string) => number;
  rowOfYear: (year: number) => number;
  summary: (label: string, side: number) => ExcelJS.Cell;
}

function readGrid(sheet: ExcelJS.Worksheet): Grid {
  const headers = (sheet.getRow(HEADER_ROW).values as (string | undefined)[]).slice(1).map((value) => value ?? "");
  const labels = new Map<string, number>();
  sheet.eachRow((row, number) => {
    if (number > HEADER_ROW && typeof row.getCell(1).value === "string") {
      labels.set(row.getCell(1).value as string, number);
    }
  });
  return {
    headers,
    columnOf: (header) => {
      const index = headers.indexOf(header);
      expect(index, header).toBeGreaterThanOrEqual(0);
      return index + 1;
    },
    rowOfYear: (year) => HEADER_ROW + 1 + year,
    summary: (label, side) => sheet.getRow(labels.get(label) ?? 0).getCell(side + 2),
  };
}

/** A payback time as the sheet writes it: a number of years, or «Aldrig» where the domain says null. */
function expectYears(actual: unknown, expected: number | null): void {
  if (expected === null) {
    expect(actual).toBe(NEVER);
  } else {
    expectClose(actual, expected);
  }
}

function expectClose(actual: unknown, expected: number): void {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

/** The figures the domain computes, by the column they belong in. */
function listExpectedColumns(results: BusinessCaseResults): Record<string, (year: number) => number> {
  const pub = results.public.years;
  const columns: Record<string, (year: number) => number> = {
    Diskonteringsfaktor: (y) => pub[y].discountFactor,
    "Offentlig: investering": (y) => pub[y].investment,
    "Offentlig: drift": (y) => pub[y].runningCosts,
    "Offentlig: gevinster": (y) => pub[y].benefits,
    "Offentlig: netto": (y) => pub[y].net,
    "Offentlig: nutidsværdi": (y) => pub[y].discounted,
    "Offentlig: akkumuleret": (y) => pub[y].cumulative,
    "Offentlig: akkumuleret nutidsværdi": (y) => pub[y].cumulativeDiscounted,
  };
  const company = results.company?.years;
  const combined = results.combined?.years;
  if (company && combined) {
    Object.assign(columns, {
      "Virksomhed: solgte enheder": (y: number) => company[y].unitsSold,
      "Virksomhed: omsætning": (y: number) => company[y].revenue,
      "Virksomhed: netto": (y: number) => company[y].net,
      "Virksomhed: akkumuleret nutidsværdi": (y: number) => company[y].cumulativeDiscounted,
      "Samlet: netto": (y: number) => combined[y].net,
      "Samlet: nutidsværdi": (y: number) => combined[y].discounted,
    });
  }
  return columns;
}

describe("XLSX export with live formulas", () => {
  it("names every input and writes every figure as a formula whose cached result is the domain's", async () => {
    const inputs = createSecretInputs();
    const results = computeBusinessCase(inputs);
    const workbook = await download(cast.agent, await createCase(inputs));
    const names = readNames(workbook);
    for (const name of [
      "DiscountRate1",
      "DiscountRate2",
      "FirstBandYears",
      "PublicPurchase",
      "PublicHourlyCost",
      "CompanyUnitPrice",
      "CompanyInstitutions",
    ]) {
      expect(names.get(name)?.sheet, name).toBe(INPUTS_SHEET);
    }
    expect(workbook.getWorksheet(INPUTS_SHEET)?.getCell(names.get("CompanyUnitPrice")?.address ?? "A1").value).toBe(
      47_311,
    );
    const sheet = workbook.getWorksheet(CALCULATION_SHEET) as ExcelJS.Worksheet;
    const grid = readGrid(sheet);
    for (let year = 0; year <= inputs.horizonYears; year += 1) {
      grid.headers.slice(1).forEach((header, index) => {
        const cell = sheet.getRow(grid.rowOfYear(year)).getCell(index + 2);
        expect(cell.formula, `${header} year ${year}`).toBeTruthy();
      });
      for (const [header, expected] of Object.entries(listExpectedColumns(results))) {
        expectClose(sheet.getRow(grid.rowOfYear(year)).getCell(grid.columnOf(header)).result, expected(year));
      }
    }
    const sides = [results.public.metrics, results.company?.metrics, results.combined?.metrics];
    sides.forEach((metrics, side) => {
      expect(grid.summary("Nettonutidsværdi (sum af nutidsværdier)", side).formula).toMatch(/^SUM\(/);
      expectClose(grid.summary("Nettonutidsværdi (sum af nutidsværdier)", side).result, metrics?.npv ?? NaN);
      expectYears(grid.summary("Simpel tilbagebetalingstid (år)", side).result, metrics?.simplePayback ?? null);
      expectYears(
        grid.summary("Diskonteret tilbagebetalingstid (år)", side).result,
        metrics?.discountedPayback ?? null,
      );
      const irr = grid.summary("Intern rente (Excels IRR)", side);
      if (metrics?.irr.value === null) {
        expect(irr.formula).toBeFalsy();
        expect(irr.value).toMatch(/^Flere løsninger: -17[.,]\d+ %, 50[.,]\d+ %$/);
      } else {
        expect(irr.formula).toMatch(/^IRR\(/);
        expectClose(irr.result, metrics?.irr.value ?? NaN);
      }
    });
    // The secret company figures stop selling after year 4 but keep paying for sales: two IRRs.
    expect(results.company?.metrics.irr.reason).toBe("several_roots");
  });

  it("has formulas that compute the same figures when evaluated from the inputs alone", async () => {
    const inputs = createSecretInputs();
    const results = computeBusinessCase(inputs);
    const workbook = await download(cast.agent, await createCase(inputs));
    const sheet = workbook.getWorksheet(CALCULATION_SHEET) as ExcelJS.Worksheet;
    const evaluator = createEvaluator(workbook);
    let formulas = 0;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) {
          formulas += 1;
          const value = evaluator.evaluateCell(CALCULATION_SHEET, cell.address);
          // ExcelJS writes no cached value for an empty-text result.
          const cached = cell.result ?? "";
          if (typeof value === "number") {
            expectClose(cached, value);
          } else {
            expect([cell.address, cached]).toEqual([cell.address, value]);
          }
        }
      }),
    );
    expect(formulas).toBeGreaterThan(300);
    const grid = readGrid(sheet);
    const evaluate = (label: string, side: number) =>
      evaluator.evaluateCell(CALCULATION_SHEET, grid.summary(label, side).address);
    expectClose(evaluate("Nettonutidsværdi (sum af nutidsværdier)", 0), results.public.metrics.npv);
    expectClose(evaluate("Nettonutidsværdi (sum af nutidsværdier)", 1), results.company?.metrics.npv ?? NaN);
    expectYears(evaluate("Simpel tilbagebetalingstid (år)", 0), results.public.metrics.simplePayback);
    expectYears(
      evaluate("Diskonteret tilbagebetalingstid (år)", 2),
      results.combined?.metrics.discountedPayback ?? null,
    );
    expect(evaluate("Intern rente (Excels IRR)", 0)).toBeCloseTo(results.public.metrics.irr.value ?? NaN, 8);
    expectClose(evaluate("Kontrol: Excels NPV med én rente", 0), results.public.metrics.npv);
  });

  it("stays live: changing inputs in the sheet gives what the domain gives for the changed inputs", async () => {
    const inputs = createSecretInputs();
    const workbook = await download(cast.agent, await createCase(inputs));
    const evaluator = createEvaluator(workbook, {
      PublicHourlyCost: 300,
      PublicPurchase: 1_250_000,
      CompanyUnitPrice: 39_000,
      DiscountRate1: 0.05,
      DiscountRate2: 0.05,
    });
    const changed: BusinessCaseInputs = {
      ...inputs,
      discountRate: { mode: "custom", ratePct: 5 },
      publicSide: {
        ...inputs.publicSide,
        investment: { ...inputs.publicSide.investment, purchase: 1_250_000 },
        benefits: { ...inputs.publicSide.benefits, hourlyCost: 300 },
      },
      companySide: { ...SECRET_COMPANY_SIDE, unitPrice: 39_000 },
    };
    const expected = computeBusinessCase(changed);
    const grid = readGrid(workbook.getWorksheet(CALCULATION_SHEET) as ExcelJS.Worksheet);
    const evaluate = (label: string, side: number) =>
      evaluator.evaluateCell(CALCULATION_SHEET, grid.summary(label, side).address);
    expectClose(evaluate("Nettonutidsværdi (sum af nutidsværdier)", 0), expected.public.metrics.npv);
    expectClose(evaluate("Nettonutidsværdi (sum af nutidsværdier)", 1), expected.company?.metrics.npv ?? NaN);
    expectYears(evaluate("Simpel tilbagebetalingstid (år)", 0), expected.public.metrics.simplePayback);
    expectYears(evaluate("Simpel tilbagebetalingstid (år)", 1), expected.company?.metrics.simplePayback ?? null);
    expectYears(
      evaluate("Diskonteret tilbagebetalingstid (år)", 2),
      expected.combined?.metrics.discountedPayback ?? null,
    );
  });

  it("discounts in the Ministry of Finance's two bands past year 35; says Excel's NPV cannot check that", async () => {
    const inputs = { ...createSecretInputs(), horizonYears: 45 };
    const results = computeBusinessCase(inputs);
    const workbook = await download(cast.agent, await createCase(inputs));
    const sheet = workbook.getWorksheet(CALCULATION_SHEET) as ExcelJS.Worksheet;
    const grid = readGrid(sheet);
    const evaluator = createEvaluator(workbook);
    const factor40 = evaluator.evaluateCell(
      CALCULATION_SHEET,
      sheet.getRow(grid.rowOfYear(40)).getCell(grid.columnOf("Diskonteringsfaktor")).address,
    );
    expectClose(factor40, 1 / (1.035 ** 35 * 1.025 ** 5));
    expectClose(
      evaluator.evaluateCell(CALCULATION_SHEET, grid.summary("Nettonutidsværdi (sum af nutidsværdier)", 0).address),
      results.public.metrics.npv,
    );
    expect(grid.summary("Kontrol: Excels NPV med én rente", 0).value).toMatch(/to rentebånd/);
  });

  it.each([0, 1, 70])("evaluates to the domain's figures with a horizon of %i years", async (horizonYears) => {
    const inputs = { ...createSecretInputs(), horizonYears };
    const results = computeBusinessCase(inputs);
    const workbook = await download(cast.agent, await createCase(inputs));
    const grid = readGrid(workbook.getWorksheet(CALCULATION_SHEET) as ExcelJS.Worksheet);
    const evaluator = createEvaluator(workbook);
    const evaluate = (label: string, side: number) =>
      evaluator.evaluateCell(CALCULATION_SHEET, grid.summary(label, side).address);
    [results.public.metrics, results.company?.metrics, results.combined?.metrics].forEach((metrics, side) => {
      expectClose(evaluate("Nettonutidsværdi (sum af nutidsværdier)", side), metrics?.npv ?? NaN);
      expectYears(evaluate("Simpel tilbagebetalingstid (år)", side), metrics?.simplePayback ?? null);
      expectYears(evaluate("Diskonteret tilbagebetalingstid (år)", side), metrics?.discountedPayback ?? null);
    });
  });

  it("writes «Aldrig» and explains a missing IRR when the case never pays back", async () => {
    const inputs = createSecretInputs();
    const poor: BusinessCaseInputs = {
      ...inputs,
      publicSide: {
        ...inputs.publicSide,
        benefits: { hoursFreedPerYear: 0, hourlyCost: 0, otherSavings: 0, avoidedCosts: 0 },
      },
    };
    const workbook = await download(cast.agent, await createCase(poor));
    const grid = readGrid(workbook.getWorksheet(CALCULATION_SHEET) as ExcelJS.Worksheet);
    const evaluator = createEvaluator(workbook);
    expect(evaluator.evaluateCell(CALCULATION_SHEET, grid.summary("Simpel tilbagebetalingstid (år)", 0).address)).toBe(
      NEVER,
    );
    expect(grid.summary("Simpel tilbagebetalingstid (år)", 0).result).toBe(NEVER);
    expect(grid.summary("Intern rente (Excels IRR)", 0).value).toMatch(/skifter ikke fortegn/);
  });

  it("leaves every company input, column, name and figure out for the public organisation", async () => {
    const inputs = createSecretInputs();
    const id = await createCase(inputs);
    const workbook = await download(cast.publicMember, id);
    expect([...readNames(workbook).keys()].filter((name) => name.startsWith("Company"))).toEqual([]);
    const grid = readGrid(workbook.getWorksheet(CALCULATION_SHEET) as ExcelJS.Worksheet);
    expect(grid.headers.filter((header) => /Virksomhed|Samlet/.test(header))).toEqual([]);
    const companyNpv = computeBusinessCase(inputs).company?.metrics.npv ?? NaN;
    const texts: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          texts.push(JSON.stringify(cell.value));
          const numbers = [cell.value, cell.result].filter((value): value is number => typeof value === "number");
          expect(numbers.some((value) => Math.abs(value - companyNpv) < 1)).toBe(false);
        }),
      ),
    );
    expect(findSecrets(texts.join("\n"))).toEqual([]);
    const publicNpv = grid.summary("Nettonutidsværdi (sum af nutidsværdier)", 0);
    expectClose(
      createEvaluator(workbook).evaluateCell(CALCULATION_SHEET, publicNpv.address),
      computeBusinessCase(inputs).public.metrics.npv,
    );
  });
});

describe("printable report", () => {
  it("is a Danish HTML page without scripts, under the strict content security policy", async () => {
    const id = await createSecretCase(cast, "Loftlifte <script>alert(1)</script>");
    const response = await cast.agent.request({ method: "GET", url: `/api/business-cases/${id}/report` });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(String(response.headers["content-security-policy"])).toContain("script-src 'self'");
    expect(response.body).toMatch(/^<!doctype html>\n<html lang="da">/);
    expect(response.body).not.toMatch(/<script|onerror|javascript:/i);
    expect(response.body).toContain("Loftlifte &#60;script&#62;");
    expect(response.body).toContain(`<caption>${da.cashFlows.metricsCaption}</caption>`);
    expect(response.body).toContain("47.311\u00a0kr.");
  });

  it("says what the screen says: its names, payback and rates with one decimal, dates in words", async () => {
    const id = await createSecretCase(cast);
    const body = (await cast.agent.request({ method: "GET", url: `/api/business-cases/${id}/report` })).body;
    for (const label of [
      da.fields.hourlyCost,
      da.fields.unitPrice,
      da.fields.training,
      da.keyFigures.npv,
      da.keyFigures.simplePayback,
      da.keyFigures.public,
      da.keyFigures.combined,
      da.scenarios.pessimistic,
      da.tornado.heading,
      da.scenarios.intro,
    ]) {
      expect(body).toContain(`>${label}<`);
    }
    expect(body).not.toContain("Timepris");
    expect(body).not.toContain("Nettonutidsværdi");
    // «2,4 år» as on screen, never «2,35 år»; «12,3 %», never «12,34 %».
    expect(body).not.toMatch(/\d,\d\d år|\d,\d\d %/);
    expect(body).toMatch(/\d+,\d år|Ikke inden for \d+ år/);
    expect(body).toMatch(/Udskrevet \d{1,2}\. [a-zæøå]+ \d{4} fra Samspil/);
    expect(body).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("shows the public organisation only the public side until the company shares", async () => {
    const id = await createSecretCase(cast);
    const before = await cast.publicMember.request({ method: "GET", url: `/api/business-cases/${id}/report` });
    expect(findSecrets(before.body)).toEqual([]);
    expect(before.body).toContain("ikke delt med jeres organisation");
    expect(before.body).not.toContain("Virksomhedens nutidsværdi");
    await cast.companyMember.request({ method: "POST", url: `/api/business-cases/${id}/share-company-side` });
    const after = await cast.publicMember.request({ method: "GET", url: `/api/business-cases/${id}/report` });
    expect(after.body).toContain("47.311\u00a0kr.");
    expect(after.body).toContain("Virksomhedens nutidsværdi");
  });
});
