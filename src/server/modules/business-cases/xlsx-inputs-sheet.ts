import type { Worksheet } from "exceljs";
import { findMarketSharePercent, findPhaseInPercent } from "../../../domain/business-case/cash-flows.js";
import type { DiscountBands } from "../../../domain/business-case/discount.js";
import type { BusinessCaseInputs } from "../../../domain/business-case/inputs.js";

export const INPUTS_SHEET = "Inputs";

/** A named input cell: label, defined name (used in the formulas), value and number format. */
interface NamedInput {
  label: string;
  name: string;
  value: number;
  format: string;
}

const MONEY = '#,##0 "kr."';
const NUMBER = "#,##0.##";
const RATE = "0.00%";

function listGeneralInputs(bands: DiscountBands): NamedInput[] {
  return [
    { label: "Diskonteringsrente, år 0–35", name: "DiscountRate1", value: bands.firstRate, format: RATE },
    { label: "Diskonteringsrente, år 36–70", name: "DiscountRate2", value: bands.laterRate, format: RATE },
    { label: "Sidste år med den første rente", name: "FirstBandYears", value: bands.firstBandYears, format: "0" },
  ];
}

function listPublicInputs(side: BusinessCaseInputs["publicSide"]): NamedInput[] {
  return [
    { label: "Investering: indkøb (år 0)", name: "PublicPurchase", value: side.investment.purchase, format: MONEY },
    {
      label: "Investering: installation (år 0)",
      name: "PublicInstallation",
      value: side.investment.installation,
      format: MONEY,
    },
    {
      label: "Investering: implementering (år 0)",
      name: "PublicImplementation",
      value: side.investment.implementation,
      format: MONEY,
    },
    { label: "Investering: uddannelse (år 0)", name: "PublicTraining", value: side.investment.training, format: MONEY },
    { label: "Drift pr. år: licenser", name: "PublicLicences", value: side.runningCosts.licences, format: MONEY },
    { label: "Drift pr. år: service", name: "PublicService", value: side.runningCosts.service, format: MONEY },
    {
      label: "Drift pr. år: vedligehold",
      name: "PublicMaintenance",
      value: side.runningCosts.maintenance,
      format: MONEY,
    },
    {
      label: "Frigjorte medarbejdertimer pr. år",
      name: "PublicHoursFreed",
      value: side.benefits.hoursFreedPerYear,
      format: NUMBER,
    },
    { label: "Timepris", name: "PublicHourlyCost", value: side.benefits.hourlyCost, format: MONEY },
    { label: "Andre besparelser pr. år", name: "PublicOtherSavings", value: side.benefits.otherSavings, format: MONEY },
    {
      label: "Undgåede omkostninger pr. år",
      name: "PublicAvoidedCosts",
      value: side.benefits.avoidedCosts,
      format: MONEY,
    },
  ];
}

function listCompanyInputs(side: NonNullable<BusinessCaseInputs["companySide"]>): NamedInput[] {
  return [
    {
      label: "Udviklingsomkostning (år 0)",
      name: "CompanyDevelopmentCost",
      value: side.developmentCost,
      format: MONEY,
    },
    { label: "Produktionsomkostning pr. enhed", name: "CompanyUnitCost", value: side.unitCost, format: MONEY },
    { label: "Pris pr. enhed", name: "CompanyUnitPrice", value: side.unitPrice, format: MONEY },
    {
      label: "Installation og support pr. solgt enhed",
      name: "CompanySupportCostPerUnit",
      value: side.supportCostPerUnit,
      format: MONEY,
    },
    { label: "Salgsomkostninger pr. år", name: "CompanySalesCostPerYear", value: side.salesCostPerYear, format: MONEY },
    {
      label: "Antal institutioner i markedet",
      name: "CompanyInstitutions",
      value: side.market.institutions,
      format: NUMBER,
    },
    {
      label: "Enheder pr. institution",
      name: "CompanyUnitsPerInstitution",
      value: side.market.unitsPerInstitution,
      format: NUMBER,
    },
  ];
}

function writeSection(sheet: Worksheet, heading: string, inputs: NamedInput[]): void {
  sheet.addRow([]);
  sheet.addRow([heading]).font = { bold: true };
  for (const input of inputs) {
    const row = sheet.addRow([input.label, input.value, input.name]);
    const cell = row.getCell(2);
    cell.name = input.name;
    cell.numFmt = input.format;
  }
}

/** Where the per-year inputs are: Inputs!B{row} phase-in %, Inputs!C{row} cumulative market share %. */
export interface YearInputCells {
  rowOfYear: (year: number) => number;
}

/**
 * The Inputs sheet: every figure the formulas use, each in a named cell, and a per-year table
 * (phase-in and market share, as they apply each year). The company's inputs only when the
 * reader may see them.
 */
export function writeInputsSheet(
  sheet: Worksheet,
  inputs: BusinessCaseInputs,
  bands: DiscountBands,
  heading: string[],
): YearInputCells {
  sheet.columns = [{ width: 44 }, { width: 22 }, { width: 30 }];
  heading.forEach((line, index) => {
    sheet.addRow([line]).font = index === 0 ? { bold: true, size: 14 } : {};
  });
  sheet.addRow([
    `Tidshorisont: ${inputs.horizonYears} år (bestemmer antallet af rækker i Beregning; ændr ` +
      `den i Samspil og eksportér igen)`,
  ]);
  sheet.addRow([]);
  sheet.addRow(["Input", "Værdi", "Navn i formlerne"]).font = { bold: true };
  writeSection(sheet, "Fælles", listGeneralInputs(bands));
  writeSection(sheet, "Offentlig part", listPublicInputs(inputs.publicSide));
  if (inputs.companySide) {
    writeSection(sheet, "Virksomhed", listCompanyInputs(inputs.companySide));
  }
  sheet.addRow([]);
  const company = inputs.companySide;
  sheet.addRow(["År", "Indfasning af gevinster (%)", ...(company ? ["Markedsandel, akkumuleret (%)"] : [])]).font = {
    bold: true,
  };
  const firstRow = sheet.rowCount + 1;
  for (let year = 0; year <= inputs.horizonYears; year += 1) {
    const phaseIn = year === 0 ? 0 : findPhaseInPercent(inputs.publicSide.phaseIn, year);
    sheet.addRow([year, phaseIn, ...(company ? [findMarketSharePercent(company.market.adoption, year)] : [])]);
  }
  return { rowOfYear: (year) => firstRow + year };
}
