import type { Worksheet } from "exceljs";
import type { IrrResult } from "../../../domain/business-case/irr.js";
import type { SideMetrics } from "../../../domain/business-case/metrics.js";
import type { BusinessCaseResults, YearFigures } from "../../../domain/business-case/results.js";
import { INPUTS_SHEET, type YearInputCells } from "./xlsx-inputs-sheet.js";

export const CALCULATION_SHEET = "Beregning";
/** Row of the column headers; year 0 is on the row below. */
export const HEADER_ROW = 3;
export const NEVER = "Aldrig";

type Result = number | string;

/** One column of the yearly table: a live formula per year and the domain's value for it (the cached result). */
interface Column {
  key: string;
  header: string;
  format: string;
  formula: (year: number) => string;
  value: (year: number) => Result;
}

const MONEY = "#,##0";
const FACTOR = "0.000000";
const SHARE = "0.0%";
const YEARS = "0.00";

interface Layout {
  firstRow: number;
  lastRow: number;
  rowOf: (year: number) => number;
  ref: (key: string, year: number) => string;
}

/** The helper value of the payback columns, as the formula computes it; "" where the payback is not in that year. */
export function findPaybackCell(flows: readonly number[], cumulative: readonly number[], year: number): Result {
  const staysNonNegative = cumulative.slice(year).every((value) => value >= 0);
  if (year === 0) {
    return staysNonNegative ? 0 : "";
  }
  if (cumulative[year - 1] < 0 && cumulative[year] >= 0 && staysNonNegative) {
    return year - 1 + -cumulative[year - 1] / flows[year];
  }
  return "";
}

/** Discounted flow, running totals and the two payback helpers of one side, from its net column. */
function buildSideColumns(layout: Layout, side: string, label: string, years: readonly YearFigures[]): Column[] {
  const { ref, firstRow, lastRow } = layout;
  const col = (key: string) => `${side}.${key}`;
  const range = (key: string, year: number) => `${ref(col(key), year).replace(/\d+$/, "")}$${firstRow}:${ref(col(key), year)}`;
  const toEnd = (key: string, year: number) => `${ref(col(key), year)}:${ref(col(key), year).replace(/\d+$/, "")}$${lastRow}`;
  const helper = (cumulative: string, flow: string) => (year: number) =>
    year === 0
      ? `IF(COUNTIF(${toEnd(cumulative, 0)},"<0")=0,0,"")`
      : `IF(AND(${ref(col(cumulative), year - 1)}<0,${ref(col(cumulative), year)}>=0,COUNTIF(${toEnd(cumulative, year)},"<0")=0),` +
        `${ref("year", year - 1)}+(-${ref(col(cumulative), year - 1)})/${ref(col(flow), year)},"")`;
  const nets = years.map((item) => item.net);
  const discounted = years.map((item) => item.discounted);
  return [
    { key: col("discounted"), header: `${label}: nutidsværdi`, format: MONEY, formula: (y) => `${ref(col("net"), y)}*${ref("factor", y)}`, value: (y) => years[y].discounted },
    { key: col("cumulative"), header: `${label}: akkumuleret`, format: MONEY, formula: (y) => `SUM(${range("net", y)})`, value: (y) => years[y].cumulative },
    {
      key: col("cumulativeDiscounted"),
      header: `${label}: akkumuleret nutidsværdi`,
      format: MONEY,
      formula: (y) => `SUM(${range("discounted", y)})`,
      value: (y) => years[y].cumulativeDiscounted,
    },
    {
      key: col("payback"),
      header: `${label}: tilbagebetaling (hjælp)`,
      format: YEARS,
      formula: helper("cumulative", "net"),
      value: (y) => findPaybackCell(nets, years.map((item) => item.cumulative), y),
    },
    {
      key: col("discountedPayback"),
      header: `${label}: disk. tilbagebetaling (hjælp)`,
      format: YEARS,
      formula: helper("cumulativeDiscounted", "discounted"),
      value: (y) => findPaybackCell(discounted, years.map((item) => item.cumulativeDiscounted), y),
    },
  ];
}

function buildColumns(layout: Layout, results: BusinessCaseResults, inputCells: YearInputCells): Column[] {
  const { ref } = layout;
  const inputsRef = (column: string, year: number) => `${INPUTS_SHEET}!$${column}$${inputCells.rowOfYear(year)}`;
  const pub = results.public.years;
  const columns: Column[] = [
    {
      key: "factor",
      header: "Diskonteringsfaktor",
      format: FACTOR,
      formula: (y) => `1/((1+DiscountRate1)^MIN(${ref("year", y)},FirstBandYears)*(1+DiscountRate2)^MAX(0,${ref("year", y)}-FirstBandYears))`,
      value: (y) => pub[y].discountFactor,
    },
    {
      key: "public.investment",
      header: "Offentlig: investering",
      format: MONEY,
      formula: (y) => `IF(${ref("year", y)}=0,PublicPurchase+PublicInstallation+PublicImplementation+PublicTraining,0)`,
      value: (y) => pub[y].investment,
    },
    {
      key: "public.running",
      header: "Offentlig: drift",
      format: MONEY,
      formula: (y) => `IF(${ref("year", y)}=0,0,PublicLicences+PublicService+PublicMaintenance)`,
      value: (y) => pub[y].runningCosts,
    },
    { key: "public.phaseIn", header: "Offentlig: indfasning", format: SHARE, formula: (y) => `${inputsRef("B", y)}/100`, value: (y) => pub[y].phaseIn },
    {
      key: "public.benefits",
      header: "Offentlig: gevinster",
      format: MONEY,
      formula: (y) => `(PublicHoursFreed*PublicHourlyCost+PublicOtherSavings+PublicAvoidedCosts)*${ref("public.phaseIn", y)}`,
      value: (y) => pub[y].benefits,
    },
    {
      key: "public.net",
      header: "Offentlig: netto",
      format: MONEY,
      formula: (y) => `${ref("public.benefits", y)}-${ref("public.investment", y)}-${ref("public.running", y)}`,
      value: (y) => pub[y].net,
    },
    ...buildSideColumns(layout, "public", "Offentlig", pub),
  ];
  const company = results.company?.years;
  if (company && results.combined) {
    const combined = results.combined.years;
    columns.push(
      { key: "company.share", header: "Virksomhed: markedsandel", format: SHARE, formula: (y) => `${inputsRef("C", y)}/100`, value: (y) => company[y].marketShare },
      {
        key: "company.units",
        header: "Virksomhed: solgte enheder",
        format: "#,##0.0",
        formula: (y) =>
          y === 0
            ? `CompanyInstitutions*CompanyUnitsPerInstitution*${ref("company.share", y)}`
            : `CompanyInstitutions*CompanyUnitsPerInstitution*(${ref("company.share", y)}-${ref("company.share", y - 1)})`,
        value: (y) => company[y].unitsSold,
      },
      { key: "company.revenue", header: "Virksomhed: omsætning", format: MONEY, formula: (y) => `${ref("company.units", y)}*CompanyUnitPrice`, value: (y) => company[y].revenue },
      {
        key: "company.variable",
        header: "Virksomhed: enheds- og supportomkostninger",
        format: MONEY,
        formula: (y) => `${ref("company.units", y)}*(CompanyUnitCost+CompanySupportCostPerUnit)`,
        value: (y) => company[y].variableCosts,
      },
      {
        key: "company.development",
        header: "Virksomhed: udvikling",
        format: MONEY,
        formula: (y) => `IF(${ref("year", y)}=0,CompanyDevelopmentCost,0)`,
        value: (y) => company[y].developmentCost,
      },
      { key: "company.sales", header: "Virksomhed: salg", format: MONEY, formula: (y) => `IF(${ref("year", y)}=0,0,CompanySalesCostPerYear)`, value: (y) => company[y].salesCosts },
      {
        key: "company.net",
        header: "Virksomhed: netto",
        format: MONEY,
        formula: (y) => `${ref("company.revenue", y)}-${ref("company.variable", y)}-${ref("company.development", y)}-${ref("company.sales", y)}`,
        value: (y) => company[y].net,
      },
      ...buildSideColumns(layout, "company", "Virksomhed", company),
      { key: "combined.net", header: "Samlet: netto", format: MONEY, formula: (y) => `${ref("public.net", y)}+${ref("company.net", y)}`, value: (y) => combined[y].net },
      ...buildSideColumns(layout, "combined", "Samlet", combined),
    );
  }
  return columns;
}

function formatColumnLetter(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

function describeIrr(irr: IrrResult): string {
  if (irr.reason === "no_sign_change") {
    return "Ingen (pengestrømmen skifter ikke fortegn)";
  }
  if (irr.reason === "no_root") {
    return "Ingen rente giver nutidsværdi 0";
  }
  return `Flere løsninger: ${irr.roots.map((root) => `${(root * 100).toFixed(2).replace(".", ",")} %`).join(", ")}`;
}

/** The summary rows: net present value, payback times, IRR, and Excel's own NPV where one rate applies. */
function writeSummary(sheet: Worksheet, layout: Layout, results: BusinessCaseResults, sides: [string, string, SideMetrics][]): void {
  const { firstRow, lastRow } = layout;
  const columnOf = (key: string) => layout.ref(key, 0).replace(/\d+$/, "");
  const whole = (key: string) => `${columnOf(key)}${firstRow}:${columnOf(key)}${lastRow}`;
  const oneRate = results.discountBands.firstRate === results.discountBands.laterRate || results.horizonYears <= results.discountBands.firstBandYears;
  sheet.addRow([]);
  sheet.addRow(["Nøgletal", ...sides.map(([, label]) => label)]).font = { bold: true };
  const rows: [string, string, (side: string, metrics: SideMetrics) => { formula: string; result: Result } | string][] = [
    ["Nettonutidsværdi (sum af nutidsværdier)", MONEY, (side, metrics) => ({ formula: `SUM(${whole(`${side}.discounted`)})`, result: metrics.npv })],
    [
      "Simpel tilbagebetalingstid (år)",
      YEARS,
      (side, metrics) => ({ formula: `IF(COUNT(${whole(`${side}.payback`)})=0,"${NEVER}",SUM(${whole(`${side}.payback`)}))`, result: metrics.simplePayback ?? NEVER }),
    ],
    [
      "Diskonteret tilbagebetalingstid (år)",
      YEARS,
      (side, metrics) => ({
        formula: `IF(COUNT(${whole(`${side}.discountedPayback`)})=0,"${NEVER}",SUM(${whole(`${side}.discountedPayback`)}))`,
        result: metrics.discountedPayback ?? NEVER,
      }),
    ],
    [
      "Intern rente (Excels IRR)",
      "0.00%",
      (side, metrics) => (metrics.irr.value === null ? describeIrr(metrics.irr) : { formula: `IRR(${whole(`${side}.net`)})`, result: metrics.irr.value }),
    ],
    [
      "Kontrol: Excels NPV med én rente",
      MONEY,
      (side, metrics) =>
        oneRate && lastRow > firstRow
          ? { formula: `${columnOf(`${side}.net`)}${firstRow}+NPV(DiscountRate1,${columnOf(`${side}.net`)}${firstRow + 1}:${columnOf(`${side}.net`)}${lastRow})`, result: metrics.npv }
          : "Kan ikke bruges: to rentebånd eller ingen år efter år 0",
    ],
  ];
  for (const [label, format, cellOf] of rows) {
    const row = sheet.addRow([label, ...sides.map(([side, , metrics]) => cellOf(side, metrics))]);
    sides.forEach((_, index) => {
      row.getCell(index + 2).numFmt = format;
    });
  }
}

/** The Beregning sheet: a row per year, every figure a live formula over the Inputs sheet, and the summary below. */
export function writeCalculationSheet(sheet: Worksheet, results: BusinessCaseResults, inputCells: YearInputCells): void {
  const letters = new Map<string, string>([["year", "A"]]);
  const firstRow = HEADER_ROW + 1;
  const layout: Layout = {
    firstRow,
    lastRow: firstRow + results.horizonYears,
    rowOf: (year) => firstRow + year,
    ref: (key, year) => `${letters.get(key) ?? "?"}${firstRow + year}`,
  };
  const columns = buildColumns(layout, results, inputCells);
  columns.forEach((column, index) => letters.set(column.key, formatColumnLetter(index + 1)));
  sheet.getCell("A1").value = "Beregning: hver celle er en formel over arket Inputs";
  sheet.getCell("A1").font = { bold: true, size: 14 };
  const header = sheet.getRow(HEADER_ROW);
  header.values = ["År", ...columns.map((column) => column.header)];
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "top" };
  sheet.getColumn(1).width = 40;
  columns.forEach((_, index) => {
    sheet.getColumn(index + 2).width = 16;
  });
  for (let year = 0; year <= results.horizonYears; year += 1) {
    const row = sheet.getRow(layout.rowOf(year));
    row.getCell(1).value = year;
    columns.forEach((column, index) => {
      const cell = row.getCell(index + 2);
      cell.value = { formula: column.formula(year), result: column.value(year) };
      cell.numFmt = column.format;
    });
  }
  sheet.views = [{ state: "frozen", xSplit: 1, ySplit: HEADER_ROW }];
  const sides: [string, string, SideMetrics][] = [["public", "Offentlig", results.public.metrics]];
  if (results.company && results.combined) {
    sides.push(["company", "Virksomhed", results.company.metrics], ["combined", "Samlet", results.combined.metrics]);
  }
  writeSummary(sheet, layout, results, sides);
}
