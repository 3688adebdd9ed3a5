import { describe, expect, it } from "vitest";
import { QuestionnaireDefinition, type Response } from "../questionnaire/index.js";
import {
  averageSnapshots,
  buildRadar,
  compareSnapshots,
  composeResults,
  describeGapEvidence,
  scoreAssessment,
  snapshotProfile,
  type ProfileSnapshot,
} from "./index.js";

const label = (da: string, en = da) => ({ da, en });
const labels = [label("1"), label("2"), label("3"), label("4"), label("5")];
const definition = QuestionnaireDefinition.parse({
  title: label("Mini"),
  audiences: [
    { key: "management", label: label("Ledelse", "Management") },
    { key: "staff", label: label("Medarbejdere", "Staff") },
    { key: "citizens", label: label("Borgere", "Citizens") },
  ],
  sections: [
    {
      key: "technology",
      title: label("Teknologi", "Technology"),
      questions: [
        {
          type: "scale",
          key: "t1",
          text: label("Teknologien virker"),
          audiences: ["management", "staff", "citizens"],
          labels,
          required: true,
        },
        { type: "text", key: "t_comment", text: label("Hvad mangler?"), audiences: ["staff", "citizens"] },
      ],
    },
    {
      key: "strategy",
      title: label("Strategi", "Strategy"),
      questions: [
        {
          type: "scale",
          key: "s1",
          text: label("Klare mål"),
          audiences: ["management", "staff"],
          labels,
          required: true,
        },
        {
          type: "single",
          key: "s_owner",
          text: label("Hvem ejer?"),
          audiences: ["management"],
          options: [
            { key: "me", label: label("Mig") },
            { key: "them", label: label("Dem") },
          ],
        },
      ],
    },
  ],
});

const snapshot = (dimensions: Record<string, [number | null, Record<string, number | null>]>): ProfileSnapshot => ({
  dimensions: Object.fromEntries(
    Object.entries(dimensions).map(([key, [overall, groups]]) => [key, { overall, groups }]),
  ),
});

describe("comparison with a baseline", () => {
  it.each([
    [
      "improved",
      snapshot({ technology: [60, { staff: 60 }] }),
      snapshot({ technology: [45.5, { staff: 40 }] }),
      { overall: 14.5, groups: { staff: 20 } },
    ],
    [
      "worse",
      snapshot({ technology: [30, { staff: 30 }] }),
      snapshot({ technology: [50, { staff: 50 }] }),
      { overall: -20, groups: { staff: -20 } },
    ],
    [
      "no score now",
      snapshot({ technology: [null, { staff: null }] }),
      snapshot({ technology: [50, { staff: 50 }] }),
      { overall: null, groups: { staff: null } },
    ],
    [
      "the group was not asked before",
      snapshot({ technology: [50, { staff: 50 }] }),
      snapshot({ technology: [50, {}] }),
      { overall: 0, groups: { staff: null } },
    ],
    [
      "the dimension is new",
      snapshot({ technology: [50, { staff: 50 }] }),
      snapshot({}),
      { overall: null, groups: { staff: null } },
    ],
  ])("%s", (_name, current, baseline, expected) => {
    expect(compareSnapshots(current, baseline)).toEqual([{ dimension: "technology", ...expected }]);
  });

  it("averages the programme with each assessment counted once, skipping missing scores", () => {
    const average = averageSnapshots([
      snapshot({ technology: [40, { staff: 40, management: null }] }),
      snapshot({ technology: [60, { staff: 80, management: 50 }], strategy: [70, { staff: 70 }] }),
      snapshot({ technology: [null, { staff: null }] }),
    ]);
    expect(average).toEqual(
      snapshot({ technology: [50, { staff: 60, management: 50 }], strategy: [70, { staff: 70 }] }),
    );
    expect(averageSnapshots([])).toBeNull();
  });
});

describe("results", () => {
  const responses: Response[] = [
    { audience: "management", answers: { t1: 5, s1: 5, s_owner: "me" } },
    { audience: "staff", answers: { t1: 1, s1: 2, t_comment: "Wifi falder ud om natten" } },
    { audience: "staff", answers: { t1: 2, s1: "dont_know" } },
    { audience: "citizens", answers: { t1: 3, t_comment: "Skærmen er svær at læse" } },
  ];

  it("builds radar data: dimensions as axes, the overall profile first, then each group with a score", () => {
    const radar = buildRadar(scoreAssessment(definition, responses), definition, "en");
    expect(radar.axes).toEqual([
      { key: "technology", label: "Technology" },
      { key: "strategy", label: "Strategy" },
    ]);
    expect(radar.series).toEqual([
      { key: "overall", label: "Overall", values: [54.2, 62.5] },
      { key: "management", label: "Management", values: [100, 100] },
      { key: "staff", label: "Staff", values: [12.5, 25] },
      { key: "citizens", label: "Citizens", values: [50, null] },
    ]);
  });

  it("composes scores, disagreement, gaps, comparisons and free texts grouped by dimension", () => {
    const previous = snapshot({ technology: [40, { staff: 10 }], strategy: [70, {}] });
    const results = composeResults({
      definition,
      responses,
      language: "da",
      previous: { snapshot: previous, assessmentId: "a-1", title: "Forrige", closedAt: "2025-01-01T00:00:00.000Z" },
      programme: { snapshot: snapshot({ technology: [55, {}] }), assessments: 3 },
      includeFreeText: true,
      minimumGroupSize: 1,
    });
    expect(results.groups).toEqual([
      { key: "management", label: "Ledelse", responses: 1, withheld: false },
      { key: "staff", label: "Medarbejdere", responses: 2, withheld: false },
      { key: "citizens", label: "Borgere", responses: 1, withheld: false },
    ]);
    expect(results.anonymity).toEqual({ minimum: 1, withheldGroups: [] });
    expect(results.dimensions[0]).toMatchObject({
      dimension: "technology",
      label: "Teknologi",
      overall: 54.2,
      questions: [{ key: "t1", label: "Teknologien virker", overall: 54.2 }],
    });
    expect(results.disagreement.map((item) => [item.dimension, item.spread])).toEqual([
      ["technology", 87.5],
      ["strategy", 75],
    ]);
    expect(results.gaps.map((gap) => [gap.rank, gap.dimension, gap.reasons])).toEqual([
      [1, "technology", ["disagreement"]],
      [2, "strategy", ["disagreement"]],
    ]);
    expect(results.comparison.previous).toMatchObject({
      assessmentId: "a-1",
      deltas: [
        { dimension: "technology", overall: 14.2, groups: { staff: 2.5 } },
        { dimension: "strategy", overall: -7.5 },
      ],
    });
    expect(results.comparison.programme).toMatchObject({
      assessments: 3,
      deltas: [
        { dimension: "technology", overall: -0.8 },
        { dimension: "strategy", overall: null },
      ],
    });
    expect(results.radar.comparison.map((series) => [series.key, series.values])).toEqual([
      ["previous", [40, 70]],
      ["programme", [55, null]],
    ]);
    expect(results.freeTexts).toEqual([
      {
        dimension: "technology",
        label: "Teknologi",
        items: [
          {
            questionKey: "t_comment",
            question: "Hvad mangler?",
            group: "staff",
            groupLabel: "Medarbejdere",
            text: "Wifi falder ud om natten",
          },
          {
            questionKey: "t_comment",
            question: "Hvad mangler?",
            group: "citizens",
            groupLabel: "Borgere",
            text: "Skærmen er svær at læse",
          },
        ],
      },
    ]);
    expect(results.choices).toEqual([
      {
        questionKey: "s_owner",
        dimension: "strategy",
        question: "Hvem ejer?",
        respondents: { management: 1 },
        options: [
          { key: "me", label: "Mig", counts: { management: 1 } },
          { key: "them", label: "Dem", counts: { management: 0 } },
        ],
      },
    ]);
    expect(snapshotProfile(scoreAssessment(definition, responses)).dimensions.strategy).toEqual({
      overall: 62.5,
      groups: { management: 100, staff: 25, citizens: null },
    });
  });

  it("leaves free texts out for readers who may not see them", () => {
    const results = composeResults({
      definition,
      responses,
      language: "en",
      previous: null,
      programme: null,
      includeFreeText: false,
    });
    expect(results.freeTexts).toBeNull();
    expect(JSON.stringify(results)).not.toContain("Wifi");
    expect(results.comparison).toEqual({ previous: null, programme: null });
  });
});

describe("the evidence behind a need made from a gap", () => {
  const responses: Response[] = [
    { audience: "management", answers: { t1: 5, s1: 4 } },
    { audience: "staff", answers: { t1: 1, s1: 2, t_comment: "Wifi falder ud" } },
    { audience: "citizens", answers: { t1: 2 } },
  ];
  const base = {
    assessmentTitle: "Vurdering 2026",
    organisationName: "Hjemmeplejen Syd",
    when: "lukket 1. marts 2026",
  };

  it("cites scores per group, the disagreement and the weakest statements; counts comments without quoting", () => {
    const results = composeResults({
      definition,
      responses,
      language: "da",
      previous: null,
      programme: null,
      includeFreeText: true,
      minimumGroupSize: 1,
    });
    const evidence = describeGapEvidence({ ...base, results, dimension: "technology" });
    expect(evidence?.title).toBe("Teknologi: lav score og uenighed mellem grupperne (360°-vurdering)");
    expect(evidence?.description).toBe(
      [
        "Fra 360°-vurderingen «Vurdering 2026» af Hjemmeplejen Syd (lukket 1. marts 2026, 3 besvarelser).",
        "",
        "Teknologi fik 41,7 af 100 samlet.",
        "Pr. gruppe: Ledelse 100, Medarbejdere 0, Borgere 25.",
        "Største uenighed: Ledelse 100 mod Medarbejdere 0 (100 point).",
        "Udpeget som gab nr. 1: lav score og uenighed mellem grupperne.",
        "",
        "Lavest vurderede udsagn:",
        "- «Teknologien virker» (41,7)",
        "",
        "1 kommentar om teknologi findes i vurderingens resultater.",
      ].join("\n"),
    );
    expect(evidence?.description).not.toContain("Wifi");
  });

  it("has no evidence for a dimension without scores", () => {
    const results = composeResults({
      definition,
      responses: [],
      language: "da",
      previous: null,
      programme: null,
      includeFreeText: true,
    });
    expect(describeGapEvidence({ ...base, results, dimension: "technology" })).toBeNull();
    expect(describeGapEvidence({ ...base, results, dimension: "weather" })).toBeNull();
  });
});
