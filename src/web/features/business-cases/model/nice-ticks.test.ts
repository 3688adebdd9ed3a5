import { describe, expect, it } from "vitest";
import { computeNiceTicks } from "./nice-ticks.js";

describe("computeNiceTicks", () => {
  it("covers the values with round steps", () => {
    expect(computeNiceTicks([4_897_396, 7_687_947, 6_292_672])).toEqual([
      4_000_000, 5_000_000, 6_000_000, 7_000_000, 8_000_000,
    ]);
    expect(computeNiceTicks([-3_437_730, 6_651_546])).toEqual([
      -5_000_000, -2_500_000, 0, 2_500_000, 5_000_000, 7_500_000,
    ]);
  });

  it("copes with one value and with no spread", () => {
    const ticks = computeNiceTicks([0, 0]);
    expect(ticks[0]).toBeLessThan(0);
    expect(ticks[ticks.length - 1]).toBeGreaterThan(0);
  });
});
