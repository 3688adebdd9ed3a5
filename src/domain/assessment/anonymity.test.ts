import { describe, expect, it } from "vitest";
import { QuestionnaireDefinition, type Response } from "../questionnaire/index.js";
import {
  composeResults,
  findWithheldGroups,
  isTooFewToShow,
  MIN_GROUP_RESPONSES,
  scoreAssessment,
  snapshotProfile,
  withholdSmallGroups,
} from "./index.js";

const label = (da: string, en = da) => ({ da, en });
const labels = [label("1"), label("2"), label("3"), label("4"), label("5")];
const definition = QuestionnaireDefinition.parse({
  title: label("Mini"),
  audiences: [
    { key: "management", label: label("Ledelse", "Management") },
    { key: "staff", label: label("Medarbejdere", "Staff") },
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
          audiences: ["management", "staff"],
          labels,
          required: false,
        },
        { type: "text", key: "t_comment", text: label("Hvad mangler?"), audiences: ["management", "staff"] },
        {
          type: "single",
          key: "t_owner",
          text: label("Hvem ejer?"),
          audiences: ["management", "staff"],
          options: [
            { key: "me", label: label("Mig") },
            { key: "them", label: label("Dem") },
          ],
        },
      ],
    },
  ],
});

const many = (count: number, response: Response): Response[] => Array.from({ length: count }, () => response);

describe("too few to show", () => {
  it.each([
    [0, 3, false, "no answers is no figure, not a secret"],
    [1, 3, true, "one respondent"],
    [2, 3, true, "two respondents"],
    [3, 3, false, "exactly the minimum"],
    [12, 3, false, "many"],
    [4, 5, true, "a stricter minimum"],
    [1, 1, false, "a minimum of one shows everything"],
  ])("%i answers with a minimum of %i: %s", (count, minimum, expected) => {
    expect(isTooFewToShow(count, minimum)).toBe(expected);
  });

  it("has a minimum of three by default", () => {
    expect(MIN_GROUP_RESPONSES).toBe(3);
    expect([1, 2, 3].map((count) => isTooFewToShow(count))).toEqual([true, true, false]);
  });

  it.each([
    [{ management: 2, staff: 5 }, ["management"]],
    [{ management: 0, staff: 5 }, []],
    [{ management: 1, staff: 2 }, ["management", "staff"]],
    [{}, []],
  ])("withholds the groups of %o: %o", (responses, expected) => {
    expect(findWithheldGroups(responses)).toEqual(expected);
  });
});

describe("the profile as it may be shown", () => {
  it.each([
    [
      "two managers among five staff: the managers' score is withheld, the overall still counts them",
      [
        ...many(2, { audience: "management", answers: { t1: 5 } }),
        ...many(5, { audience: "staff", answers: { t1: 1 } }),
      ],
      {
        management: { score: null, withheld: true, respondents: 2 },
        staff: { score: 0, withheld: false, respondents: 5 },
      },
      50,
    ],
    [
      "three and three: both shown",
      [
        ...many(3, { audience: "management", answers: { t1: 5 } }),
        ...many(3, { audience: "staff", answers: { t1: 1 } }),
      ],
      { management: { score: 100, withheld: false }, staff: { score: 0, withheld: false } },
      50,
    ],
    [
      "five staff of whom two answered the scale: the cell is withheld though the group is not",
      [
        ...many(2, { audience: "staff", answers: { t1: 4 } }),
        ...many(3, { audience: "staff", answers: { t_comment: "Intet" } }),
      ],
      {
        management: { score: null, withheld: false, respondents: 0 },
        staff: { score: null, withheld: true, respondents: 2 },
      },
      75,
    ],
  ])("%s", (_label, responses, groups, overall) => {
    const profile = withholdSmallGroups(scoreAssessment(definition, responses));
    expect(profile.dimensions[0].groups).toMatchObject(groups);
    expect(profile.dimensions[0].overall).toBe(overall);
  });

  it("keeps no figure of a withheld group: no answer counts, nothing in the snapshot kept for comparison", () => {
    const profile = withholdSmallGroups(
      scoreAssessment(definition, [
        { audience: "management", answers: { t1: 2 } },
        ...many(3, { audience: "staff", answers: { t1: 3 } }),
      ]),
    );
    expect(profile.dimensions[0].groups.management).toEqual({
      score: null,
      respondents: 1,
      answers: 0,
      dontKnow: 0,
      withheld: true,
    });
    expect(snapshotProfile(profile).dimensions.technology).toEqual({
      overall: 37.5,
      groups: { management: null, staff: 50 },
    });
  });
});

describe("composed results", () => {
  const responses: Response[] = [
    ...many(2, {
      audience: "management",
      answers: { t1: 5, t_comment: "Chefen mener noget helt særligt", t_owner: "me" },
    }),
    ...many(4, { audience: "staff", answers: { t1: 1, t_comment: "Wifi falder ud", t_owner: "them" } }),
  ];
  const results = composeResults({
    definition,
    responses,
    language: "da",
    previous: null,
    programme: null,
    includeFreeText: true,
  });
  const text = JSON.stringify(results);

  it("names the withheld group and how many answered", () => {
    expect(results.anonymity).toEqual({
      minimum: 3,
      withheldGroups: [{ key: "management", label: "Ledelse", responses: 2 }],
    });
    expect(results.groups.map((group) => [group.key, group.withheld])).toEqual([
      ["management", true],
      ["staff", false],
    ]);
  });

  it("shows no score, series, spread, comment or choice of the withheld group", () => {
    expect(results.dimensions[0].groups.management.score).toBeNull();
    expect(results.dimensions[0].questions[0].groups).toEqual({ management: null, staff: 0 });
    expect(results.radar.series.map((series) => series.key)).toEqual(["overall", "staff"]);
    expect(results.disagreement[0]).toMatchObject({ spread: null, highest: { group: "staff" } });
    expect(results.freeTexts?.[0].items.map((item) => item.group)).toEqual(["staff", "staff", "staff", "staff"]);
    expect(text).not.toContain("Chefen");
    expect(results.choices[0].respondents).toEqual({ staff: 4 });
    expect(results.choices[0].options.map((option) => option.counts)).toEqual([{ staff: 0 }, { staff: 4 }]);
  });

  it("still counts the withheld group in the overall score", () => {
    expect(results.dimensions[0].overall).toBe(50);
    expect(results.radar.series[0].values).toEqual([50]);
    expect(results.gaps).toEqual([]);
  });

  it("shows every group when the minimum is met", () => {
    const full = composeResults({
      definition,
      responses: [...responses, { audience: "management", answers: { t1: 5 } }],
      language: "en",
      previous: null,
      programme: null,
      includeFreeText: true,
    });
    expect(full.anonymity.withheldGroups).toEqual([]);
    expect(full.dimensions[0].groups.management.score).toBe(100);
    expect(full.disagreement[0].spread).toBe(100);
  });
});
