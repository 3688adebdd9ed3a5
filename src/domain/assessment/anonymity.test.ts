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
    { key: "partners", label: label("Partnere", "Partners") },
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
          audiences: ["management", "staff", "partners"],
          labels,
          required: false,
        },
        {
          type: "text",
          key: "t_comment",
          text: label("Hvad mangler?"),
          audiences: ["management", "staff", "partners"],
        },
        {
          type: "single",
          key: "t_owner",
          text: label("Hvem ejer?"),
          audiences: ["management", "staff", "partners"],
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
    // Shown, staff and the overall would give the managers' mean away: 2 × overall − staff.
    [{ management: 2, staff: 5 }, ["management", "staff"]],
    [{ management: 1, staff: 3 }, ["management", "staff"]],
    // The smallest shown group is withheld with the small one; the rest can be shown.
    [{ management: 2, staff: 5, partners: 3 }, ["management", "partners"]],
    // Two small groups together are enough people for neither to be worked out.
    [{ management: 2, staff: 5, partners: 1 }, ["management", "partners"]],
    [{ management: 0, staff: 5 }, []],
    [{ management: 3, staff: 5 }, []],
    [{ management: 1, staff: 2 }, ["management", "staff"]],
    [{}, []],
  ])("withholds the groups of %o: %o", (responses, expected) => {
    expect(findWithheldGroups(responses)).toEqual(expected);
  });
});

describe("the profile as it may be shown", () => {
  it.each([
    [
      "two managers among five staff: both withheld (staff and the overall would give the managers " +
        "away), the overall shown",
      [
        ...many(2, { audience: "management", answers: { t1: 5 } }),
        ...many(5, { audience: "staff", answers: { t1: 1 } }),
      ],
      {
        management: { score: null, withheld: true, respondents: 2 },
        staff: { score: null, withheld: true, respondents: 5 },
      },
      50,
    ],
    [
      "two managers, five staff and three partners: the partners are withheld with the managers, staff shown",
      [
        ...many(2, { audience: "management", answers: { t1: 5 } }),
        ...many(5, { audience: "staff", answers: { t1: 1 } }),
        ...many(3, { audience: "partners", answers: { t1: 3 } }),
      ],
      {
        management: { score: null, withheld: true, respondents: 2 },
        staff: { score: 0, withheld: false, respondents: 5 },
        partners: { score: null, withheld: true, respondents: 3 },
      },
      50,
    ],
    [
      "one respondent in all: the overall would be that person, so it is withheld too",
      [{ audience: "staff", answers: { t1: 5 } }],
      { staff: { score: null, withheld: true, respondents: 1 } },
      null,
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
      "five staff of whom two answered the scale: the cell is withheld though the group is not, and so is the overall",
      [
        ...many(2, { audience: "staff", answers: { t1: 4 } }),
        ...many(3, { audience: "staff", answers: { t_comment: "Intet" } }),
      ],
      {
        management: { score: null, withheld: false, respondents: 0 },
        staff: { score: null, withheld: true, respondents: 2 },
      },
      null,
    ],
    [
      "three managers and five staff of whom two scored the dimension: the managers' cell is withheld with staff's",
      [
        ...many(3, { audience: "management", answers: { t1: 5 } }),
        ...many(2, { audience: "staff", answers: { t1: 1 } }),
        ...many(3, { audience: "staff", answers: { t_comment: "Intet" } }),
      ],
      {
        management: { score: null, withheld: true, respondents: 3 },
        staff: { score: null, withheld: true, respondents: 2 },
      },
      50,
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
        ...many(4, { audience: "partners", answers: { t1: 5 } }),
      ]),
    );
    expect(profile.dimensions[0].groups.management).toEqual({
      score: null,
      respondents: 1,
      answers: 0,
      dontKnow: 0,
      withheld: true,
    });
    expect(profile.dimensions[0].groups.staff).toMatchObject({ score: null, answers: 0, withheld: true });
    expect(snapshotProfile(profile).dimensions.technology).toEqual({
      overall: 58.3,
      groups: { management: null, staff: null, partners: 100 },
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
    ...many(3, { audience: "partners", answers: { t1: 3, t_comment: "Partnerne savner noget", t_owner: "me" } }),
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

  it("names the withheld groups, how many answered, and why: too few, or to protect a smaller group", () => {
    expect(results.anonymity).toEqual({
      minimum: 3,
      withheldGroups: [
        { key: "management", label: "Ledelse", responses: 2, reason: "too_few" },
        { key: "partners", label: "Partnere", responses: 3, reason: "protects_smaller" },
      ],
    });
    expect(results.groups.map((group) => [group.key, group.withheld])).toEqual([
      ["management", true],
      ["staff", false],
      ["partners", true],
    ]);
  });

  it("shows no score, series, spread, comment or choice of the withheld groups", () => {
    expect(results.dimensions[0].groups.management.score).toBeNull();
    expect(results.dimensions[0].groups.partners.score).toBeNull();
    expect(results.dimensions[0].groups.staff.score).toBe(0);
    expect(results.dimensions[0].questions[0].groups).toEqual({ management: null, staff: 0, partners: null });
    expect(results.radar.series.map((series) => series.key)).toEqual(["overall", "staff"]);
    expect(results.disagreement[0]).toMatchObject({ spread: null, highest: { group: "staff" } });
    expect(results.freeTexts?.[0].items.map((item) => item.group)).toEqual(["staff", "staff", "staff", "staff"]);
    expect(text).not.toContain("Chefen");
    expect(text).not.toContain("Partnerne");
    expect(results.choices[0].respondents).toEqual({ staff: 4 });
    expect(results.choices[0].options.map((option) => option.counts)).toEqual([{ staff: 0 }, { staff: 4 }]);
  });

  it("still counts the withheld groups in the overall score", () => {
    expect(results.dimensions[0].overall).toBe(50);
    expect(results.dimensions[0].questions[0].overall).toBe(50);
    expect(results.radar.series[0].values).toEqual([50]);
    expect(results.gaps).toEqual([]);
  });

  it("withholds every figure, the overall too, when fewer than the minimum answered in all", () => {
    const few = composeResults({
      definition,
      responses: [{ audience: "staff", answers: { t1: 2, t_comment: "Kun mig", t_owner: "me" } }],
      language: "en",
      previous: null,
      programme: null,
      includeFreeText: true,
    });
    expect(few.anonymity.withheldGroups).toEqual([{ key: "staff", label: "Staff", responses: 1, reason: "too_few" }]);
    expect(few.dimensions[0].overall).toBeNull();
    expect(few.dimensions[0].questions[0].overall).toBeNull();
    expect(few.dimensions[0].groups.staff).toMatchObject({ score: null, withheld: true });
    expect(JSON.stringify(few)).not.toContain("Kun mig");
    expect(few.choices[0].respondents).not.toHaveProperty("staff");
  });

  it("withholds a question's figures by the same rule when only a few of a group answered it", () => {
    const partial = composeResults({
      definition,
      responses: [
        ...many(3, { audience: "management", answers: { t1: 5 } }),
        ...many(3, { audience: "staff", answers: { t1: 1 } }),
        ...many(3, { audience: "partners", answers: { t_comment: "Ved ikke" } }),
        { audience: "partners", answers: { t1: 3 } },
      ],
      language: "en",
      previous: null,
      programme: null,
      includeFreeText: false,
    });
    // One partner answered t1: management (the smaller shown group, tied with staff: the first) goes with them.
    expect(partial.anonymity.withheldGroups).toEqual([]);
    expect(partial.dimensions[0].questions[0].groups).toEqual({ management: null, staff: 0, partners: null });
    expect(partial.dimensions[0].groups).toMatchObject({
      management: { score: null, withheld: true },
      staff: { score: 0, withheld: false },
      partners: { score: null, withheld: true, respondents: 1 },
    });
    expect(partial.dimensions[0].overall).toBe(50);
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
