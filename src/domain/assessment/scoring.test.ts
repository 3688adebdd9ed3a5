import { describe, expect, it } from "vitest";
import { QuestionnaireDefinition, type Response } from "../questionnaire/index.js";
import {
  findGaps,
  measureDisagreement,
  scoreAssessment,
  scoreQuestions,
  type AssessmentProfile,
  type DimensionScore,
} from "./index.js";

const label = (da: string) => ({ da, en: da });
const labels = [label("1"), label("2"), label("3"), label("4"), label("5")];

const miniDefinition = QuestionnaireDefinition.parse({
  title: label("Mini"),
  audiences: ["management", "staff", "citizens", "partners"].map((key) => ({ key, label: label(key) })),
  sections: [
    {
      key: "technology",
      title: { da: "Teknologi", en: "Technology" },
      questions: [
        {
          type: "scale",
          key: "t1",
          text: label("t1"),
          audiences: ["management", "staff", "citizens", "partners"],
          labels,
          required: true,
        },
        { type: "scale", key: "t2", text: label("t2"), audiences: ["management", "staff"], labels, required: true },
        {
          type: "text",
          key: "t_comment",
          text: label("Kommentar"),
          audiences: ["management", "staff", "citizens", "partners"],
        },
      ],
    },
    {
      key: "strategy",
      title: { da: "Strategi", en: "Strategy" },
      questions: [
        { type: "scale", key: "s1", text: label("s1"), audiences: ["staff", "partners"], labels, required: true },
      ],
    },
  ],
});

const many = (count: number, response: Response): Response[] => Array.from({ length: count }, () => response);
const technologyOf = (responses: Response[]) => scoreAssessment(miniDefinition, responses).dimensions[0];
const scoresOf = (dimension: DimensionScore) =>
  Object.fromEntries(Object.entries(dimension.groups).map(([group, cell]) => [group, cell.score]));

describe("dimension scores per group and overall (technology: t1 asked to all, t2 to management and staff)", () => {
  const none = { management: null, staff: null, citizens: null, partners: null };
  it.each<[string, Response[], number | null, Record<string, number | null>]>([
    ["no responses at all", [], null, none],
    ["a single respondent", [{ audience: "staff", answers: { t1: 5, t2: 3 } }], 75, { ...none, staff: 75 }],
    ["a missing answer is left out", [{ audience: "staff", answers: { t1: 4 } }], 75, { ...none, staff: 75 }],
    [
      "«don't know» is left out",
      [{ audience: "staff", answers: { t1: "dont_know", t2: 5 } }],
      100,
      { ...none, staff: 100 },
    ],
    [
      "only «don't know» gives no score",
      [{ audience: "staff", answers: { t1: "dont_know", t2: "dont_know" } }],
      null,
      none,
    ],
    [
      "each respondent weighs the same, however many questions they answered",
      [
        { audience: "staff", answers: { t1: 5, t2: 5 } },
        { audience: "staff", answers: { t1: 1 } },
      ],
      50,
      { ...none, staff: 50 },
    ],
    [
      "all groups: overall is the mean of the group scores",
      [
        { audience: "management", answers: { t1: 5, t2: 5 } },
        ...many(3, { audience: "staff", answers: { t1: 1, t2: 1 } }),
        { audience: "citizens", answers: { t1: 3 } },
        { audience: "partners", answers: { t1: 4 } },
      ],
      56.3,
      { management: 100, staff: 0, citizens: 50, partners: 75 },
    ],
    [
      "nine staff cannot drown one manager",
      [{ audience: "management", answers: { t1: 5 } }, ...many(9, { audience: "staff", answers: { t1: 1 } })],
      50,
      { ...none, management: 100, staff: 0 },
    ],
    [
      "an answer to a question outside the respondent's form is ignored",
      [{ audience: "citizens", answers: { t1: 5, t2: 1 } }],
      100,
      { ...none, citizens: 100 },
    ],
    ["a response from an unknown group is ignored", [{ audience: "robots", answers: { t1: 1 } }], null, none],
    ["text answers do not score", [{ audience: "partners", answers: { t_comment: "5" } }], null, none],
  ])("%s", (_name, responses, overall, groups) => {
    const technology = technologyOf(responses);
    expect(technology.overall).toBe(overall);
    expect(scoresOf(technology)).toEqual(groups);
  });

  it("counts respondents, scale answers and «don't know» per group", () => {
    const technology = technologyOf([
      { audience: "staff", answers: { t1: 2, t2: "dont_know" } },
      { audience: "staff", answers: { t1: "dont_know", t2: "dont_know" } },
    ]);
    expect(technology.groups.staff).toEqual({ score: 25, respondents: 1, answers: 1, dontKnow: 3, withheld: false });
    expect(technology.groupsScored).toBe(1);
  });

  it("scores each dimension on its own questions, and counts responses per group", () => {
    const profile = scoreAssessment(miniDefinition, [
      { audience: "staff", answers: { t1: 5, s1: 1 } },
      { audience: "partners", answers: { s1: 3 } },
    ]);
    expect(profile.dimensions.map((dimension) => [dimension.dimension, dimension.overall])).toEqual([
      ["technology", 100],
      ["strategy", 25],
    ]);
    expect(profile.responses).toEqual({ management: 0, staff: 1, citizens: 0, partners: 1 });
  });

  it("scores each question the same way, as evidence", () => {
    const questions = scoreQuestions(miniDefinition, [
      { audience: "management", answers: { t1: 5, t2: 1 } },
      ...many(4, { audience: "staff", answers: { t1: 1, t2: 2 } }),
    ]);
    expect(questions.find((question) => question.key === "t1")).toEqual({
      key: "t1",
      dimension: "technology",
      groups: { management: 100, staff: 0, citizens: null, partners: null },
      answers: { management: 1, staff: 4, citizens: 0, partners: 0 },
      overall: 50,
    });
    expect(questions.find((question) => question.key === "t2")?.overall).toBe(12.5);
  });
});

/** A profile from plain group scores, for the gap and disagreement tables. */
function profileOf(scores: Record<string, Record<string, number | null>>): AssessmentProfile {
  const dimensions = Object.entries(scores).map(([dimension, groups]): DimensionScore => {
    const values = Object.values(groups).filter((score): score is number => score !== null);
    return {
      dimension,
      groups: Object.fromEntries(
        Object.entries(groups).map(([group, score]) => [
          group,
          { score, respondents: score === null ? 0 : 1, answers: score === null ? 0 : 1, dontKnow: 0, withheld: false },
        ]),
      ),
      overall: values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length,
      groupsScored: values.length,
    };
  });
  return { groups: ["management", "staff"], responses: {}, dimensions };
}

describe("disagreement between groups", () => {
  it.each([
    ["two groups apart", { management: 80, staff: 30 }, 50, "management", "staff"],
    [
      "four groups: highest minus lowest",
      { management: 60, staff: 20, citizens: 90, partners: 55 },
      70,
      "citizens",
      "staff",
    ],
    ["agreement", { management: 40, staff: 40 }, 0, "management", "staff"],
    ["a single group has no spread", { management: 40, staff: null }, null, "management", "management"],
    ["no scores", { management: null, staff: null }, null, null, null],
  ])("%s", (_name, groups, spread, highest, lowest) => {
    const result = measureDisagreement(profileOf({ technology: groups }).dimensions[0]);
    expect(result.spread).toBe(spread);
    expect(result.highest?.group ?? null).toBe(highest);
    expect(result.lowest?.group ?? null).toBe(lowest);
  });
});

describe("gaps: low score and/or high disagreement, ranked", () => {
  it.each([
    ["low score", { management: 50, staff: 40 }, ["low_score"], 65],
    ["high disagreement", { management: 85, staff: 55 }, ["disagreement"], 60],
    ["both", { management: 60, staff: 20 }, ["low_score", "disagreement"], 100],
    [
      "exactly 50 is not low; exactly 25 points is a disagreement",
      { management: 62.5, staff: 37.5 },
      ["disagreement"],
      75,
    ],
    ["a single low group", { management: 30, staff: null }, ["low_score"], 70],
    ["neither", { management: 70, staff: 60 }, [], null],
    ["no scores", { management: null, staff: null }, [], null],
  ])("%s", (_name, groups, reasons, severity) => {
    const [gap] = findGaps(profileOf({ technology: groups }));
    expect(gap?.reasons ?? []).toEqual(reasons);
    expect(gap?.severity ?? null).toBe(severity);
  });

  it("ranks the most severe gap first and leaves healthy dimensions out", () => {
    const gaps = findGaps(
      profileOf({
        technology: { management: 70, staff: 40 },
        strategy: { management: 90, staff: 80 },
        organisation: { management: 20, staff: 30 },
        competences: { management: 90, staff: 60 },
      }),
    );
    expect(gaps.map((gap) => [gap.rank, gap.dimension])).toEqual([
      [1, "organisation"],
      [2, "technology"],
      [3, "competences"],
    ]);
  });

  it("takes other thresholds", () => {
    expect(
      findGaps(profileOf({ technology: { management: 70, staff: 70 } }), { lowScore: 75, highSpread: 10 })[0].reasons,
    ).toEqual(["low_score"]);
  });
});
