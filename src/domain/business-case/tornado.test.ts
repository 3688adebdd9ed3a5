import { describe, expect, it } from "vitest";
import { resolveDiscountBands } from "./discount.js";
import { createCeilingHoistExample } from "./examples.js";
import { computeNpvs } from "./metrics.js";
import {
  computeCompanyTornado,
  computePublicTornado,
  COMPANY_TORNADO_INPUTS,
  PUBLIC_TORNADO_INPUTS,
  scaleInput,
} from "./tornado.js";

const example = createCeilingHoistExample();
const bands = resolveDiscountBands(example.discountRate);

describe("tornado", () => {
  it("moves every public input ±20 % and sorts the bars by swing, largest first", () => {
    const tornado = computePublicTornado(example, bands);
    expect(tornado.baseNpv).toBeCloseTo(computeNpvs(example, bands).public, 9);
    expect(tornado.bars.map((bar) => bar.input).sort()).toEqual([...PUBLIC_TORNADO_INPUTS].sort());
    const swings = tornado.bars.map((bar) => bar.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(tornado.bars[0].input).toMatch(/hoursFreedPerYear|hourlyCost/);
  });

  it("moves a cost the other way of a benefit: −20 % purchase raises the net present value by 20 % of it", () => {
    const bar = computePublicTornado(example, bands).bars.find(
      (item) => item.input === "publicSide.investment.purchase",
    );
    const base = computeNpvs(example, bands).public;
    expect(bar?.npvLow).toBeCloseTo(base + 0.2 * 900_000, 6);
    expect(bar?.npvHigh).toBeCloseTo(base - 0.2 * 900_000, 6);
    expect(bar?.swing).toBeCloseTo(360_000, 6);
  });

  it("shows a lower discount rate raising a positive net present value", () => {
    const bar = computePublicTornado(example, bands).bars.find((item) => item.input === "discountRate");
    expect(bar?.npvLow).toBeGreaterThan(bar?.npvHigh ?? Infinity);
  });

  it("gives inputs that are 0 a zero swing", () => {
    const bar = computePublicTornado(example, bands).bars.find(
      (item) => item.input === "publicSide.runningCosts.licences",
    );
    expect(bar?.swing).toBe(0);
  });

  it("covers the company side's inputs, and is null without a company side", () => {
    expect(
      computeCompanyTornado(example, bands)
        ?.bars.map((bar) => bar.input)
        .sort(),
    ).toEqual([...COMPANY_TORNADO_INPUTS].sort());
    expect(computeCompanyTornado({ ...example, companySide: null }, bands)).toBeNull();
  });

  it.each([
    ["publicSide.phaseIn", 1.2, (inputs: typeof example) => inputs.publicSide.phaseIn, [48, 96]],
    ["publicSide.phaseIn", 2, (inputs: typeof example) => inputs.publicSide.phaseIn, [80, 100]],
    [
      "companySide.market.adoption",
      0.8,
      (inputs: typeof example) => inputs.companySide?.market.adoption.slice(0, 2),
      [0.8, 2.4],
    ],
    ["publicSide.benefits.hourlyCost", 0.8, (inputs: typeof example) => [inputs.publicSide.benefits.hourlyCost], [308]],
  ])("scales %s by %f (percentages capped at 100) without touching the original", (path, factor, pick, expected) => {
    const scaled = scaleInput(example, path, factor);
    (pick(scaled) ?? []).forEach((value, index) => expect(value).toBeCloseTo(expected[index], 9));
    expect(example.publicSide.phaseIn).toEqual([40, 80]);
    expect(example.publicSide.benefits.hourlyCost).toBe(385);
  });
});
