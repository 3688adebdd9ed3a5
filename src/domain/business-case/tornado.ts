import { scaleDiscountBands, type DiscountBands } from "./discount.js";
import type { BusinessCaseInputs } from "./inputs.js";
import { computeNpvs } from "./metrics.js";

/** Each input is moved this much down and up. */
export const TORNADO_SWING = 0.2;

/** The public side's numeric inputs; `phaseIn` moves every year's percentage (capped at 100). */
export const PUBLIC_TORNADO_INPUTS = [
  "publicSide.investment.purchase",
  "publicSide.investment.installation",
  "publicSide.investment.implementation",
  "publicSide.investment.training",
  "publicSide.runningCosts.licences",
  "publicSide.runningCosts.service",
  "publicSide.runningCosts.maintenance",
  "publicSide.benefits.hoursFreedPerYear",
  "publicSide.benefits.hourlyCost",
  "publicSide.benefits.otherSavings",
  "publicSide.benefits.avoidedCosts",
  "publicSide.phaseIn",
  "discountRate",
] as const;

/** The company side's numeric inputs; `market.adoption` moves every year's share (capped at 100). */
export const COMPANY_TORNADO_INPUTS = [
  "companySide.developmentCost",
  "companySide.unitCost",
  "companySide.unitPrice",
  "companySide.supportCostPerUnit",
  "companySide.salesCostPerYear",
  "companySide.market.institutions",
  "companySide.market.unitsPerInstitution",
  "companySide.market.adoption",
  "discountRate",
] as const;

export interface TornadoBar {
  /** The input's path in BusinessCaseInputs. */
  input: string;
  /** Net present value with the input 20 % lower. */
  npvLow: number;
  /** Net present value with the input 20 % higher. */
  npvHigh: number;
  /** |npvHigh − npvLow|; the bars come sorted by it, largest first. */
  swing: number;
}

export interface Tornado {
  baseNpv: number;
  bars: TornadoBar[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A copy of `inputs` with the number (or every number of the list) at `path` multiplied by `factor`. */
export function scaleInput(inputs: BusinessCaseInputs, path: string, factor: number): BusinessCaseInputs {
  const copy = structuredClone(inputs);
  const keys = path.split(".");
  let node: unknown = copy;
  for (const key of keys.slice(0, -1)) {
    node = isRecord(node) ? node[key] : undefined;
  }
  const last = keys[keys.length - 1];
  if (!isRecord(node)) {
    return copy;
  }
  const value = node[last];
  if (typeof value === "number") {
    node[last] = value * factor;
  } else if (Array.isArray(value)) {
    node[last] = value.map((item: unknown) => (typeof item === "number" ? Math.min(100, item * factor) : item));
  }
  return copy;
}

function computeTornado(
  inputs: BusinessCaseInputs,
  bands: DiscountBands,
  paths: readonly string[],
  pick: (npvs: ReturnType<typeof computeNpvs>) => number,
): Tornado {
  const evaluate = (factor: number, path: string): number =>
    path === "discountRate"
      ? pick(computeNpvs(inputs, scaleDiscountBands(bands, factor)))
      : pick(computeNpvs(scaleInput(inputs, path, factor), bands));
  const bars = paths.map((input): TornadoBar => {
    const npvLow = evaluate(1 - TORNADO_SWING, input);
    const npvHigh = evaluate(1 + TORNADO_SWING, input);
    return { input, npvLow, npvHigh, swing: Math.abs(npvHigh - npvLow) };
  });
  bars.sort((a, b) => b.swing - a.swing || a.input.localeCompare(b.input));
  return { baseNpv: pick(computeNpvs(inputs, bands)), bars };
}

/** The public net present value's sensitivity to each public input and the discount rate (±20 %). */
export function computePublicTornado(inputs: BusinessCaseInputs, bands: DiscountBands): Tornado {
  return computeTornado(inputs, bands, PUBLIC_TORNADO_INPUTS, (npvs) => npvs.public);
}

/** The company net present value's sensitivity; null without a company side. */
export function computeCompanyTornado(inputs: BusinessCaseInputs, bands: DiscountBands): Tornado | null {
  if (!inputs.companySide) {
    return null;
  }
  return computeTornado(inputs, bands, COMPANY_TORNADO_INPUTS, (npvs) => npvs.company ?? 0);
}
