import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { issuesToFields } from "../validation.js";
import {
  buildDefaultIndicators,
  DefaultIndicatorFile,
  DefaultIndicatorSpec,
  findSettingsIssues,
  IndicatorCard,
  ProgrammeSettings,
  type LegacyTargets,
  type SettingsIssue,
} from "./indicators.js";
import { MEASURE_CATALOGUE, MEASURE_CODES, PILOT_DEFINITION } from "./measures.js";

const period = { startsOn: "2026-01-01", endsOn: "2028-12-31" };
const seedTargets: LegacyTargets = { municipalities: 5, regionalInstitutions: 1, stateInstitutions: 1, smes: 25 };

/** The file the server reads (the same path, from this folder). */
const dataFile = () =>
  JSON.parse(readFileSync(new URL("../../../data/programme_indicators.json", import.meta.url), "utf8")) as unknown;
const dataSpecs = () => DefaultIndicatorFile.parse(dataFile()).indicators;

// Plain objects (not parsed here): a schema broken by a mutant must fail a test, not the file's collection.
const smeSpec: DefaultIndicatorSpec = {
  code: "pilot_smes",
  measure: "pilot_smes",
  name: { da: "SMV'er i pilotprojekter", en: "SMEs in pilot projects" },
  unit: { da: "virksomheder", en: "companies" },
  definition: { da: "Danske SMV'er i pilotprojekter.", en: "Danish SMEs in pilot projects." },
  withPilotDefinition: true,
  target: 25,
  legacyTarget: "smes",
};
const needsSpec: DefaultIndicatorSpec = {
  code: "needs_recorded",
  measure: "needs_recorded",
  name: { da: "Registrerede behov", en: "Needs recorded" },
  unit: { da: "behov", en: "needs" },
  definition: { da: "Behov, som offentlige organisationer har beskrevet.", en: "Needs public bodies described." },
  withPilotDefinition: false,
  target: 60,
};
const smeCard: IndicatorCard = {
  code: "pilot_smes",
  measure: "pilot_smes",
  name: { da: "SMV'er i pilotprojekter", en: "SMEs in pilot projects" },
  unit: { da: "virksomheder", en: "companies" },
  definition: { da: "Danske SMV'er i pilotprojekter.", en: "Danish SMEs in pilot projects." },
  target: 25,
  milestones: [
    { on: "2026-12-31", target: 8 },
    { on: "2028-12-31", target: 25 },
  ],
};
const build = (range = period, targets: LegacyTargets = seedTargets) =>
  buildDefaultIndicators(range, targets, [smeSpec, needsSpec]);

describe("buildDefaultIndicators", () => {
  it("turns a spec into a card: texts as given, the pilot definition added where the spec asks for it", () => {
    expect(build()).toEqual([
      {
        code: "pilot_smes",
        measure: "pilot_smes",
        name: { da: "SMV'er i pilotprojekter", en: "SMEs in pilot projects" },
        unit: { da: "virksomheder", en: "companies" },
        definition: {
          da: `Danske SMV'er i pilotprojekter. ${PILOT_DEFINITION.da}`,
          en: `Danish SMEs in pilot projects. ${PILOT_DEFINITION.en}`,
        },
        target: 25,
        milestones: [
          { on: "2026-12-31", target: 8 },
          { on: "2028-12-31", target: 25 },
        ],
      },
      {
        code: "needs_recorded",
        measure: "needs_recorded",
        name: { da: "Registrerede behov", en: "Needs recorded" },
        unit: { da: "behov", en: "needs" },
        definition: { da: "Behov, som offentlige organisationer har beskrevet.", en: "Needs public bodies described." },
        target: 60,
        milestones: [
          { on: "2026-12-31", target: 20 },
          { on: "2028-12-31", target: 60 },
        ],
      },
    ]);
  });

  it.each<[string, LegacyTargets, number, number]>([
    ["the stored legacy target", { smes: 12 }, 12, 60],
    ["a stored legacy target of zero", { smes: 0 }, 0, 60],
    ["the proposal when the legacy target is missing", {}, 25, 60],
    ["the proposal when only other legacy targets are stored", { municipalities: 9 }, 25, 60],
  ])("takes %s", (_, targets, smes, needs) => {
    const cards = build(period, targets);
    expect(cards.map((card) => card.target)).toEqual([smes, needs]);
    expect(cards.map((card) => card.milestones[1].target)).toEqual([smes, needs]);
  });

  it.each<[string, { startsOn: string; endsOn: string }, string]>([
    ["three years: a year in", period, "2026-12-31"],
    ["half a year: two months in", { startsOn: "2026-01-01", endsOn: "2026-06-30" }, "2026-02-28"],
    ["across a new year", { startsOn: "2026-11-01", endsOn: "2027-04-30" }, "2026-12-31"],
    ["a year from mid-March", { startsOn: "2026-03-15", endsOn: "2027-02-28" }, "2026-06-30"],
    ["five months: rounded to two", { startsOn: "2026-01-01", endsOn: "2026-05-31" }, "2026-02-28"],
    ["four months: rounded to one", { startsOn: "2026-01-01", endsOn: "2026-04-30" }, "2026-01-31"],
    ["one month: at least a month in", { startsOn: "2026-02-01", endsOn: "2026-02-28" }, "2026-02-28"],
    ["a few days: never after the end", { startsOn: "2026-03-15", endsOn: "2026-03-20" }, "2026-03-20"],
    ["twelve years", { startsOn: "2020-01-01", endsOn: "2031-12-31" }, "2023-12-31"],
  ])("puts the first milestone a third in (%s) and the last at the end", (_, range, first) => {
    for (const card of build(range)) {
      expect(card.milestones.map((milestone) => milestone.on)).toEqual([first, range.endsOn]);
    }
  });

  it.each<[number, number]>([
    [0, 0],
    [2, 0],
    [3, 1],
    [25, 8],
    [60, 20],
  ])("a target of %i has %i at the first milestone (a third, rounded down)", (target, first) => {
    const [card] = buildDefaultIndicators(period, {}, [{ ...needsSpec, target }]);
    expect(card.milestones).toEqual([
      { on: "2026-12-31", target: first },
      { on: "2028-12-31", target },
    ]);
  });

  it("builds nothing from no specs", () => {
    expect(buildDefaultIndicators(period, seedTargets, [])).toEqual([]);
  });

  it("gives each card its own texts (changing one card leaves the specs alone)", () => {
    const [card] = build();
    card.name.da = "Ændret";
    card.unit.da = "Ændret";
    card.definition.da = "Ændret";
    expect(smeSpec.name.da).toBe("SMV'er i pilotprojekter");
    expect(smeSpec.unit.da).toBe("virksomheder");
    expect(build()[1].definition.da).toBe("Behov, som offentlige organisationer har beskrevet.");
    const [plain] = buildDefaultIndicators(period, {}, [needsSpec]);
    plain.definition.da = "Ændret";
    expect(needsSpec.definition.da).toBe("Behov, som offentlige organisationer har beskrevet.");
  });
});

describe("the default indicators in data/programme_indicators.json", () => {
  it("has one card per measure in the catalogue, and the cards are valid programme settings", () => {
    const cards = buildDefaultIndicators(period, seedTargets, dataSpecs());
    expect(cards.map((card) => card.measure).sort()).toEqual([...MEASURE_CODES].sort());
    expect(ProgrammeSettings.safeParse({ name: "OPI Velfærd", ...period, indicators: cards }).success).toBe(true);
  });

  it.each([
    ["pilot_municipalities", "municipalities", 5],
    ["pilot_regional_institutions", "regionalInstitutions", 1],
    ["pilot_state_institutions", "stateInstitutions", 1],
    ["pilot_smes", "smes", 25],
  ])("%s takes the seed's «%s» target (proposal %i) and shows the pilot definition", (code, legacy, proposal) => {
    const spec = dataSpecs().find((item) => item.code === code);
    expect(spec).toMatchObject({ legacyTarget: legacy, target: proposal, withPilotDefinition: true });
  });

  it("shows the pilot definition only on the pilot cards", () => {
    const pilots = dataSpecs().filter((spec) => spec.withPilotDefinition);
    expect(pilots.map((spec) => spec.code).sort()).toEqual(
      MEASURE_CODES.filter((code) => code.startsWith("pilot_")).sort(),
    );
    const cards = buildDefaultIndicators(period, seedTargets, dataSpecs());
    expect(cards.find((card) => card.code === "pilot_smes")?.definition.da).toContain("partnerskabsgaten");
    expect(cards.find((card) => card.code === "needs_recorded")?.definition.en).not.toContain("partnership gate");
  });

  it("has a computation text in both languages for every measure", () => {
    for (const code of MEASURE_CODES) {
      expect(MEASURE_CATALOGUE[code].computation.da.length).toBeGreaterThan(20);
      expect(MEASURE_CATALOGUE[code].computation.en.length).toBeGreaterThan(20);
    }
  });
});

describe("DefaultIndicatorSpec and DefaultIndicatorFile: a mistake in the data names its place", () => {
  const file = (indicators: unknown[]) => ({ about: "test", indicators });
  const spec = { ...needsSpec };

  it("leaves the pilot definition off unless asked", () => {
    const { withPilotDefinition: _, ...rest } = spec;
    expect(DefaultIndicatorSpec.parse(rest).withPilotDefinition).toBe(false);
  });

  it.each<[string, unknown, string]>([
    ["an unknown measure", { ...spec, measure: "coffee" }, "measure"],
    ["an unknown legacy target", { ...spec, legacyTarget: "companies" }, "legacyTarget"],
    ["a target below zero", { ...spec, target: -1 }, "target"],
    ["a bad code", { ...spec, code: "Needs" }, "code"],
    ["a missing English name", { ...spec, name: { da: "Behov" } }, "name.en"],
    ["an empty unit", { ...spec, unit: { da: " ", en: "needs" } }, "unit.da"],
    ["a third language", { ...spec, definition: { ...spec.definition, de: "Bedarf" } }, "definition.de"],
    ["an unknown field", { ...spec, milestones: [] }, "milestones"],
  ])("refuses %s", (_, value, field) => {
    const result = DefaultIndicatorSpec.safeParse(value);
    expect(result.success).toBe(false);
    expect(Object.keys(issuesToFields(result.error?.issues ?? [], "en"))).toEqual([field]);
  });

  it.each<[string, unknown, string[]]>([
    ["a code twice", file([spec, { ...spec, measure: "adoptions" }]), ["indicators.1.code"]],
    ["no indicators", file([]), ["indicators"]],
    ["no note for the reader", { indicators: [spec] }, ["about"]],
    ["an unknown field", { ...file([spec]), version: 2 }, ["version"]],
  ])("refuses a file with %s", (_, value, fields) => {
    const result = DefaultIndicatorFile.safeParse(value);
    expect(result.success).toBe(false);
    expect(Object.keys(issuesToFields(result.error?.issues ?? [], "en"))).toEqual(fields);
  });

  it("says which code is used twice", () => {
    const result = DefaultIndicatorFile.safeParse(file([spec, spec]));
    expect(result.error?.issues.map((issue) => issue.code)).toEqual(["custom"]);
    expect(issuesToFields(result.error?.issues ?? [], "da")).toEqual({
      "indicators.1.code": "Nøglen er brugt mere end én gang",
    });
  });

  it("accepts distinct codes", () => {
    expect(DefaultIndicatorFile.safeParse(file([spec, { ...spec, code: "needs_again" }])).success).toBe(true);
  });
});

describe("IndicatorCard", () => {
  const card = () => ({ ...smeCard });
  it("accepts a whole card", () => {
    expect(IndicatorCard.parse(smeCard)).toEqual(smeCard);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a missing name", { name: undefined }, "name"],
    ["a name in one language", { name: { da: "Behov" } }, "name.en"],
    ["an empty Danish unit", { unit: { da: "", en: "needs" } }, "unit.da"],
    ["a definition in a third language", { definition: { ...smeCard.definition, de: "Bedarf" } }, "definition.de"],
    ["a target over a million", { target: 1_000_001 }, "target"],
    ["a milestone over a million", { milestones: [{ on: "2026-06-30", target: 1_000_001 }] }, "milestones.0.target"],
    ["a milestone without a date", { milestones: [{ target: 1 }] }, "milestones.0.on"],
    ["an unknown field", { owner: "x" }, "owner"],
  ])("refuses %s", (_, patch, field) => {
    const result = IndicatorCard.safeParse({ ...card(), ...patch });
    expect(result.success).toBe(false);
    expect(Object.keys(issuesToFields(result.error?.issues ?? [], "en"))).toEqual([field]);
  });

  it.each([0, 1_000_000])("accepts a target of %i", (target) => {
    expect(IndicatorCard.safeParse({ ...card(), target, milestones: [{ on: "2026-01-01", target }] }).success).toBe(
      true,
    );
  });

  it.each<[string, boolean]>([
    ["ab", true],
    ["needs_recorded", true],
    ["a1_2", true],
    ["a".repeat(60), true],
    ["a".repeat(61), false],
    ["a", false],
    ["1ab", false],
    ["_ab", false],
    ["Ab", false],
    ["aB", false],
    ["a-b", false],
    ["ab ", false],
    [" ab", false],
    ["xab!", false],
    ["æb", false],
  ])("%j is %s", (code, ok) => {
    const result = IndicatorCard.safeParse({ ...card(), code });
    expect(result.success).toBe(ok);
    if (!ok) {
      expect(issuesToFields(result.error?.issues ?? [], "da")).toEqual({
        code: "Skal være små bogstaver, tal og _ og begynde med et bogstav",
      });
    }
  });

  it("gives a card without milestones none", () => {
    const { milestones: _, ...rest } = card();
    expect(IndicatorCard.parse(rest).milestones).toEqual([]);
  });
});

describe("ProgrammeSettings", () => {
  const settings = (patch: Record<string, unknown> = {}) => ({
    name: "OPI Velfærd",
    ...period,
    indicators: build(),
    ...patch,
  });

  it("keeps what the programme manager gave", () => {
    const given = { description: "Velfærd", themes: ["demens", "fra 2 til 1"], publicSummary: true };
    expect(ProgrammeSettings.parse(settings(given))).toMatchObject(given);
  });

  it("fills in what the programme manager left out", () => {
    expect(ProgrammeSettings.parse(settings())).toMatchObject({
      description: "",
      themes: [],
      publicSummary: false,
    });
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ["a target below zero", { indicators: [{ ...smeCard, target: -1 }] }, "indicators.0.target", "negativ"],
    ["a fractional target", { indicators: [{ ...smeCard, target: 1.5 }] }, "indicators.0.target", "helt tal"],
    [
      "a fractional milestone target",
      { indicators: [{ ...smeCard, milestones: [{ on: "2026-06-30", target: 0.5 }] }] },
      "indicators.0.milestones.0.target",
      "helt tal",
    ],
    [
      "a milestone before the period",
      { indicators: [{ ...smeCard, milestones: [{ on: "2025-12-31", target: 1 }] }] },
      "indicators.0.milestones.0.on",
      "Milepælen skal ligge i programperioden (2026-01-01 til 2028-12-31)",
    ],
    [
      "a milestone after the period",
      {
        indicators: [
          {
            ...smeCard,
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
      { indicators: [{ ...smeCard, milestones: [{ on: "2026-06-30", target: -2 }] }] },
      "indicators.0.milestones.0.target",
      "negativ",
    ],
    [
      "a milestone with an unknown field",
      { indicators: [{ ...smeCard, milestones: [{ on: "2026-06-30", target: 2, note: "x" }] }] },
      "indicators.0.milestones.0.note",
      "findes ikke",
    ],
    [
      "an unknown measure",
      { indicators: [smeCard, { ...smeCard, code: "x_y", measure: "coffee" }] },
      "indicators.1.measure",
      "Målingen «coffee» findes ikke",
    ],
    ["a duplicate code", { indicators: [smeCard, smeCard] }, "indicators.1.code", "mere end én gang"],
    ["a period backwards", { endsOn: "2025-01-01", indicators: [] }, "endsOn", "Slutdatoen skal ligge efter"],
    ["a bad code", { indicators: [{ ...smeCard, code: "Bad Code" }] }, "indicators.0.code", "små bogstaver"],
    ["an unknown field", { budget: 1 }, "budget", "findes ikke"],
  ])("refuses %s", (_, patch, field, message) => {
    const result = ProgrammeSettings.safeParse(settings(patch));
    expect(result.success).toBe(false);
    const fields = issuesToFields(result.error?.issues ?? [], "da");
    expect(Object.keys(fields)).toEqual([field]);
    expect(fields[field]).toContain(message);
  });
});

describe("findSettingsIssues", () => {
  const card = (code: string, measure: string, ...on: string[]) => ({
    code,
    measure,
    milestones: on.map((day) => ({ on: day, target: 1 })),
  });
  const outside = (index: number, milestone: number, from = period.startsOn, to = period.endsOn): SettingsIssue => ({
    path: ["indicators", index, "milestones", milestone, "on"],
    key: "milestone_outside_period",
    params: { from, to },
  });

  it.each<[string, Parameters<typeof findSettingsIssues>[0], ReturnType<typeof findSettingsIssues>]>([
    ["nothing wrong", { ...period, indicators: [card("a_b", "adoptions", "2027-01-01")] }, []],
    ["a period of one day", { startsOn: "2026-01-01", endsOn: "2026-01-01", indicators: [] }, []],
    ["a milestone on the first day", { ...period, indicators: [card("a_b", "adoptions", period.startsOn)] }, []],
    ["a milestone on the last day", { ...period, indicators: [card("a_b", "adoptions", period.endsOn)] }, []],
    [
      "a period backwards (its milestones are not judged against it)",
      { startsOn: "2027-01-01", endsOn: "2026-01-01", indicators: [card("a_b", "adoptions", "2030-01-01")] },
      [{ path: ["endsOn"], key: "period_order" }],
    ],
    [
      "milestones a day outside either end",
      { ...period, indicators: [card("a_b", "adoptions", "2025-12-31", "2027-01-01", "2029-01-01")] },
      [outside(0, 0), outside(0, 2)],
    ],
    [
      "an unknown measure",
      { ...period, indicators: [card("a_b", "adoptions"), card("c_d", "coffee")] },
      [{ path: ["indicators", 1, "measure"], key: "measure_unknown", params: { measure: "coffee" } }],
    ],
    [
      "a code used three times",
      { ...period, indicators: [card("a_b", "adoptions"), card("a_b", "seminars_held"), card("a_b", "adoptions")] },
      [
        { path: ["indicators", 1, "code"], key: "key_duplicate" },
        { path: ["indicators", 2, "code"], key: "key_duplicate" },
      ],
    ],
    [
      "everything wrong with one card, in order",
      { startsOn: "2026-02-01", endsOn: "2026-03-31", indicators: [card("a_b", "x"), card("a_b", "y", "2026-04-01")] },
      [
        { path: ["indicators", 0, "measure"], key: "measure_unknown", params: { measure: "x" } },
        { path: ["indicators", 1, "measure"], key: "measure_unknown", params: { measure: "y" } },
        { path: ["indicators", 1, "code"], key: "key_duplicate" },
        outside(1, 0, "2026-02-01", "2026-03-31"),
      ],
    ],
  ])("%s", (_, value, issues) => {
    expect(findSettingsIssues(value)).toEqual(issues);
  });
});
