import { describe, expect, it } from "vitest";
import { createCeilingHoistExample } from "./examples.js";
import {
  applyOwnScenario,
  computeOwnScenarios,
  isCompanyField,
  keepWithheldChanges,
  OwnScenario,
  OwnScenarios,
  SCENARIO_FIELDS,
  ScenarioChange,
  scenarioFieldUnit,
  withholdCompanyChanges,
  type ScenarioField,
} from "./own-scenarios.js";
import { computeBusinessCase } from "./results.js";

const base = createCeilingHoistExample();
const scenario = (name: string, changes: { field: ScenarioField; value: number }[]) =>
  OwnScenario.parse({ name, changes });

function read(inputs: object, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], inputs);
}

describe("applying an own scenario", () => {
  it.each(SCENARIO_FIELDS.filter((field) => field !== "discountRate.ratePct"))("sets %s and nothing else", (field) => {
    const changed = applyOwnScenario(base, scenario("Én ændring", [{ field, value: 7 }]));
    expect(read(changed, field)).toBe(7);
    const back = structuredClone(changed);
    const path = field.split(".");
    const parent = path
      .slice(0, -1)
      .reduce<Record<string, unknown>>(
        (node, key) => node[key] as Record<string, unknown>,
        back as unknown as Record<string, unknown>,
      );
    parent[path[path.length - 1]] = read(base, field);
    expect(back).toEqual(base);
  });

  it("turns a changed rate into the case's own rate for every year", () => {
    const changed = applyOwnScenario(base, scenario("Høj rente", [{ field: "discountRate.ratePct", value: 6 }]));
    expect(changed.discountRate).toEqual({ mode: "custom", ratePct: 6 });
    expect(base.discountRate).toEqual({ mode: "fm" });
  });

  it("ignores a company figure when the case has no company side", () => {
    const publicOnly = { ...base, companySide: null };
    const changed = applyOwnScenario(publicOnly, scenario("Pris", [{ field: "companySide.unitPrice", value: 1 }]));
    expect(changed).toEqual(publicOnly);
  });

  it.each([
    ["companySide.unitPrice", true],
    ["companySide.market.institutions", true],
    ["publicSide.benefits.hourlyCost", false],
    ["horizonYears", false],
  ] as const)("knows whether %s is the company's (%s)", (field, expected) => {
    expect(isCompanyField(field)).toBe(expected);
  });
});

describe("an own scenario's key figures", () => {
  it("with no changes is the expected scenario", () => {
    const [own] = computeOwnScenarios(base, [scenario("Som forventet", [])]);
    const expected = computeBusinessCase(base).scenarios[1];
    expect(own).toEqual({
      name: "Som forventet",
      horizonYears: 10,
      public: expected.public,
      company: expected.company,
      combined: expected.combined,
    });
  });

  it("is the whole case computed on the changed inputs (horizon and rate included)", () => {
    const own = scenario("Lang og dyr", [
      { field: "horizonYears", value: 20 },
      { field: "discountRate.ratePct", value: 4 },
      { field: "companySide.unitPrice", value: 30_000 },
    ]);
    const [result] = computeOwnScenarios(base, [own]);
    const whole = computeBusinessCase(applyOwnScenario(base, own));
    expect(result.horizonYears).toBe(20);
    expect(result.public).toEqual(whole.public.metrics);
    expect(result.company).toEqual(whole.company?.metrics);
    expect(result.combined).toEqual(whole.combined?.metrics);
    expect(result.public.npv).not.toBeCloseTo(computeBusinessCase(base).public.metrics.npv);
  });

  it("has no company figures without a company side", () => {
    const [result] = computeOwnScenarios({ ...base, companySide: null }, [scenario("x", [])]);
    expect([result.company, result.combined]).toEqual([null, null]);
  });
});

describe("checking own scenarios", () => {
  const issueOf = (value: unknown) => {
    const parsed = OwnScenarios.safeParse(value);
    return parsed.success ? null : parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]);
  };

  it.each([
    [
      "a negative price",
      [{ name: "A", changes: [{ field: "companySide.unitPrice", value: -1 }] }],
      "0.changes.0.value",
    ],
    ["a negative horizon", [{ name: "A", changes: [{ field: "horizonYears", value: -2 }] }], "0.changes.0.value"],
    ["a rate of 100 %", [{ name: "A", changes: [{ field: "discountRate.ratePct", value: 100 }] }], "0.changes.0.value"],
    ["a fractional horizon", [{ name: "A", changes: [{ field: "horizonYears", value: 2.5 }] }], "0.changes.0.value"],
    [
      "text for a number",
      [{ name: "A", changes: [{ field: "publicSide.benefits.hourlyCost", value: "9" }] }],
      "0.changes.0.value",
    ],
    ["an unknown field", [{ name: "A", changes: [{ field: "publicSide.phaseIn", value: 1 }] }], "0.changes.0.field"],
    ["an empty name", [{ name: " ", changes: [] }], "0.name"],
    [
      "a field changed twice",
      [
        {
          name: "A",
          changes: [
            { field: "horizonYears", value: 1 },
            { field: "horizonYears", value: 2 },
          ],
        },
      ],
      "0.changes.1.field",
    ],
    [
      "two scenarios of one name",
      [
        { name: "Dyr", changes: [] },
        { name: " dyr ", changes: [] },
      ],
      "1.name",
    ],
    ["an extra key", [{ name: "A", changes: [], note: "x" }], "0"],
  ])("refuses %s, naming %s", (_, value, path) => {
    expect(issueOf(value)?.map(([where]) => where)).toContain(path);
  });

  it("names the scenario messages by key", () => {
    expect(issueOf([{ name: "A", changes: [{ field: "x", value: 1 }] }])).toEqual([
      ["0.changes.0.field", "scenario_field"],
    ]);
    expect(
      issueOf([
        { name: "A", changes: [] },
        { name: "a", changes: [] },
      ]),
    ).toEqual([["1.name", "scenario_name_taken"]]);
    expect(
      issueOf([
        {
          name: "A",
          changes: [
            { field: "horizonYears", value: 1 },
            { field: "horizonYears", value: 2 },
          ],
        },
      ]),
    ).toEqual([["0.changes.1.field", "scenario_field_twice"]]);
  });

  it("takes up to ten scenarios, every figure once, 0 and the upper bounds", () => {
    const changes = SCENARIO_FIELDS.map((field) => ({ field, value: 0 }));
    expect(issueOf([{ name: "Alt på 0", changes }])).toBeNull();
    expect(issueOf(Array.from({ length: 10 }, (_, index) => ({ name: `S${index}`, changes: [] })))).toBeNull();
    expect(issueOf(Array.from({ length: 11 }, (_, index) => ({ name: `S${index}`, changes: [] })))).not.toBeNull();
    expect(ScenarioChange.safeParse({ field: "horizonYears", value: 70 }).success).toBe(true);
    expect(ScenarioChange.safeParse({ field: "horizonYears", value: 71 }).success).toBe(false);
    expect(ScenarioChange.safeParse({ field: "discountRate.ratePct", value: 99.9 }).success).toBe(true);
    expect(ScenarioChange.safeParse({ field: "discountRate.ratePct", value: -0.1 }).success).toBe(false);
  });
});

describe("the company's figures in scenarios", () => {
  const stored = [
    scenario("Dyr", [
      { field: "publicSide.benefits.hourlyCost", value: 400 },
      { field: "companySide.unitPrice", value: 50_000 },
    ]),
    scenario("Billig", [{ field: "companySide.unitCost", value: 10_000 }]),
  ];

  it("are left out for a reader who may not see them", () => {
    expect(withholdCompanyChanges(stored)).toEqual([
      { name: "Dyr", changes: [{ field: "publicSide.benefits.hourlyCost", value: 400 }] },
      { name: "Billig", changes: [] },
    ]);
  });

  it("are kept when that reader saves, by the scenario's name; a renamed or new scenario has none", () => {
    const incoming = [
      scenario("dyr", [{ field: "publicSide.benefits.hourlyCost", value: 420 }]),
      scenario("Ny", [{ field: "horizonYears", value: 5 }]),
    ];
    expect(keepWithheldChanges(stored, incoming)).toEqual([
      {
        name: "dyr",
        changes: [
          { field: "publicSide.benefits.hourlyCost", value: 420 },
          { field: "companySide.unitPrice", value: 50_000 },
        ],
      },
      { name: "Ny", changes: [{ field: "horizonYears", value: 5 }] },
    ]);
  });

  it("sent by such a reader are not taken (they could not have seen them)", () => {
    const incoming = [scenario("Dyr", [{ field: "companySide.unitPrice", value: 1 }])];
    expect(keepWithheldChanges([], incoming)).toEqual([{ name: "Dyr", changes: [] }]);
  });
});

describe("the unit of a changed figure", () => {
  it.each([
    ["horizonYears", "years"],
    ["discountRate.ratePct", "percent"],
    ["publicSide.benefits.hoursFreedPerYear", "count"],
    ["companySide.market.institutions", "count"],
    ["companySide.market.unitsPerInstitution", "count"],
    ["companySide.unitPrice", "kr"],
    ["publicSide.investment.purchase", "kr"],
  ] as const)("%s is written in %s", (field, unit) => {
    expect(scenarioFieldUnit(field)).toBe(unit);
  });
});
