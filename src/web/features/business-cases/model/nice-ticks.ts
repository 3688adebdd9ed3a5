/** Round axis ticks (0, 500.000, 1.000.000 …) that cover every value, for the chart's x axis. */
export function computeNiceTicks(values: readonly number[], count = 6): number[] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    return [0, 1];
  }
  if (min === max) {
    const spread = Math.abs(min) || 1;
    return computeNiceTicks([min - spread / 2, max + spread / 2], count);
  }
  const raw = (max - min) / Math.max(1, count - 1);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step =
    [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= raw) ?? 10 * magnitude;
  const first = Math.floor(min / step) * step;
  const last = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let tick = first; tick <= last + step / 2; tick += step) {
    ticks.push(Math.round(tick / step) * step);
  }
  return ticks;
}
