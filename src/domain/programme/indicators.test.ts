import { describe, expect, it } from "vitest";
import { issuesToFields } from "../validation.js";
import { buildDefaultIndicators, findSettingsIssues, ProgrammeSettings } from "./indicators.js";
import { MEASURE_CATALOGUE, MEASURE_CODES } from "./measures.js";

const period = { startsOn: "2026-01-01", endsOn: "2028-12-31" };
const defaults = buildDefaultIndicators(period, {
  municipalities: 5,
  regionalInstitutions: 1,
  stateInstitutions: 1,
  smes: 25,
});
const settings = (patch: Record<string, unknown> = {}) => ({
  name: "OPI Velfærd",
  ...period,
  indicators: defaults,
  ...patch,
});

describe("buildDefaultIndicators", () => {
  it("has one card per measure in the catalogue, each naming a known measure", () => {
    expect(defaults.map((card) => card.measure).sort()).toEqual([...MEASURE_CODES].sort());
    expect(ProgrammeSettings.safeParse(settings()).success).toBe(true);
  });

  it.each([
    ["pilot_municipalities", 5],
    ["pilot_regional_institutions", 1],
    ["pilot_state_institutions", 1],
    ["pilot_smes", 25],
  ])("takes %s's target from the seed's targets (%i)", (code, target) => {
    expect(defaults.find((card) => card.code === code)?.target).toBe(target);
  });

  it("falls back to the programme's proposal when a legacy target is missing", () => {
    const cards = buildDefaultIndicators(period, {});
    expect(cards.find((card) => card.code === "pilot_smes")?.target).toBe(25);
    expect(cards.find((card) => card.code === "pilot_municipalities")?.target).toBe(5);
  });

  it("shows the pilot definition (the partnership gate) on the pilot cards", () => {
    const sme = defaults.find((card) => card.code === "pilot_smes");
    expect(sme?.definition.da).toContain("partnerskabsgaten");
    expect(sme?.definition.en).toContain("partnership gate");
    expect(defaults.find((card) => card.code === "needs_recorded")?.definition.en).not.toContain("partnership gate");
  });

  it.each([
    [period, "2026-12-31", 8],
    [{ startsOn: "2026-01-01", endsOn: "2026-06-30" }, "2026-02-28", 8],
    [{ startsOn: "2026-03-15", endsOn: "2026-03-20" }, "2026-03-20", 8],
  ])("puts milestones a third in and at the end of %j", (range, first, smeFirst) => {
    const sme = buildDefaultIndicators(range, { smes: 25 }).find((card) => card.code === "pilot_smes");
    expect(sme?.milestones).toEqual([
      { on: first, target: smeFirst },
      { on: range.endsOn, target: 25 },
    ]);
  });

  it("has a computation text in both languages for every measure", () => {
    for (const code of MEASURE_CODES) {
      expect(MEASURE_CATALOGUE[code].computation.da.length).toBeGreaterThan(20);
      expect(MEASURE_CATALOGUE[code].computation.en.length).toBeGreaterThan(20);
    }
  });
});

describe("ProgrammeSettings: bad input names the field", () => {
  const card = defaults[0];
  it.each<[string, Record<string, unknown>, string, string]>([
    ["a target below zero", { indicators: [{ ...card, target: -1 }] }, "indicators.0.target", "negativ"],
    ["a fractional target", { indicators: [{ ...card, target: 1.5 }] }, "indicators.0.target", "helt tal"],
    [
      "a milestone before the period",
      { indicators: [{ ...card, milestones: [{ on: "2025-12-31", target: 1 }] }] },
      "indicators.0.milestones.0.on",
      "programperioden (2026-01-01 til 2028-12-31)",
    ],
    [
      "a milestone after the period",
      {
        indicators: [
          {
            ...card,
            milestones: [
              { on: "2026-06-30", target: 1 },
              { on: "2029-01-01", target: 2 },
            ],
          },
        ],
      },
      "indicators.0.milestones.1.on",
      "programperioden",
    ],
    [
      "a milestone target below zero",
      { indicators: [{ ...card, milestones: [{ on: "2026-06-30", target: -2 }] }] },
      "indicators.0.milestones.0.target",
      "negativ",
    ],
    [
      "an unknown measure",
      { indicators: [card, { ...card, code: "x_y", measure: "coffee" }] },
      "indicators.1.measure",
      "«coffee» findes ikke",
    ],
    ["a duplicate code", { indicators: [card, card] }, "indicators.1.code", "mere end én gang"],
    ["a period backwards", { endsOn: "2025-01-01", indicators: [] }, "endsOn", "efter startdatoen"],
    ["a bad code", { indicators: [{ ...card, code: "Bad Code" }] }, "indicators.0.code", "små bogstaver"],
  ])("%s → %s", (_, patch, field, message) => {
    const result = ProgrammeSettings.safeParse(settings(patch));
    expect(result.success).toBe(false);
    const fields = issuesToFields(result.error?.issues ?? [], "da");
    expect(Object.keys(fields)).toEqual([field]);
    expect(fields[field]).toContain(message);
  });

  it.each([
    ["on the first day", "2026-01-01"],
    ["on the last day", "2028-12-31"],
  ])("accepts a milestone %s of the period", (_, on) => {
    expect(findSettingsIssues({ ...period, indicators: [{ ...card, milestones: [{ on, target: 1 }] }] })).toEqual([]);
  });

  it("does not report milestones against a backwards period (only the period)", () => {
    const issues = findSettingsIssues({
      startsOn: "2027-01-01",
      endsOn: "2026-01-01",
      indicators: [{ ...card, milestones: [{ on: "2030-01-01", target: 1 }] }],
    });
    expect(issues).toEqual([{ path: ["endsOn"], key: "period_order" }]);
  });

  it("accepts a period of one day", () => {
    expect(findSettingsIssues({ startsOn: "2026-01-01", endsOn: "2026-01-01", indicators: [] })).toEqual([]);
  });
});
