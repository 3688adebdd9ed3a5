import type { Worksheet } from "exceljs";
import type { IrrResult } from "../../../domain/business-case/irr.js";
import type { SideMetrics } from "../../../domain/business-case/metrics.js";
import type { BusinessCaseResults } from "../../../domain/business-case/results.js";
import { MONEY, NEVER, YEARS, type Layout, type Result } from "./xlsx-layout.js";

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
export function writeSummary(
  sheet: Worksheet,
  layout: Layout,
  results: BusinessCaseResults,
  sides: [string, string, SideMetrics][],
): void {
  const { firstRow, lastRow } = layout;
  const columnOf = (key: string) => layout.ref(key, 0).replace(/\d+$/, "");
  const whole = (key: string) => `${columnOf(key)}${firstRow}:${columnOf(key)}${lastRow}`;
  const oneRate =
    results.discountBands.firstRate === results.discountBands.laterRate ||
    results.horizonYears <= results.discountBands.firstBandYears;
  sheet.addRow([]);
  sheet.addRow(["Nøgletal", ...sides.map(([, label]) => label)]).font = { bold: true };
  const rows: [string, string, (side: string, metrics: SideMetrics) => { formula: string; result: Result } | string][] =
    [
      [
        "Nettonutidsværdi (sum af nutidsværdier)",
        MONEY,
        (side, metrics) => ({ formula: `SUM(${whole(`${side}.discounted`)})`, result: metrics.npv }),
      ],
      [
        "Simpel tilbagebetalingstid (år)",
        YEARS,
        (side, metrics) => ({
          formula: `IF(COUNT(${whole(`${side}.payback`)})=0,"${NEVER}",SUM(${whole(`${side}.payback`)}))`,
          result: metrics.simplePayback ?? NEVER,
        }),
      ],
      [
        "Diskonteret tilbagebetalingstid (år)",
        YEARS,
        (side, metrics) => ({
          formula:
            `IF(COUNT(${whole(`${side}.discountedPayback`)})=0,"${NEVER}",` +
            `SUM(${whole(`${side}.discountedPayback`)}))`,
          result: metrics.discountedPayback ?? NEVER,
        }),
      ],
      [
        "Intern rente (Excels IRR)",
        "0.00%",
        (side, metrics) =>
          metrics.irr.value === null
            ? describeIrr(metrics.irr)
            : { formula: `IRR(${whole(`${side}.net`)})`, result: metrics.irr.value },
      ],
      [
        "Kontrol: Excels NPV med én rente",
        MONEY,
        (side, metrics) =>
          oneRate && lastRow > firstRow
            ? {
                formula:
                  `${columnOf(`${side}.net`)}${firstRow}+NPV(DiscountRate1,` +
                  `${columnOf(`${side}.net`)}${firstRow + 1}:${columnOf(`${side}.net`)}${lastRow})`,
                result: metrics.npv,
              }
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
