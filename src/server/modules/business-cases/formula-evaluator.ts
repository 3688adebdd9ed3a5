/**
 * Test support: a small, independent interpreter for the subset of Excel formulas the business-case
 * export writes, so the tests check the formulas themselves and not only their cached results.
 * Excel's rules that matter here: negation binds tighter than ^ (−2^2 = 4), ^ is left-associative,
 * IF evaluates only the branch it takes, SUM/MAX/COUNT skip text and empty cells in ranges,
 * NPV discounts its first value by one period, IRR starts Newton's method at 10 %.
 * Supported: numbers, "text", cell references (A1, $A$1, Sheet!A1), ranges, defined names,
 * + − * / ^ & = <> < > <= >=, and SUM MIN MAX COUNT COUNTIF IF AND NPV IRR.
 */
import { parse, type Node } from "./formula-parser.js";

export type Value = number | string | boolean | null;

export interface CellSource {
  formula?: string;
  value: Value;
}

function splitAddress(address: string): { column: number; row: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) {
    throw new Error(`Bad address ${address}`);
  }
  const column = [...match[1]].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
  return { column, row: Number(match[2]) };
}

function formatAddress(column: number, row: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return `${letters}${row}`;
}

function coerceNumber(value: Value): number {
  if (value === null) {
    return 0;
  }
  if (typeof value === "boolean") {
    return value ? 1 : 0;
  }
  if (typeof value === "number") {
    return value;
  }
  throw new Error(`#VALUE! (text "${value}" in arithmetic)`);
}

function matchesCriterion(value: Value, criterion: Value): boolean {
  const match = /^(<=|>=|<>|<|>|=)?(.*)$/.exec(String(criterion)) as RegExpExecArray;
  const [, operator = "=", operand] = match;
  if (typeof value !== "number") {
    return false;
  }
  const target = Number(operand);
  switch (operator) {
    case "<":
      return value < target;
    case "<=":
      return value <= target;
    case ">":
      return value > target;
    case ">=":
      return value >= target;
    case "<>":
      return value !== target;
    default:
      return value === target;
  }
}

function computeIrr(values: number[], guess: number): number {
  let rate = guess;
  for (let iteration = 0; iteration < 100; iteration += 1) {
    let npv = 0;
    let derivative = 0;
    values.forEach((value, year) => {
      npv += value / (1 + rate) ** year;
      derivative -= (year * value) / (1 + rate) ** (year + 1);
    });
    const next = rate - npv / derivative;
    if (Math.abs(next - rate) < 1e-13) {
      return next;
    }
    rate = next;
  }
  throw new Error("#NUM! (IRR did not converge)");
}

export class FormulaEvaluator {
  private readonly cache = new Map<string, Value>();
  private readonly pending = new Set<string>();

  constructor(
    private readonly readCell: (sheet: string, address: string) => CellSource | undefined,
    private readonly names: ReadonlyMap<string, { sheet: string; address: string }>,
  ) {}

  /** The value of a cell: its formula evaluated from scratch (never its cached result), or its constant. */
  evaluateCell(sheet: string, address: string): Value {
    const key = `${sheet}!${address}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      return cached;
    }
    if (this.pending.has(key)) {
      throw new Error(`Circular reference at ${key}`);
    }
    this.pending.add(key);
    const source = this.readCell(sheet, address);
    const value = source?.formula ? this.evaluate(parse(source.formula, sheet)) : (source?.value ?? null);
    this.pending.delete(key);
    this.cache.set(key, value);
    return value;
  }

  evaluateFormula(formula: string, sheet: string): Value {
    return this.evaluate(parse(formula, sheet));
  }

  private expandRange(node: Extract<Node, { kind: "range" }>): Value[] {
    const from = splitAddress(node.from);
    const to = splitAddress(node.to);
    const values: Value[] = [];
    for (let row = Math.min(from.row, to.row); row <= Math.max(from.row, to.row); row += 1) {
      for (let column = Math.min(from.column, to.column); column <= Math.max(from.column, to.column); column += 1) {
        values.push(this.evaluateCell(node.sheet, formatAddress(column, row)));
      }
    }
    return values;
  }

  /** Arguments of SUM, MIN, MAX, COUNT, NPV, IRR: numbers of ranges (text and empty skipped), scalars as given. */
  private collectNumbers(args: Node[]): number[] {
    return args.flatMap((arg) =>
      arg.kind === "range"
        ? this.expandRange(arg).filter((value): value is number => typeof value === "number")
        : [coerceNumber(this.evaluate(arg))],
    );
  }

  private call(name: string, args: Node[]): Value {
    switch (name) {
      case "SUM":
        return this.collectNumbers(args).reduce((total, value) => total + value, 0);
      case "MIN": {
        const numbers = this.collectNumbers(args);
        return numbers.length === 0 ? 0 : Math.min(...numbers);
      }
      case "MAX": {
        const numbers = this.collectNumbers(args);
        return numbers.length === 0 ? 0 : Math.max(...numbers);
      }
      case "COUNT":
        return this.collectNumbers(args).length;
      case "COUNTIF": {
        const [range, criterion] = args;
        if (range.kind !== "range") {
          throw new Error("COUNTIF needs a range");
        }
        const wanted = this.evaluate(criterion);
        return this.expandRange(range).filter((value) => matchesCriterion(value, wanted)).length;
      }
      case "IF":
        return this.evaluate(args[0]) ? this.evaluate(args[1]) : args.length > 2 ? this.evaluate(args[2]) : false;
      case "AND":
        return args.every((arg) => Boolean(this.evaluate(arg)));
      case "NPV": {
        const rate = coerceNumber(this.evaluate(args[0]));
        return this.collectNumbers(args.slice(1)).reduce(
          (total, value, index) => total + value / (1 + rate) ** (index + 1),
          0,
        );
      }
      case "IRR":
        return computeIrr(
          this.collectNumbers(args.slice(0, 1)),
          args.length > 1 ? coerceNumber(this.evaluate(args[1])) : 0.1,
        );
      default:
        throw new Error(`Unknown function ${name}`);
    }
  }

  private compare(operator: string, left: Value, right: Value): boolean {
    const a = typeof left === "string" ? left : coerceNumber(left);
    const b = typeof right === "string" ? right : coerceNumber(right);
    if (typeof a !== typeof b) {
      throw new Error("Comparison of text with a number is not in the subset");
    }
    switch (operator) {
      case "=":
        return a === b;
      case "<>":
        return a !== b;
      case "<":
        return a < b;
      case ">":
        return a > b;
      case "<=":
        return a <= b;
      default:
        return a >= b;
    }
  }

  private evaluate(node: Node): Value {
    switch (node.kind) {
      case "number":
      case "text":
        return node.value;
      case "ref":
        return this.evaluateCell(node.sheet, node.address);
      case "range":
        throw new Error("A range outside a function");
      case "name": {
        const target = this.names.get(node.name);
        if (!target) {
          throw new Error(`#NAME? ${node.name}`);
        }
        return this.evaluateCell(target.sheet, target.address);
      }
      case "call":
        return this.call(node.name, node.args);
      case "unary":
        return node.operator === "-"
          ? -coerceNumber(this.evaluate(node.operand))
          : coerceNumber(this.evaluate(node.operand));
      case "binary": {
        const left = this.evaluate(node.left);
        const right = this.evaluate(node.right);
        switch (node.operator) {
          case "+":
            return coerceNumber(left) + coerceNumber(right);
          case "-":
            return coerceNumber(left) - coerceNumber(right);
          case "*":
            return coerceNumber(left) * coerceNumber(right);
          case "/":
            if (coerceNumber(right) === 0) {
              throw new Error("#DIV/0!");
            }
            return coerceNumber(left) / coerceNumber(right);
          case "^":
            return coerceNumber(left) ** coerceNumber(right);
          case "&":
            return `${left ?? ""}${right ?? ""}`;
          default:
            return this.compare(node.operator, left, right);
        }
      }
    }
  }
}
