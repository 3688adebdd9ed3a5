import { describe, expect, it } from "vitest";
import { FormulaEvaluator, type CellSource } from "./formula-evaluator.js";

/** The evaluator the export tests rely on must itself follow Excel's rules. */
function evaluatorWith(cells: Record<string, CellSource>, names: Record<string, string> = {}): FormulaEvaluator {
  const nameMap = new Map(
    Object.entries(names).map(([name, target]) => {
      const [sheet, address] = target.split("!");
      return [name, { sheet, address }];
    }),
  );
  return new FormulaEvaluator((sheet, address) => cells[`${sheet}!${address}`], nameMap);
}

describe("formula evaluator (test support)", () => {
  const evaluator = evaluatorWith(
    {
      "S!A1": { value: 2 },
      "S!A2": { value: 3 },
      "S!A3": { value: "" },
      "S!A4": { value: -1 },
      "S!B1": { formula: "A1*A2", value: null },
      "T!C1": { value: 10 },
    },
    { Rate: "T!C1" },
  );

  it.each([
    ["-2^2", 4],
    ["2^3^2", 64],
    ["1+2*3", 7],
    ["(1+2)*3", 9],
    ["10-4-3", 3],
    ["SUM(A1:A4)", 4],
    ["MAX(A1:A4)", 3],
    ["MIN(A1:A2,0)", 0],
    ["COUNT(A1:A4)", 3],
    ['COUNTIF(A1:A4,"<0")', 1],
    ["IF(A1>1,B1,1/0)", 6],
    ['IF(COUNT(A3:A3)=0,"Aldrig",1)', "Aldrig"],
    ["AND(A1>0,A4<0)", true],
    ["Rate*2+T!C1", 30],
    ["$A$1+A$2", 5],
    ["NPV(0.1,100,100)", 100 / 1.1 + 100 / 1.21],
  ])("%s = %j", (formula, expected) => {
    const value = evaluator.evaluateFormula(formula, "S");
    if (typeof expected === "number") {
      expect(value).toBeCloseTo(expected, 12);
    } else {
      expect(value).toBe(expected);
    }
  });

  it("finds Microsoft's IRR example (−70,000 … 26,000) at 8.66 %", () => {
    const cells: Record<string, CellSource> = {};
    [-70_000, 12_000, 15_000, 18_000, 21_000, 26_000].forEach((value, index) => {
      cells[`S!A${index + 1}`] = { value };
    });
    expect(evaluatorWith(cells).evaluateFormula("IRR(A1:A6)", "S")).toBeCloseTo(0.086631, 6);
  });

  it("refuses what Excel refuses: text in arithmetic, unknown names, division by zero", () => {
    expect(() => evaluator.evaluateFormula("A3+1", "S")).toThrow(/#VALUE!/);
    expect(() => evaluator.evaluateFormula("Unknown+1", "S")).toThrow(/#NAME\?/);
    expect(() => evaluator.evaluateFormula("1/(A1-2)", "S")).toThrow(/#DIV\/0!/);
  });
});
