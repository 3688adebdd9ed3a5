import ExcelJS from "exceljs";
import type { BusinessCaseResults } from "../../../domain/business-case/results.js";
import type { BusinessCase } from "../../../domain/business-case/views.js";
import { writeCalculationSheet } from "./xlsx-calculation-sheet.js";
import { CALCULATION_SHEET } from "./xlsx-layout.js";
import { INPUTS_SHEET, writeInputsSheet } from "./xlsx-inputs-sheet.js";

/**
 * The case as a workbook an economist can check: named input cells on "Inputs" and, on
 * "Beregning", every figure as a live formula over them, each with the domain's value cached.
 * Built from what the reader may see: without the company side, no company input, column or
 * name is written.
 */
export async function buildBusinessCaseWorkbook(
  businessCase: BusinessCase,
  results: BusinessCaseResults,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Samspil";
  workbook.created = new Date();
  workbook.calcProperties.fullCalcOnLoad = true;
  const heading = [
    `Business case: ${businessCase.title}`,
    `Offentlig part: ${businessCase.publicOrganisation.name}`,
    businessCase.companyOrganisation ? `Virksomhed: ${businessCase.companyOrganisation.name}` : "Ingen virksomhed",
    businessCase.companySideWithheld ? "Virksomhedens tal er ikke delt med dig og indgår ikke." : "",
  ].filter(Boolean);
  const inputs = workbook.addWorksheet(INPUTS_SHEET);
  const inputCells = writeInputsSheet(inputs, businessCase.inputs, results.discountBands, heading);
  writeCalculationSheet(workbook.addWorksheet(CALCULATION_SHEET), results, inputCells);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
