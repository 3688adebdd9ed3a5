import { computeNpvAtRate } from "./npv.js";

/**
 * The internal rate of return: the constant yearly rate r > −100 % at which the net present value
 * is 0. One answer, or none with the reason:
 * - `no_sign_change`: the flows never change sign (or are all 0), so no rate gives 0;
 * - `no_root`: the flows change sign but the net present value has no zero between −99 % and
 *   1,000,000 % (it can happen with two or more sign changes, e.g. 1, −3, 3);
 * - `several_roots`: with several sign changes there can be several rates (the classic
 *   −1,600 / +10,000 / −10,000 has 25 % and 400 %). The IRR is then ambiguous and `value` is null;
 *   every root found is listed in `roots`, and the net present value should decide.
 * One sign change always gives exactly one root (Descartes' rule of signs).
 *
 * Method: the net present value is scanned on a grid of rates (−99 % … 100 % in steps of 0.5
 * points, then to 1,000 % in steps of 5 points, then geometrically to 1,000,000 %); each
 * bracket where it changes sign is narrowed by bisection to 1e-12. Two roots closer together
 * than one grid step, or a root where the curve only touches 0, can be missed.
 */
export interface IrrResult {
  value: number | null;
  reason: "ok" | "no_sign_change" | "no_root" | "several_roots";
  roots: number[];
}

export function countSignChanges(flows: readonly number[]): number {
  let changes = 0;
  let previousSign = 0;
  for (const flow of flows) {
    const sign = Math.sign(flow);
    if (sign !== 0) {
      if (previousSign !== 0 && sign !== previousSign) {
        changes += 1;
      }
      previousSign = sign;
    }
  }
  return changes;
}

function buildRateGrid(): number[] {
  const grid: number[] = [];
  for (let step = 0; step <= 398; step += 1) {
    grid.push(-0.99 + step * 0.005);
  }
  for (let rate = 1.05; rate <= 10 + 1e-9; rate += 0.05) {
    grid.push(rate);
  }
  for (let rate = 10 * 1.1; rate <= 10_000; rate *= 1.1) {
    grid.push(rate);
  }
  return grid;
}

const RATE_GRID = buildRateGrid();

function bisect(flows: readonly number[], low: number, high: number): number {
  let lowValue = computeNpvAtRate(flows, low);
  let [lo, hi] = [low, high];
  for (let iteration = 0; iteration < 200 && hi - lo > 1e-12; iteration += 1) {
    const middle = (lo + hi) / 2;
    const value = computeNpvAtRate(flows, middle);
    if (value === 0) {
      return middle;
    }
    if (Math.sign(value) === Math.sign(lowValue)) {
      lo = middle;
      lowValue = value;
    } else {
      hi = middle;
    }
  }
  return (lo + hi) / 2;
}

/** Every rate on the grid's range where the net present value is 0, in rising order. */
export function findIrrRoots(flows: readonly number[]): number[] {
  const roots: number[] = [];
  let previousRate = RATE_GRID[0];
  let previousValue = computeNpvAtRate(flows, previousRate);
  if (previousValue === 0) {
    roots.push(previousRate);
  }
  for (const rate of RATE_GRID.slice(1)) {
    const value = computeNpvAtRate(flows, rate);
    if (value === 0) {
      roots.push(rate);
    } else if (previousValue !== 0 && Math.sign(value) !== Math.sign(previousValue)) {
      roots.push(bisect(flows, previousRate, rate));
    }
    previousRate = rate;
    previousValue = value;
  }
  return roots;
}

export function computeIrr(flows: readonly number[]): IrrResult {
  if (countSignChanges(flows) === 0) {
    return { value: null, reason: "no_sign_change", roots: [] };
  }
  const roots = findIrrRoots(flows);
  if (roots.length === 0) {
    return { value: null, reason: "no_root", roots };
  }
  if (roots.length > 1) {
    return { value: null, reason: "several_roots", roots };
  }
  return { value: roots[0], reason: "ok", roots };
}
