import type { Worksheet } from "exceljs";
import type { SideMetrics } from "../../../domain/business-case/metrics.js";
import type { BusinessCaseResults, YearFigures } from "../../../domain/business-case/results.js";
import { INPUTS_SHEET, type YearInputCells } from "./xlsx-inputs-sheet.js";
import { HEADER_ROW, MONEY, YEARS, type Layout, type Result } from "./xlsx-layout.js";
import { writeSummary } from "./xlsx-summary.js";

/** One column of the yearly table: a live formula per year and the domain's value for it (the cached result). */
interface Column {
  key: string;
  header: string;
  format: string;
  formula: (year: number) => string;
  value: (year: number) => Result;
}

const FACTOR = "0.000000";
const SHARE = "0.0%";

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
  const range = (key: string, year: number) =>
    `${ref(col(key), year).replace(/\d+$/, "")}$${firstRow}:${ref(col(key), year)}`;
  const toEnd = (key: string, year: number) =>
    `${ref(col(key), year)}:${ref(col(key), year).replace(/\d+$/, "")}$${lastRow}`;
  const helper = (cumulative: string, flow: string) => (year: number) =>
    year === 0
      ? `IF(COUNTIF(${toEnd(cumulative, 0)},"<0")=0,0,"")`
      : `IF(AND(${ref(col(cumulative), year - 1)}<0,${ref(col(cumulative), year)}>=0,` +
        `COUNTIF(${toEnd(cumulative, year)},"<0")=0),` +
        `${ref("year", year - 1)}+(-${ref(col(cumulative), year - 1)})/${ref(col(flow), year)},"")`;
  const nets = years.map((item) => item.net);
  const discounted = years.map((item) => item.discounted);
  return [
    {
      key: col("discounted"),
      header: `${label}: nutidsværdi`,
      format: MONEY,
      formula: (y) => `${ref(col("net"), y)}*${ref("factor", y)}`,
      value: (y) => years[y].discounted,
    },
    {
      key: col("cumulative"),
      header: `${label}: akkumuleret`,
      format: MONEY,
      formula: (y) => `SUM(${range("net", y)})`,
      value: (y) => years[y].cumulative,
    },
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
      value: (y) =>
        findPaybackCell(
          nets,
          years.map((item) => item.cumulative),
          y,
        ),
    },
    {
      key: col("discountedPayback"),
      header: `${label}: disk. tilbagebetaling (hjælp)`,
      format: YEARS,
      formula: helper("cumulativeDiscounted", "discounted"),
      value: (y) =>
        findPaybackCell(
          discounted,
          years.map((item) => item.cumulativeDiscounted),
          y,
        ),
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
      formula: (y) =>
        `1/((1+DiscountRate1)^MIN(${ref("year", y)},FirstBandYears)` +
        `*(1+DiscountRate2)^MAX(0,${ref("year", y)}-FirstBandYears))`,
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
    {
      key: "public.phaseIn",
      header: "Offentlig: indfasning",
      format: SHARE,
      formula: (y) => `${inputsRef("B", y)}/100`,
      value: (y) => pub[y].phaseIn,
    },
    {
      key: "public.benefits",
      header: "Offentlig: gevinster",
      format: MONEY,
      formula: (y) =>
        `(PublicHoursFreed*PublicHourlyCost+PublicOtherSavings+PublicAvoidedCosts)*${ref("public.phaseIn", y)}`,
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
      {
        key: "company.share",
        header: "Virksomhed: markedsandel",
        format: SHARE,
        formula: (y) => `${inputsRef("C", y)}/100`,
        value: (y) => company[y].marketShare,
      },
      {
        key: "company.units",
        header: "Virksomhed: solgte enheder",
        format: "#,##0.0",
        formula: (y) =>
          y === 0
            ? `CompanyInstitutions*CompanyUnitsPerInstitution*${ref("company.share", y)}`
            : `CompanyInstitutions*CompanyUnitsPerInstitution*` +
              `(${ref("company.share", y)}-${ref("company.share", y - 1)})`,
        value: (y) => company[y].unitsSold,
      },
      {
        key: "company.revenue",
        header: "Virksomhed: omsætning",
        format: MONEY,
        formula: (y) => `${ref("company.units", y)}*CompanyUnitPrice`,
        value: (y) => company[y].revenue,
      },
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
      {
        key: "company.sales",
        header: "Virksomhed: salg",
        format: MONEY,
        formula: (y) => `IF(${ref("year", y)}=0,0,CompanySalesCostPerYear)`,
        value: (y) => company[y].salesCosts,
      },
      {
        key: "company.net",
        header: "Virksomhed: netto",
        format: MONEY,
        formula: (y) =>
          `${ref("company.revenue", y)}-${ref("company.variable", y)}-` +
          `${ref("company.development", y)}-${ref("company.sales", y)}`,
        value: (y) => company[y].net,
      },
      ...buildSideColumns(layout, "company", "Virksomhed", company),
      {
        key: "combined.net",
        header: "Samlet: netto",
        format: MONEY,
        formula: (y) => `${ref("public.net", y)}+${ref("company.net", y)}`,
        value: (y) => combined[y].net,
      },
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

/** The Beregning sheet: a row per year, every figure a live formula over the Inputs sheet, and the summary below. */
export function writeCalculationSheet(
  sheet: Worksheet,
  results: BusinessCaseResults,
  inputCells: YearInputCells,
): void {
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
