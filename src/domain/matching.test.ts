import { describe, expect, it } from "vitest";
import {
  bestScoreWithoutCompetence,
  CONTEXT_WITHOUT_SUBJECT,
  contextFactor,
  DEFAULT_MATCHING_WEIGHTS,
  hasNationalReach,
  planScoring,
  proposableKinds,
  rankCandidates,
  relatedCareAreas,
  scoreCandidate,
  subjectShare,
  type CandidateEvidence,
  type MatchScore,
  type NeedProfile,
} from "./matching.js";
import { isInformativeTerm } from "./matching-terms.js";

const need: NeedProfile = { careArea: "home_care", regionCode: "1082", wantedCompetences: 2, termCount: 6 };
const nobody: CandidateEvidence = {
  kind: "company",
  sharedCompetenceNames: [],
  text: { share: 0, mass: 0, detail: [] },
  careAreas: [],
  regionCode: null,
  nationalReach: false,
  isSme: false,
  collaborations: 0,
};
const text = (share: number, detail: string[] = []) => ({ share, mass: share * 10, detail });

describe("scoreCandidate", () => {
  it.each([
    ["no evidence at all", nobody, 0],
    [
      "every kind of evidence",
      {
        ...nobody,
        sharedCompetenceNames: ["Forflytning", "Robotteknologi"],
        text: text(1),
        careAreas: ["home_care"],
        regionCode: "1082",
        isSme: true,
        collaborations: 2,
      },
      100,
    ],
    ["one of two competences", { ...nobody, sharedCompetenceNames: ["Forflytning"] }, 18.4],
    ["half the text evidence", { ...nobody, text: text(0.5) }, 13.2],
    ["text evidence beyond the full points counts as full", { ...nobody, text: text(1.7) }, 26.3],
    ["negative text evidence counts as none", { ...nobody, text: text(-1) }, 0],
    ["a related care area counts half", { ...nobody, careAreas: ["nursing_home"] }, 3.9],
    ["same region", { ...nobody, regionCode: "1082" }, 5.3],
    ["another region", { ...nobody, regionCode: "1084" }, 0],
    ["SME", { ...nobody, isSme: true }, 2.6],
    ["earlier collaboration: a small bonus", { ...nobody, collaborations: 1 }, 2.6],
    // Without the region part in points or maximum: 15 of 80 (no SME part either), at half without subject.
    [
      "a national institute in the same care area",
      { ...nobody, kind: "knowledge_institution", nationalReach: true, careAreas: ["home_care"] },
      9.4,
    ],
    [
      "a regional institute in another region",
      { ...nobody, kind: "knowledge_institution", careAreas: ["home_care"] },
      8.3,
    ],
    // The setting counts by the subject shared: half the text → 0.75 of the care area's 15.
    ["half the text, same care area", { ...nobody, text: text(0.5), careAreas: ["home_care"] }, 25],
    // All wanted competences: the setting in full, even without text.
    [
      "all competences, same care area and region",
      { ...nobody, sharedCompetenceNames: ["A", "B"], careAreas: ["home_care"], regionCode: "1082" },
      63.2,
    ],
    [
      "one of two competences and a quarter of the text: the better share counts",
      { ...nobody, sharedCompetenceNames: ["A"], text: text(0.25), regionCode: "1082" },
      32.9,
    ],
  ])("%s → %s", (_label, candidate, expected) => {
    expect(scoreCandidate(need, candidate, DEFAULT_MATCHING_WEIGHTS).score).toBe(expected);
  });

  it("leaves out parts that cannot apply, so they neither help nor hurt", () => {
    const plainNeed: NeedProfile = { careArea: "dementia", regionCode: null, wantedCompetences: 0, termCount: 0 };
    const institute = { ...nobody, kind: "knowledge_institution", careAreas: ["dementia"] };
    const result = scoreCandidate(plainNeed, institute, DEFAULT_MATCHING_WEIGHTS);
    expect(result.parts.map((part) => part.key)).toEqual(["careArea", "collaboration"]);
    expect(result.score).toBe(75);
  });

  it("shows a national institute's region part as national, worth nothing either way", () => {
    const result = scoreCandidate(
      need,
      { ...nobody, kind: "knowledge_institution", nationalReach: true },
      DEFAULT_MATCHING_WEIGHTS,
    );
    expect(result.parts.find((part) => part.key === "region")).toEqual({
      key: "region",
      points: 0,
      max: 0,
      detail: ["national"],
    });
  });

  it("keeps the unrounded score and the text weight for breaking ties", () => {
    const result = scoreCandidate(
      need,
      { ...nobody, text: { share: 0.5, mass: 3.25, detail: [] } },
      DEFAULT_MATCHING_WEIGHTS,
    );
    expect(result.exact).toBeCloseTo((12.5 / 95) * 100, 10);
    expect(result.textMass).toBe(3.25);
  });

  it("explains every point with readable detail", () => {
    const result = scoreCandidate(
      need,
      {
        ...nobody,
        sharedCompetenceNames: ["Robotteknologi"],
        text: text(0.5, ["forflytning", "genoptræning ~ rehabilitering"]),
      },
      DEFAULT_MATCHING_WEIGHTS,
    );
    expect(result.parts.find((part) => part.key === "competence")?.detail).toEqual(["Robotteknologi"]);
    expect(result.parts.find((part) => part.key === "text")?.detail).toEqual([
      "forflytning",
      "genoptræning ~ rehabilitering",
    ]);
    const total = result.parts.reduce((sum, part) => sum + part.points, 0);
    const max = result.parts.reduce((sum, part) => sum + part.max, 0);
    expect(result.score).toBeCloseTo((total / max) * 100, 1);
  });

  it("follows the programme's weights", () => {
    const textOnly = { competence: 0, text: 100, careArea: 0, region: 0, sme: 0, collaboration: 0 };
    const result = scoreCandidate(need, { ...nobody, text: text(1) }, textOnly);
    expect(result.score).toBe(100);
  });
});

describe("the setting counts by the subject shared", () => {
  it.each([
    [null, null, 1],
    [0.3, null, 0.3],
    [null, 0.5, 0.5],
    [0.2, 0.6, 0.6],
    [0.7, 0.4, 0.7],
    [0, 0, 0],
  ])("subjectShare(text %s, competence %s) → %s", (textShare, competenceShare, expected) => {
    expect(subjectShare(textShare, competenceShare)).toBe(expected);
  });

  it.each([
    [0, 0.5, 0.5],
    [1, 0.5, 1],
    [0.5, 0.5, 0.75],
    [-1, 0.5, 0.5],
    [2, 0.5, 1],
    [0.4, 0, 0.4],
    [0.4, 1, 1],
  ])("contextFactor(%s, floor %s) → %s", (subject, floor, expected) => {
    expect(contextFactor(subject, floor)).toBeCloseTo(expected, 10);
  });

  it("counts at CONTEXT_WITHOUT_SUBJECT by default", () => {
    expect(contextFactor(0)).toBe(CONTEXT_WITHOUT_SUBJECT);
    expect(planScoring(need, DEFAULT_MATCHING_WEIGHTS).contextWithoutSubject).toBe(CONTEXT_WITHOUT_SUBJECT);
  });

  it("shows the share a setting part counted at, and none where it counted in full or gave nothing", () => {
    const result = scoreCandidate(
      need,
      { ...nobody, text: text(0.5), careAreas: ["home_care"], regionCode: "1084", isSme: true },
      DEFAULT_MATCHING_WEIGHTS,
    );
    const part = (key: string) => result.parts.find((item) => item.key === key);
    expect(part("careArea")).toEqual({ key: "careArea", points: 11.3, max: 15, detail: ["home_care"], factor: 0.75 });
    expect(part("sme")).toMatchObject({ points: 3.8, factor: 0.75 });
    expect(part("region")).toEqual({ key: "region", points: 0, max: 10, detail: [] });
    expect(part("text")).not.toHaveProperty("factor");
    const full = scoreCandidate(
      need,
      { ...nobody, text: text(1), sharedCompetenceNames: ["A", "B"], careAreas: ["home_care"] },
      DEFAULT_MATCHING_WEIGHTS,
    );
    expect(full.parts.find((item) => item.key === "careArea")).not.toHaveProperty("factor");
  });
});

describe("planScoring", () => {
  it.each([
    ["every part applies", need, { company: 95, national: 80, other: 90 }, 4],
    [
      "no competences wanted, no region known",
      { ...need, wantedCompetences: 0, regionCode: null },
      { company: 50, national: 45, other: 45 },
      4,
    ],
    ["a short text needs fewer stems", { ...need, termCount: 2 }, { company: 95, national: 80, other: 90 }, 2],
    ["no text to match on", { ...need, termCount: 0 }, { company: 70, national: 55, other: 65 }, 0],
  ])("%s", (_label, profile, maxPoints, needed) => {
    const plan = planScoring(profile, DEFAULT_MATCHING_WEIGHTS);
    expect(plan.maxPoints).toEqual(maxPoints);
    expect(plan.text.needed).toBe(needed);
    expect(plan.careArea).toMatchObject({ same: 15, related: 7.5 });
  });
});

describe("bestScoreWithoutCompetence", () => {
  it.each([
    ["competences wanted: text, area, region and SME at most", need, 57.9],
    ["no competences wanted", { ...need, wantedCompetences: 0 }, 91.7],
    ["no region known", { ...need, regionCode: null }, 52.9],
  ])("%s → %s", (_label, profile, expected) => {
    expect(bestScoreWithoutCompetence(profile, DEFAULT_MATCHING_WEIGHTS)).toBe(expected);
  });

  it("is never beaten by a candidate without a shared competence or a collaboration", () => {
    const bound = bestScoreWithoutCompetence(need, DEFAULT_MATCHING_WEIGHTS);
    for (const [kind, nationalReach] of [
      ["company", false],
      ["knowledge_institution", false],
      ["knowledge_institution", true],
    ] as const) {
      for (const share of [0, 0.5, 1]) {
        for (const careAreas of [[], ["nursing_home"], ["dementia", "hospital"], ["home_care", "dementia"]]) {
          for (const regionCode of [null, "1082"]) {
            const candidate = {
              ...nobody,
              kind,
              nationalReach,
              text: text(share),
              careAreas,
              regionCode,
              isSme: kind === "company",
            };
            expect(scoreCandidate(need, candidate, DEFAULT_MATCHING_WEIGHTS).score).toBeLessThanOrEqual(bound);
          }
        }
      }
    }
    const withCompetence = {
      ...nobody,
      sharedCompetenceNames: ["Forflytning"],
      text: text(1),
      careAreas: ["home_care"],
      regionCode: "1082",
      isSme: true,
    };
    expect(scoreCandidate(need, withCompetence, DEFAULT_MATCHING_WEIGHTS).score).toBeGreaterThan(bound);
  });
});

describe("rankCandidates", () => {
  const match = (score: number, exact: number, textMass: number): MatchScore => ({ score, parts: [], exact, textMass });
  it.each([
    [
      "by shown score",
      [
        ["a", match(50, 50, 0)],
        ["b", match(90, 90, 0)],
      ],
      ["b", "a"],
    ],
    [
      "a tie by the score before rounding",
      [
        ["a", match(50, 49.96, 9)],
        ["b", match(50, 50.04, 0)],
      ],
      ["b", "a"],
    ],
    [
      "then by the text weight",
      [
        ["a", match(50, 50, 1)],
        ["b", match(50, 50, 2.5)],
      ],
      ["b", "a"],
    ],
    [
      "last by id, never by name",
      [
        ["b", match(50, 50, 1)],
        ["a", match(50, 50, 1)],
      ],
      ["a", "b"],
    ],
  ])("orders %s", (_label, items, expected) => {
    const ranked = rankCandidates(
      (items as [string, MatchScore][]).map(([id, score]) => ({ id, match: score })),
      10,
    );
    expect(ranked.map((item) => item.id)).toEqual(expected);
  });

  it("cuts at the limit", () => {
    const items = [1, 2, 3].map((n) => ({ id: String(n), match: match(n, n, 0) }));
    expect(rankCandidates(items, 2).map((item) => item.id)).toEqual(["3", "2"]);
  });
});

describe("hasNationalReach", () => {
  it.each([
    ["knowledge_institution", true],
    ["cluster", true],
    ["company", false],
    ["municipality", false],
    ["other", false],
  ])("%s → %s", (kind, expected) => {
    expect(hasNationalReach(kind)).toBe(expected);
  });
});

describe("clusters and facilitators", () => {
  it.each([
    ["a one-owner need", null, ["company", "knowledge_institution"]],
    ["a joint need", "co_owners", ["company", "knowledge_institution", "cluster"]],
    ["a network process's need", "network_process", ["company", "knowledge_institution", "cluster"]],
  ] as const)("%s proposes %j", (_label, network, kinds) => {
    expect(proposableKinds(network)).toEqual(kinds);
  });

  it.each([
    [
      "a cluster for a joint need",
      "cluster",
      "co_owners",
      [{ key: "network", points: 0, max: 0, detail: ["co_owners"] }],
    ],
    [
      "a cluster in a network process",
      "cluster",
      "network_process",
      [{ key: "network", points: 0, max: 0, detail: ["network_process"] }],
    ],
    ["a cluster without a network", "cluster", null, [{ key: "network", points: 0, max: 0, detail: [] }]],
    ["a company never has the part", "company", "co_owners", []],
    ["an institute never has the part", "knowledge_institution", "co_owners", []],
  ] as const)("%s: the network reason, worth no points", (_label, kind, network, expected) => {
    const match = scoreCandidate(need, { ...nobody, kind, network }, DEFAULT_MATCHING_WEIGHTS);
    expect(match.parts.filter((part) => part.key === "network")).toEqual(expected);
  });

  it("scores a cluster as a partner with national reach: the reason adds nothing to points or maximum", () => {
    const evidence = { ...nobody, kind: "cluster", nationalReach: true, careAreas: ["home_care"] };
    const cluster = scoreCandidate(need, { ...evidence, network: "co_owners" }, DEFAULT_MATCHING_WEIGHTS);
    const institute = scoreCandidate(need, { ...evidence, kind: "knowledge_institution" }, DEFAULT_MATCHING_WEIGHTS);
    expect(cluster.score).toBe(institute.score);
    expect(cluster.exact).toBe(institute.exact);
  });
});

describe("relatedCareAreas", () => {
  it("includes the area itself and its neighbours", () => {
    expect(relatedCareAreas("home_care")).toEqual(expect.arrayContaining(["home_care", "nursing_home", "elder_care"]));
    expect(relatedCareAreas("home_care")).not.toContain("hospital");
    expect(relatedCareAreas("unknown")).toEqual(["unknown"]);
  });
});

describe("isInformativeTerm", () => {
  it.each([
    ["forflytning", true],
    ["loftlift", true],
    ["borg", false],
    ["tid", false],
    ["ab", false],
    // Accidental stems of common verbs and adverbs.
    ["før", false],
    ["vid", false],
    ["andr", false],
    ["fær", false],
    ["tag", false],
    ["kør", false],
    ["mellem", false],
    // Place names, as written and as the stemmer cuts them.
    ["aarhus", false],
    ["aalborg", false],
    ["københavn", false],
    ["odens", false],
    ["vejl", false],
    ["syddanmark", false],
    // Parts of the country, their adjectives and the compass points they are named by.
    ["nordjysk", false],
    ["jysk", false],
    ["sønderjysk", false],
    ["sjællandsk", false],
    ["nord", false],
    ["syd", false],
    ["øst", false],
    ["fyn", false],
    ["bornholm", false],
    // Adverbs and the verbs of any project's aim.
    ["oft", false],
    ["båd", false],
    ["hvordan", false],
    ["sam", false],
    ["udvikl", false],
    ["mindsk", false],
    ["skab", false],
    ["virksom", false],
    // Everyday words that a place name contains stay informative.
    ["vej", true],
    ["høj", true],
    ["brand", true],
    ["robot", true],
    ["sensor", true],
    ["demens", true],
    ["transport", true],
    ["tryk", true],
    ["test", true],
    // Words of any project text.
    ["projek", false],
    ["plej", false],
    ["servic", false],
    // Words of any welfare-technology text, and generic heads of compounds ("alarmsystem", "plejecenter").
    ["teknologi", false],
    ["system", false],
    ["funktion", false],
    ["cent", false],
    ["produk", false],
    ["person", false],
    ["program", false],
    ["elektronisk", false],
    ["døgn", false],
    // A selling adjective and the compound piece of "intelligente", which "kunstig intelligens" stems to.
    ["intelligent", false],
    ["intel", false],
    ["frigør", false],
    // Care settings, their people and target groups in general: the care-area part scores where.
    ["hjemmeplej", false],
    ["plejehjem", false],
    ["plejecent", false],
    ["botilbud", false],
    ["hospital", false],
    ["patient", false],
    ["bebo", false],
    ["ældr", false],
    ["handicap", false],
    ["sygeplejersk", false],
    // What is done or sought stays: the subject words around those settings.
    ["skærmbesøg", true],
    ["hjemmetræning", true],
    ["vendeseng", true],
    ["toilet", true],
    ["alarm", true],
    ["psykiatri", true],
    ["rytm", true],
  ])("%s → %s", (term, expected) => {
    expect(isInformativeTerm(term)).toBe(expected);
  });
});
