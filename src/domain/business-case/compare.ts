import type { BusinessCaseInputs } from "./inputs.js";
import type { SideMetrics } from "./metrics.js";
import type { BusinessCaseResults } from "./results.js";

type Leaf = number | string | boolean | null;

export interface FieldDifference {
  /** Path in BusinessCaseInputs, e.g. "publicSide.benefits.hourlyCost" or "publicSide.phaseIn.2". */
  field: string;
  /** Undefined where the field does not exist in that version (a list item, or a whole side). */
  a: Leaf | undefined;
  b: Leaf | undefined;
}

export interface MetricDifference {
  /** e.g. "public.npv", "company.simplePayback", "combined.irr". */
  metric: string;
  a: number | null;
  b: number | null;
  /** b − a when both are numbers. */
  difference: number | null;
}

/** Every leaf of the inputs by its dotted path. */
export function flattenInputs(value: unknown, prefix = ""): Map<string, Leaf> {
  const leaves = new Map<string, Leaf>();
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, path ? `${path}.${index}` : String(index)));
    } else if (node !== null && typeof node === "object") {
      for (const [key, item] of Object.entries(node)) {
        visit(item, path ? `${path}.${key}` : key);
      }
    } else if (typeof node === "number" || typeof node === "string" || typeof node === "boolean" || node === null) {
      leaves.set(path, node);
    }
  };
  visit(value, prefix);
  return leaves;
}

/** The fields that differ between two versions' inputs, in path order. */
export function diffInputs(a: BusinessCaseInputs, b: BusinessCaseInputs): FieldDifference[] {
  const left = flattenInputs(a);
  const right = flattenInputs(b);
  const fields = [...new Set([...left.keys(), ...right.keys()])].sort();
  return fields
    .filter((field) => left.get(field) !== right.get(field))
    .map((field) => ({ field, a: left.get(field), b: right.get(field) }));
}

function listMetrics(side: string, metrics: SideMetrics | undefined): [string, number | null][] {
  return [
    [`${side}.npv`, metrics?.npv ?? null],
    [`${side}.simplePayback`, metrics?.simplePayback ?? null],
    [`${side}.discountedPayback`, metrics?.discountedPayback ?? null],
    [`${side}.irr`, metrics?.irr.value ?? null],
    [`${side}.breakEvenYear`, metrics?.breakEvenYear ?? null],
  ];
}

/** The headline figures of both versions side by side; a side missing from both is left out. */
export function diffResults(a: BusinessCaseResults, b: BusinessCaseResults): MetricDifference[] {
  const sides: ["public" | "company" | "combined", SideMetrics | undefined, SideMetrics | undefined][] = [
    ["public", a.public.metrics, b.public.metrics],
    ["company", a.company?.metrics, b.company?.metrics],
    ["combined", a.combined?.metrics, b.combined?.metrics],
  ];
  return sides
    .filter(([, left, right]) => left !== undefined || right !== undefined)
    .flatMap(([side, left, right]) => {
      const rightValues = new Map(listMetrics(side, right));
      return listMetrics(side, left).map(([metric, valueA]): MetricDifference => {
        const valueB = rightValues.get(metric) ?? null;
        return {
          metric,
          a: valueA,
          b: valueB,
          difference: valueA !== null && valueB !== null ? valueB - valueA : null,
        };
      });
    });
}
