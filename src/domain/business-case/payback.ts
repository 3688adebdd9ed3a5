/**
 * Payback time in years: when the cumulative flow turns non-negative for good (it never falls
 * below zero again within the horizon), interpolated linearly within that year as if the year's
 * flow came evenly: (t − 1) + (−cumulative at the end of t − 1) / flow in t. 0 when the
 * cumulative flow is never negative; null when it is still negative at the horizon.
 * Pass discounted flows for the discounted payback time.
 */
export function computePayback(flows: readonly number[]): number | null {
  if (flows.length === 0) {
    return null;
  }
  let cumulative = 0;
  let payback: number | null = null;
  for (let year = 0; year < flows.length; year += 1) {
    const previous = cumulative;
    cumulative += flows[year];
    if (cumulative < 0) {
      payback = null;
    } else if (payback === null) {
      payback = year === 0 || previous >= 0 ? year : year - 1 + -previous / flows[year];
    }
  }
  return payback;
}

/** The first whole year by whose end the cumulative flow is non-negative for good; null when never. */
export function findBreakEvenYear(flows: readonly number[]): number | null {
  const payback = computePayback(flows);
  return payback === null ? null : Math.ceil(payback);
}
