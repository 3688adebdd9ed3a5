import { describe, expect, it } from "vitest";
import { formatDecimal, formatKr, formatPercent, formatRate, formatSignedKr, formatWhole } from "./format.js";

const normalise = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("format", () => {
  it("writes kroner the Danish way and the English way", () => {
    expect(normalise(formatKr(6_292_671.57, "da"))).toBe("6.292.672 kr.");
    expect(normalise(formatKr(-1_570_000, "da"))).toBe("-1.570.000 kr.");
    expect(normalise(formatKr(6_292_671.57, "en"))).toBe("DKK 6,292,672");
    expect(normalise(formatSignedKr(2_876_939.2, "da"))).toBe("+2.876.939 kr.");
  });

  it("writes years with one decimal and rates in percent", () => {
    expect(formatDecimal(2.35386, "da")).toBe("2,4");
    expect(formatDecimal(2.35386, "en")).toBe("2.4");
    expect(normalise(formatRate(0.48372, "da"))).toBe("48,4 %");
    expect(normalise(formatRate(0.2001, "da", true))).toBe("+20,0 %");
    expect(normalise(formatPercent(40, "da"))).toBe("40 %");
    expect(formatWhole(1960.4, "da")).toBe("1.960");
  });
});
