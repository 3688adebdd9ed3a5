import type { SummaryItem } from "../../../forms/error-summary.js";
import { fieldId } from "../../../forms/field-id.js";
import { describeField, type BcT } from "./field-labels.js";

/** The order of the fields in the editor, so the error summary reads top to bottom. */
const FORM_ORDER = [
  "title",
  "horizonYears",
  "discountRate",
  "publicSide.investment",
  "publicSide.runningCosts",
  "publicSide.benefits",
  "publicSide.phaseIn",
  "publicSide.qualityEffects",
  "publicSide",
  "companySide.developmentCost",
  "companySide.unitCost",
  "companySide.unitPrice",
  "companySide.supportCostPerUnit",
  "companySide.salesCostPerYear",
  "companySide.market",
  "companySide",
];

function rank(path: string): number {
  const index = FORM_ORDER.findIndex((prefix) => path === prefix || path.startsWith(`${prefix}.`));
  return index === -1 ? FORM_ORDER.length : index;
}

function compareIndices(a: string, b: string): number {
  const numbers = (path: string) =>
    path
      .split(".")
      .filter((part) => /^\d+$/.test(part))
      .map(Number);
  const [left, right] = [numbers(a), numbers(b)];
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    if (left[index] !== right[index]) {
      return left[index] - right[index];
    }
  }
  return a.localeCompare(b);
}

/** Field errors as error-summary entries, in form order, each linking to its field. */
export function toSummaryItems(t: BcT, errors: Record<string, string>): SummaryItem[] {
  return Object.entries(errors)
    .filter(([path]) => path !== "_")
    .sort(([a], [b]) => rank(a) - rank(b) || compareIndices(a, b))
    .map(([path, message]) => ({ target: fieldId(path), label: describeField(t, path), message }));
}
