/** Each year's flow times its discount factor. */
export function discountFlows(flows: readonly number[], factors: readonly number[]): number[] {
  return flows.map((flow, year) => flow * factors[year]);
}

/** Net present value: the sum of the discounted flows, year 0 undiscounted. */
export function computeNpv(flows: readonly number[], factors: readonly number[]): number {
  return discountFlows(flows, factors).reduce((total, value) => total + value, 0);
}

/** Net present value at one constant rate (used to find the internal rate of return). */
export function computeNpvAtRate(flows: readonly number[], rate: number): number {
  const x = 1 / (1 + rate);
  let total = 0;
  for (let year = flows.length - 1; year >= 0; year -= 1) {
    total = total * x + flows[year];
  }
  return total;
}

/** Running totals: the cumulative flow at the end of each year. */
export function accumulate(flows: readonly number[]): number[] {
  let total = 0;
  return flows.map((flow) => {
    total += flow;
    return total;
  });
}
